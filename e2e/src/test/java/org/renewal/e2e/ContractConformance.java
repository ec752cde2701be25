package org.renewal.e2e;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Checks every answer a {@link SuiteClient} receives against the OpenAPI document of the service that gave it, as a
 * front end's runtime validator (zod, ajv) would: the operation is found by method and path template, the response
 * by status (or {@code default}) and media type, and the body validated against its schema by a JSON Schema 2020-12
 * validator (OpenAPI 3.1 schemas are JSON Schema). Every mismatch is kept — an undeclared status, an undeclared
 * media type, a body its schema refuses — for the test to assert there are none.
 */
final class ContractConformance implements SuiteClient.Observer {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> SERVICES = List.of("survey", "plan", "project", "funding", "governance");

    private final List<String> mismatches = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();
    private final List<Route> routes = new ArrayList<>();
    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private int checked;

    private record Route(String service, String method, Pattern path, String template, JsonNode operation) {
    }

    /** Reads the five documents through the gateway. */
    ContractConformance(SuiteClient api) {
        Map<String, JsonNode> documents = new ConcurrentHashMap<>();
        for (String service : SERVICES) {
            JsonNode doc = api.call("city-office", "GET", "/api/" + service + "/v3/api-docs", null, Map.of()).json();
            documents.put(service, doc);
            doc.get("paths").properties().forEach(path -> path.getValue().properties().forEach(op -> {
                if (op.getValue().has("responses")) {
                    String regex = Pattern.quote(path.getKey()).replaceAll("\\{[^}/]+}", "\\\\E[^/]+\\\\Q");
                    routes.add(new Route(service, op.getKey().toUpperCase(), Pattern.compile(regex), path.getKey(),
                            op.getValue()));
                }
            }));
        }
        // a literal path wins over a template (…/shares/mine before …/shares/{setId})
        routes.sort((a, b) -> Long.compare(a.template.chars().filter(c -> c == '{').count(),
                b.template.chars().filter(c -> c == '{').count()));
        this.documents = documents;
    }

    private final Map<String, JsonNode> documents;

    @Override
    public void accept(String method, String path, SuiteClient.Response response) {
        String bare = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        if (!bare.startsWith("/api/") || bare.contains("/v3/api-docs")) {
            return;
        }
        Route route = routes.stream().filter(r -> r.method.equals(method) && r.path.matcher(bare).matches())
                .findFirst().orElse(null);
        String where = method + " " + bare + " → " + response.status();
        if (route == null) {
            if (response.status() != 404 && response.status() != 405) {
                mismatches.add(where + ": no such operation in the documents");
            }
            return;
        }
        JsonNode responses = route.operation.get("responses");
        String code = String.valueOf(response.status());
        JsonNode declared = responses.has(code) ? responses.get(code) : responses.get("default");
        if (declared == null) {
            mismatches.add(where + ": status not declared by " + route.operation.path("operationId").asString());
            return;
        }
        String type = response.headers().getOrDefault("content-type", "");
        type = type.contains(";") ? type.substring(0, type.indexOf(';')).strip() : type.strip();
        if (response.body() == null || response.body().isEmpty()) {
            return;
        }
        JsonNode content = declared.path("content");
        JsonNode media = content.has(type) ? content.get(type) : content.get("*/*");
        if (media == null) {
            mismatches.add(where + ": media type " + type + " not declared (" + content.propertyNames() + ")");
            return;
        }
        if (!type.endsWith("json") || !media.has("schema")) {
            return;
        }
        String key = route.service + " " + route.method + " " + route.template + " " + code + " " + type;
        Schema schema = schemas.computeIfAbsent(key, k -> compile(route.service, media.get("schema")));
        List<Error> errors = schema.validate(JSON.readTree(response.body()));
        synchronized (this) {
            checked++;
        }
        for (Error e : errors.subList(0, Math.min(5, errors.size()))) {
            mismatches.add(where + " (" + route.operation.path("operationId").asString() + "): "
                    + e.getInstanceLocation() + " " + e.getMessage());
        }
    }

    /** The response schema as a standalone JSON Schema whose references reach the document's components. */
    private Schema compile(String service, JsonNode responseSchema) {
        ObjectNode root = JSON.createObjectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.setAll((ObjectNode) responseSchema.deepCopy());
        root.set("components", documents.get(service).get("components").deepCopy());
        return registry.getSchema(JSON.writeValueAsString(root));
    }

    List<String> mismatches() {
        return List.copyOf(mismatches);
    }

    synchronized int checked() {
        return checked;
    }
}
