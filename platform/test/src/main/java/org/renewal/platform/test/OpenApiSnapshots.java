package org.renewal.platform.test;

import java.nio.file.Files;
import java.nio.file.Path;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The committed snapshots of the services' OpenAPI documents ({@code docs/api/<service>.openapi.json}). */
public final class OpenApiSnapshots {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private OpenApiSnapshots() {
    }

    /** The snapshot file of a service, found from the module's directory up to the repository root. */
    public static Path snapshot(String service) {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("docs").resolve("api"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("no docs/api above " + Path.of("").toAbsolutePath());
        }
        return dir.resolve("docs").resolve("api").resolve(service + ".openapi.json");
    }

    /**
     * The document as committed: the issuer's address replaced by {@code https://issuer.example} (it differs by
     * deployment), keys sorted, two-space indentation.
     */
    public static String normalise(String document) {
        ObjectNode api = (ObjectNode) JSON.readTree(document);
        JsonNode flows = api.path("components").path("securitySchemes").path("oauth2").path("flows");
        flows.forEach(flow -> {
            ObjectNode f = (ObjectNode) flow;
            for (String url : new String[] {"authorizationUrl", "tokenUrl", "refreshUrl"}) {
                if (f.has(url)) {
                    f.put(url, f.get(url).asString().replaceFirst("^https?://[^/]+(/.*)?$", "https://issuer.example$1"));
                }
            }
        });
        return JSON.writeValueAsString(JSON.treeToValue(api, Object.class)) + "\n";
    }
}
