package org.renewal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The contract as the front-end teams' tools see it, on the committed snapshots (docs/api): Spectral's OpenAPI rules
 * and the suite's ruleset with no error, the SDK's generated types up to date with the snapshots, and the SDK
 * type-checked by {@code tsc --strict}. The tools come from the npm registry ({@code npm ci} in sdk/typescript, as
 * .ci/run does); where they are absent the tests skip and say so.
 */
class ApiToolsTest {

    static Path sdk;

    @BeforeAll
    static void findTheSdk() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("sdk").resolve("typescript"))) {
            dir = dir.getParent();
        }
        Assumptions.assumeTrue(dir != null, "no sdk/typescript above " + Path.of("").toAbsolutePath());
        sdk = dir.resolve("sdk").resolve("typescript");
        Assumptions.assumeTrue(Files.isDirectory(sdk.resolve("node_modules").resolve(".bin")),
                "the SDK's tools are not installed: run npm ci in sdk/typescript (.ci/run does; needs Node.js and "
                        + "the npm registry)");
    }

    private static String run(String... command) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(List.of(command));
        Process process = new ProcessBuilder(line).directory(sdk.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(300, TimeUnit.SECONDS)).as("%s finished", line).isTrue();
        assertThat(process.exitValue()).as("%s:%n%s", String.join(" ", line), output).isZero();
        return output;
    }

    @Test
    void spectralFindsNoErrorInTheFiveDocuments() throws Exception {
        String report = run("npm", "run", "--silent", "lint:api");

        assertThat(report).doesNotContain(" error ");
    }

    @Test
    void theSdksTypesAreGeneratedFromTheCommittedSnapshots() throws Exception {
        run("node", "scripts/generate.mjs", "--check");
    }

    @Test
    void theSdkTypeChecksUnderStrict() throws Exception {
        run("node_modules/.bin/tsc", "-p", "tsconfig.json", "--noEmit");
    }
}
