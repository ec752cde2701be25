package org.renewal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The signature-verification examples of docs/integration.md run as an integrator would run them, and pass the
 * Standard Webhooks specification's test vector (and refuse a changed body and an old delivery).
 */
class IntegrationExamplesTest {

    static Path examples() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("docs/integration"))) {
            dir = dir.getParent();
        }
        Assumptions.assumeTrue(dir != null, "no docs/integration above " + Path.of("").toAbsolutePath());
        return dir.resolve("docs/integration");
    }

    @Test
    void theJavaExampleVerifiesTheSpecificationsTestVector() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        assertThat(run(List.of(java, examples().resolve("VerifyWebhook.java").toString())))
                .startsWith("ok: the specification's test vector verifies");
    }

    @Test
    void thePythonExampleVerifiesTheSpecificationsTestVector() throws Exception {
        boolean python;
        try {
            python = new ProcessBuilder("python3", "--version").start().waitFor(10, TimeUnit.SECONDS);
        } catch (IOException notInstalled) {
            python = false;
        }
        Assumptions.assumeTrue(python, "python3 is not installed");
        assertThat(run(List.of("python3", examples().resolve("verify_webhook.py").toString())))
                .startsWith("ok: the specification's test vector verifies");
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as(String.join(" ", command)).isTrue();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }
}
