package org.renewal.k8s;

import com.fasterxml.jackson.databind.JsonNode;

/** One rendered Kubernetes object: its kind, name and the whole tree as rendered. */
record Manifest(String apiVersion, String kind, String name, JsonNode tree) {

    static Manifest of(JsonNode tree) {
        return new Manifest(tree.path("apiVersion").asText(), tree.path("kind").asText(),
                tree.path("metadata").path("name").asText(), tree);
    }

    /** {@code Kind/name}, as kubectl names an object. */
    String id() {
        return kind + "/" + name;
    }

    /** The pod template of a workload (Deployment, StatefulSet, Job), or a missing node. */
    JsonNode podSpec() {
        return tree.path("spec").path("template").path("spec");
    }

    JsonNode podLabels() {
        return tree.path("spec").path("template").path("metadata").path("labels");
    }

    boolean isWorkload() {
        return kind.equals("Deployment") || kind.equals("StatefulSet") || kind.equals("Job");
    }
}
