package org.renewal.platform.openapi;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JavaType;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.oas.models.media.Schema;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.PropertyCustomizer;

/**
 * One nullability convention for the suite, declared the OpenAPI 3.1 way: the services write every property of a
 * body, {@code null} included, so a property that can be null says so — {@code "type": ["string", "null"]}, or
 * {@code anyOf} the referenced schema and {@code null}. A property cannot be null when its Java type is primitive
 * or it is annotated {@code @NotNull}, {@code @NotBlank}, {@code @NotEmpty} or
 * {@code @Schema(requiredMode = REQUIRED)}; every other property is declared nullable, so a runtime validator (zod,
 * ajv) accepts every real answer and a generated type says where a client must handle null.
 * {@link ResponseRequirements} then lists every property of a response body as required: it is always present.
 *
 * <p>Simple properties are marked as springdoc resolves them; a property that refers to another schema is marked
 * once the document is built (the reference exists only then).
 */
public final class NullableProperties implements PropertyCustomizer, OpenApiCustomizer {

    private static final String NULL = "null";

    /** {@code Schema.property} pairs whose property refers to another schema and may be null. */
    private final Set<String> nullableReferences = ConcurrentHashMap.newKeySet();

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public Schema customize(Schema property, AnnotatedType type) {
        if (property != null) {
            labels(property, type);
        }
        if (property == null || neverNull(type)) {
            return property;
        }
        boolean model = property.get$ref() != null || property.getProperties() != null
                || property.getAllOf() != null || property.getName() != null;
        if (model) {
            if (type.getParent() != null && type.getParent().getName() != null && type.getPropertyName() != null) {
                nullableReferences.add(type.getParent().getName() + "." + type.getPropertyName());
            }
            return property;
        }
        if (property.getTypes() != null && !property.getTypes().isEmpty()) {
            property.addType(NULL);
        } else if (property.getType() != null) {
            property.typesItem(property.getType());
            property.addType(NULL);
        } else {
            return property;
        }
        if (property.getEnum() != null && !property.getEnum().contains(null)) {
            List values = new ArrayList<>(property.getEnum());
            values.add(null);
            property.setEnum(values);
        }
        return property;
    }

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public void customise(OpenAPI api) {
        if (api.getComponents() == null || api.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> schemas = api.getComponents().getSchemas();
        // Spring Data's page: its content and metadata are always there
        schemas.forEach((name, schema) -> {
            if (name.startsWith("PagedModel") && schema.getProperties() != null) {
                Schema content = (Schema) schema.getProperties().get("content");
                if (content != null && content.getTypes() != null) {
                    content.getTypes().remove(NULL);
                }
                nullableReferences.remove(name + ".page");
            }
        });
        for (String pair : nullableReferences) {
            int dot = pair.lastIndexOf('.');
            Schema parent = schemas.get(pair.substring(0, dot));
            if (parent == null || parent.getProperties() == null) {
                continue;
            }
            String name = pair.substring(dot + 1);
            Schema property = (Schema) parent.getProperties().get(name);
            String ref = property == null ? null : property.get$ref() != null ? property.get$ref()
                    : property.getAllOf() != null && property.getAllOf().size() == 1
                    ? ((Schema) property.getAllOf().get(0)).get$ref() : null;
            if (ref == null) {
                continue;
            }
            Schema wrapper = new Schema<>(SpecVersion.V31);
            wrapper.setDescription(property.getDescription());
            Schema target = new Schema<>(SpecVersion.V31);
            target.set$ref(ref);
            wrapper.setAnyOf(List.of(target, new Schema<>(SpecVersion.V31).typesItem(NULL)));
            parent.getProperties().put(name, wrapper);
        }
    }

    /**
     * An enum of labelled codes carries its labels for people, in the order of its values
     * ({@code x-enum-descriptions}: "中文 English", read by orval and openapi-generator), so a front end shows the
     * same bilingual label as the dictionaries.
     */
    @SuppressWarnings("rawtypes")
    private static void labels(Schema property, AnnotatedType type) {
        Class<?> raw = type.getType() instanceof Class<?> c ? c
                : type.getType() instanceof JavaType j ? j.getRawClass() : null;
        if (raw == null || !raw.isEnum() || !org.renewal.platform.dictionary.Labelled.class.isAssignableFrom(raw)
                || property.getEnum() == null) {
            return;
        }
        List<String> descriptions = new ArrayList<>();
        for (Object value : property.getEnum()) {
            if (value == null) {
                continue;
            }
            String label = "";
            for (Object constant : raw.getEnumConstants()) {
                if (((Enum<?>) constant).name().equals(value.toString())) {
                    var l = ((org.renewal.platform.dictionary.Labelled) constant).label();
                    label = l.zh() + " " + l.en();
                }
            }
            descriptions.add(label);
        }
        property.addExtension("x-enum-descriptions", descriptions);
    }

    /** A primitive, or a property annotated as never null. */
    static boolean neverNull(AnnotatedType type) {
        Type javaType = type.getType();
        if (javaType instanceof Class<?> c && c.isPrimitive() || javaType instanceof JavaType j && j.isPrimitive()) {
            return true;
        }
        if (type.getCtxAnnotations() == null) {
            return false;
        }
        for (Annotation a : type.getCtxAnnotations()) {
            String name = a.annotationType().getName();
            if (name.equals("jakarta.validation.constraints.NotNull")
                    || name.equals("jakarta.validation.constraints.NotBlank")
                    || name.equals("jakarta.validation.constraints.NotEmpty")) {
                return true;
            }
            if (a instanceof io.swagger.v3.oas.annotations.media.Schema s
                    && s.requiredMode() == io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED) {
                return true;
            }
        }
        return false;
    }
}
