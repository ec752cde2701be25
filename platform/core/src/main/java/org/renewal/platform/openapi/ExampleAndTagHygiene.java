package org.renewal.platform.openapi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.tags.Tag;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * Keeps the document valid for the linters and validators front-end teams run (Spectral's {@code spectral:oas}, ajv,
 * zod): an example of a string-typed parameter or property is a string ({@code "220302"}, never the number springdoc
 * reads it as); a {@code pattern} is anchored ({@code ^(?:…)$}), since Bean Validation's {@code @Pattern} matches
 * the whole value while JSON Schema's pattern searches within it — so the schema accepts only what the server
 * does; a pattern that is a closed list of codes ({@code AREA|EQUAL|ELEVATOR}) is declared as the {@code enum} it
 * is; and a tag that several controllers share is listed once (with its fullest description).
 */
public final class ExampleAndTagHygiene implements OpenApiCustomizer {

    @Override
    @SuppressWarnings("rawtypes")
    public void customise(OpenAPI api) {
        if (api.getTags() != null) {
            Map<String, Tag> byName = new LinkedHashMap<>();
            for (Tag tag : api.getTags()) {
                byName.merge(tag.getName(), tag, (a, b) -> length(b) > length(a) ? b : a);
            }
            api.setTags(new ArrayList<>(byName.values()));
        }
        if (api.getPaths() != null) {
            api.getPaths().values().forEach(path -> path.readOperations().forEach(op -> {
                if (op.getParameters() != null) {
                    op.getParameters().forEach(p -> {
                        if (p.getExample() != null && !(p.getExample() instanceof String) && isString(p.getSchema())) {
                            p.setExample(String.valueOf(p.getExample()));
                        }
                        if (p.getSchema() != null) {
                            patterns(p.getSchema());
                        }
                    });
                }
            }));
        }
        if (api.getComponents() != null && api.getComponents().getSchemas() != null) {
            api.getComponents().getSchemas().values().forEach(ExampleAndTagHygiene::stringExamples);
        }
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void stringExamples(Schema schema) {
        if (schema.getProperties() == null) {
            return;
        }
        ((Map<String, Schema>) schema.getProperties()).values().forEach(property -> {
            if (property.getExample() != null && !(property.getExample() instanceof String) && isString(property)) {
                property.setExample(String.valueOf(property.getExample()));
            }
            patterns(property);
            if (property.getItems() != null) {
                patterns(property.getItems());
                stringExamples(property.getItems());
            }
        });
    }

    private static final java.util.regex.Pattern CODES = java.util.regex.Pattern.compile("[A-Z][A-Z0-9_]*(\\|[A-Z][A-Z0-9_]*)+");

    /** Anchors a pattern; a pattern that lists codes becomes their enum. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void patterns(Schema schema) {
        String pattern = schema.getPattern();
        if (pattern == null) {
            return;
        }
        if (CODES.matcher(pattern).matches()) {
            List values = new ArrayList<>(List.of(pattern.split("\\|")));
            if (schema.getTypes() != null && schema.getTypes().contains("null")) {
                values.add(null);
            }
            schema.setEnum(values);
            schema.setPattern(null);
        } else if (!pattern.startsWith("^")) {
            schema.setPattern("^(?:" + pattern + ")$");
        }
    }

    @SuppressWarnings("rawtypes")
    private static boolean isString(Schema schema) {
        if (schema == null) {
            return false;
        }
        Set<String> types = schema.getTypes();
        return "string".equals(schema.getType()) || types != null && types.contains("string");
    }

    private static int length(Tag tag) {
        return tag.getDescription() == null ? 0 : tag.getDescription().length();
    }
}
