package org.renewal.k8s;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The custom resources' own schemas, as the API server checks them: the {@code openAPIV3Schema} of each served
 * version in the CustomResourceDefinitions of the operator release the manifests pin (Strimzi 1.2.0's installation
 * files, {@code src/test/resources/strimzi-1.2.0}), made strict the way {@code kubectl apply --validate=strict}
 * is — an unknown field anywhere is an error, except under {@code x-kubernetes-preserve-unknown-fields} — and
 * checked by a JSON Schema validator (networknt).
 */
final class CrdSchemas {

    static final String STRIMZI = "strimzi-1.2.0";
    private static final List<String> STRIMZI_CRDS = List.of("040-Crd-kafka.yaml", "043-Crd-kafkatopic.yaml",
            "045-Crd-kafkanodepool.yaml");
    private static final ObjectMapper YAML = new YAMLMapper();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4);

    /** {@code apiVersion kind} → its schema. */
    private static final Map<String, Schema> SCHEMAS = load();

    private CrdSchemas() {
    }

    private static Map<String, Schema> load() {
        Map<String, Schema> schemas = new HashMap<>();
        for (String file : STRIMZI_CRDS) {
            try (InputStream in = CrdSchemas.class.getResourceAsStream("/" + STRIMZI + "/" + file)) {
                JsonNode crd = JSON.readTree(new ObjectMapper().writeValueAsString(YAML.readTree(in)));
                String group = crd.path("spec").path("group").asString();
                String kind = crd.path("spec").path("names").path("kind").asString();
                for (JsonNode version : crd.path("spec").path("versions")) {
                    if (version.path("served").asBoolean()) {
                        JsonNode schema = strict(version.path("schema").path("openAPIV3Schema").deepCopy());
                        schemas.put(group + "/" + version.path("name").asString() + " " + kind,
                                REGISTRY.getSchema(JSON.writeValueAsString(schema)));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(file, e);
            }
        }
        return schemas;
    }

    /** Whether a schema of this operator release covers {@code apiVersion kind}. */
    static boolean covers(String apiVersion, String kind) {
        return SCHEMAS.containsKey(apiVersion + " " + kind);
    }

    /** Whether {@code apiVersion} is one of the operators' groups (whose every kind must be covered). */
    static boolean operatorGroup(String apiVersion) {
        return apiVersion.startsWith("kafka.strimzi.io/") || apiVersion.startsWith("core.strimzi.io/");
    }

    /** What is wrong with the object by its CRD's schema; empty when nothing is. */
    static List<String> problems(Manifest m) {
        Schema schema = SCHEMAS.get(m.apiVersion() + " " + m.kind());
        if (schema == null) {
            return List.of(m.id() + ": " + STRIMZI + " serves no " + m.apiVersion() + " " + m.kind());
        }
        JsonNode object;
        try {
            object = JSON.readTree(new ObjectMapper().writeValueAsString(m.tree()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return schema.validate(object).stream().map(e -> m.id() + ": " + e.getInstanceLocation() + " "
                + e.getMessage()).toList();
    }

    /** Unknown fields refused wherever the schema names the fields and does not keep unknown ones. */
    static JsonNode strict(JsonNode schema) {
        Deque<JsonNode> todo = new ArrayDeque<>(List.of(schema));
        while (!todo.isEmpty()) {
            JsonNode node = todo.pop();
            if (node instanceof ObjectNode object && object.has("properties") && object.get("properties").isObject()
                    && !object.has("additionalProperties")
                    && !object.path("x-kubernetes-preserve-unknown-fields").asBoolean(false)) {
                object.put("additionalProperties", false);
            }
            node.forEach(todo::push);
        }
        return schema;
    }
}
