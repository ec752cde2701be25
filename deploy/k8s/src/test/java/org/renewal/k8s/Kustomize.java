package org.renewal.k8s;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/** Renders a Kustomize folder with {@code kubectl kustomize} (offline: no cluster is asked) and reads the result. */
final class Kustomize {

    static final YAMLFactory YAML = YAMLMapper.builder().build().getFactory();
    static final ObjectMapper TREES = JsonMapper.builder().build();

    private Kustomize() {
    }

    /** Whether kubectl with a built-in kustomize is on the PATH; null when it is, else why not. */
    static String unavailable() {
        try {
            Process p = new ProcessBuilder("kubectl", "version", "--client").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
                return "kubectl version --client failed: " + out;
            }
            return out.contains("Kustomize Version: v5") ? null : "kubectl has no kustomize v5: " + out;
        } catch (IOException e) {
            return "kubectl is not on the PATH (" + e.getMessage() + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    static List<Manifest> render(Path folder) throws IOException, InterruptedException {
        // never against a cluster: "kustomize" renders files only, and no kubeconfig is read for it
        Process p = new ProcessBuilder("kubectl", "kustomize", folder.toString()).redirectErrorStream(false).start();
        byte[] out = p.getInputStream().readAllBytes();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("kubectl kustomize " + folder + " failed: " + err);
        }
        return read(new String(out, StandardCharsets.UTF_8));
    }

    /** Every document of a multi-document YAML text. */
    static List<Manifest> read(String yaml) throws IOException {
        List<Manifest> all = new ArrayList<>();
        try (var parser = YAML.createParser(yaml)) {
            var docs = TREES.readValues(parser, JsonNode.class);
            while (docs.hasNext()) {
                JsonNode doc = docs.next();
                if (doc != null && !doc.isNull() && !doc.isEmpty()) {
                    all.add(Manifest.of(doc));
                }
            }
        }
        return all;
    }
}
