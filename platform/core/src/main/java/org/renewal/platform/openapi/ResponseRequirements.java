package org.renewal.platform.openapi;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Schema;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * {@code required} in a response body lists what is always there: the services write every property, {@code null}
 * included ({@link NullableProperties} declares which may be null), so every property of a schema that only
 * responses use is required — a generated client needs no guard for a property's presence, only for its null. A
 * schema a request body also uses keeps the requirements its validation annotations give (a client may leave an
 * optional field out). A schema only requests use is closed ({@code additionalProperties: false}): the services
 * refuse a field they do not know (400), so the document says so.
 */
public final class ResponseRequirements implements OpenApiCustomizer {

    private static final String REF = "#/components/schemas/";

    @Override
    @SuppressWarnings("rawtypes")
    public void customise(OpenAPI api) {
        if (api.getPaths() == null || api.getComponents() == null || api.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> schemas = api.getComponents().getSchemas();
        List<Schema> requestRoots = new ArrayList<>();
        List<Schema> responseRoots = new ArrayList<>();
        api.getPaths().values().forEach(path -> path.readOperations().forEach(op -> {
            if (op.getRequestBody() != null) {
                roots(op.getRequestBody().getContent(), requestRoots);
            }
            if (op.getParameters() != null) {
                op.getParameters().forEach(p -> {
                    if (p.getSchema() != null) {
                        requestRoots.add(p.getSchema());
                    }
                });
            }
            if (op.getResponses() != null) {
                op.getResponses().values().forEach(r -> roots(r.getContent(), responseRoots));
            }
        }));
        Set<String> inRequests = reachable(requestRoots, schemas);
        Set<String> inResponses = reachable(responseRoots, schemas);
        for (String name : inRequests) {
            Schema schema = schemas.get(name);
            // the services refuse unknown fields (fail-on-unknown-properties): a request body is closed
            if (schema != null && schema.getProperties() != null && !inResponses.contains(name)) {
                schema.setAdditionalProperties(Boolean.FALSE);
            }
        }
        for (String name : inResponses) {
            Schema schema = schemas.get(name);
            if (inRequests.contains(name) || name.equals(OpenApiDefaults.PROBLEM) || schema.getProperties() == null) {
                continue;
            }
            schema.setRequired(new ArrayList<String>(schema.getProperties().keySet()));
        }
    }

    @SuppressWarnings("rawtypes")
    private static void roots(Content content, List<Schema> into) {
        if (content != null) {
            content.values().forEach(media -> {
                if (media.getSchema() != null) {
                    into.add(media.getSchema());
                }
            });
        }
    }

    /** The names of the component schemas these schemas refer to, directly or through others. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    static Set<String> reachable(List<Schema> roots, Map<String, Schema> schemas) {
        Set<String> names = new HashSet<>();
        Deque<Schema> todo = new ArrayDeque<>(roots);
        while (!todo.isEmpty()) {
            Schema s = todo.pop();
            if (s.get$ref() != null) {
                String name = s.get$ref().startsWith(REF) ? s.get$ref().substring(REF.length()) : s.get$ref();
                if (names.add(name) && schemas.get(name) != null) {
                    todo.push(schemas.get(name));
                }
            }
            if (s.getProperties() != null) {
                ((Map<String, Schema>) s.getProperties()).values().forEach(todo::push);
            }
            if (s.getItems() != null) {
                todo.push(s.getItems());
            }
            for (List<Schema> group : new List[] {s.getAllOf(), s.getAnyOf(), s.getOneOf()}) {
                if (group != null) {
                    group.forEach(todo::push);
                }
            }
            if (s.getAdditionalProperties() instanceof Schema extra) {
                todo.push(extra);
            }
        }
        return names;
    }
}
