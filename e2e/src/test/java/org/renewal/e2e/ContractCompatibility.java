package org.renewal.e2e;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a generated client notices as breaking between two versions of a service's contract: an operation removed, or
 * changed so that a client built on the old document fails — a request needing more than before, a response giving
 * less or other than before (openapi-diff's rules). Since openapi-diff reads OpenAPI 3.0, both documents are read
 * through a 3.0 view first ({@code "type": ["string", "null"]} as {@code "type": "string", "nullable": true}); and
 * because that view is where openapi-diff is silent on nullability, a response property that was always present and
 * never null and now may be absent or null is reported here too (a typed client's {@code T} becomes
 * {@code T | null}).
 */
final class ContractCompatibility {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ContractCompatibility() {
    }

    /** Each breaking change as {@code METHOD /path} or {@code Schema.property}, sorted; empty when compatible. */
    static List<String> breakingChanges(String before, String after) {
        Set<String> found = new TreeSet<>();
        ChangedOpenApi diff = OpenApiCompare.fromContents(asOpenApi30(before), asOpenApi30(after));
        diff.getMissingEndpoints().forEach(e -> found.add(e.getMethod() + " " + e.getPathUrl()));
        diff.getChangedOperations().stream()
                .filter(op -> op.isIncompatible())
                .forEach(op -> found.add(op.getHttpMethod() + " " + op.getPathUrl()));
        found.addAll(responsePropertiesLoosened(JSON.readTree(before), JSON.readTree(after)));
        return new ArrayList<>(found);
    }

    /** The document with 3.1 nullability written the 3.0 way, and {@code openapi: 3.0.3}. */
    static String asOpenApi30(String document) {
        ObjectNode api = (ObjectNode) JSON.readTree(document);
        api.put("openapi", "3.0.3");
        Deque<JsonNode> todo = new ArrayDeque<>(List.of(api));
        while (!todo.isEmpty()) {
            JsonNode node = todo.pop();
            if (node instanceof ObjectNode object) {
                JsonNode type = object.get("type");
                if (type instanceof ArrayNode types) {
                    List<String> named = new ArrayList<>();
                    types.forEach(t -> {
                        if (!t.asString().equals("null")) {
                            named.add(t.asString());
                        }
                    });
                    if (named.size() == 1) {
                        object.put("type", named.get(0));
                    } else {
                        object.remove("type");
                    }
                    if (named.size() < types.size()) {
                        object.put("nullable", true);
                    }
                }
                if (object.get("enum") instanceof ArrayNode values) {
                    for (int i = values.size() - 1; i >= 0; i--) {
                        if (values.get(i).isNull()) {
                            values.remove(i);
                        }
                    }
                }
                JsonNode anyOf = object.get("anyOf");
                if (anyOf instanceof ArrayNode options) {
                    for (int i = options.size() - 1; i >= 0; i--) {
                        if (options.get(i).path("type").asString("").equals("null")) {
                            options.remove(i);
                            object.put("nullable", true);
                        }
                    }
                }
            }
            node.forEach(todo::push);
        }
        return JSON.writeValueAsString(api);
    }

    /** Response schemas' properties that were required and not nullable before, and are optional or nullable after. */
    private static Set<String> responsePropertiesLoosened(JsonNode before, JsonNode after) {
        Set<String> loosened = new TreeSet<>();
        for (String name : responseSchemas(before)) {
            JsonNode old = before.path("components").path("schemas").path(name);
            JsonNode now = after.path("components").path("schemas").path(name);
            if (now.isMissingNode()) {
                continue; // the operations using it are reported by openapi-diff
            }
            Set<String> wasRequired = strings(old.path("required"));
            Set<String> isRequired = strings(now.path("required"));
            old.path("properties").properties().forEach(property -> {
                String field = property.getKey();
                JsonNode then = property.getValue();
                JsonNode later = now.path("properties").path(field);
                if (wasRequired.contains(field) && !nullable(then)
                        && (!isRequired.contains(field) || later.isMissingNode() || nullable(later))) {
                    loosened.add(name + "." + field);
                }
            });
        }
        return loosened;
    }

    private static boolean nullable(JsonNode schema) {
        for (JsonNode type : schema.path("type")) {
            if (type.asString().equals("null")) {
                return true;
            }
        }
        for (JsonNode option : schema.path("anyOf")) {
            if (option.path("type").asString("").equals("null")) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> strings(JsonNode array) {
        Set<String> values = new LinkedHashSet<>();
        array.forEach(v -> values.add(v.asString()));
        return values;
    }

    /** The component schemas reachable from a response body. */
    private static Set<String> responseSchemas(JsonNode api) {
        Set<String> names = new LinkedHashSet<>();
        Deque<JsonNode> todo = new ArrayDeque<>();
        api.path("paths").forEach(path -> path.forEach(operation -> operation.path("responses")
                .forEach(response -> response.path("content").forEach(media -> todo.push(media.path("schema"))))));
        while (!todo.isEmpty()) {
            JsonNode node = todo.pop();
            String ref = node.path("$ref").asString("");
            if (ref.startsWith("#/components/schemas/")) {
                String name = ref.substring("#/components/schemas/".length());
                if (names.add(name)) {
                    todo.push(api.path("components").path("schemas").path(name));
                }
            }
            node.forEach(todo::push);
        }
        return names;
    }
}
