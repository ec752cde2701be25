package org.renewal.platform.openapi;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * An example for every property, so mock servers, Swagger UI and generated fixtures show plausible values: where a
 * property has no hand-written example, one is derived from its schema — an enum's first value, a date or time
 * within the programme, a number at its lower bound (or 1), {@code true}, an id of the stored kind, a place code,
 * an account name — and kept only if it satisfies the property's own constraints (pattern, length, bounds), so every
 * example validates. A property the rules here cannot serve keeps none, and {@code ServiceConventionsIT} lists it.
 */
public final class DerivedExamples implements OpenApiCustomizer {

    static final String ID = "6750a1c2e4b0a1b2c3d4e5f6";
    private static final Set<String> TEXT = Set.of("title", "text", "description", "reason", "note", "basis",
            "failure", "summary", "comment", "detail", "remark", "content", "message");

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public void customise(OpenAPI api) {
        if (api.getComponents() == null || api.getComponents().getSchemas() == null) {
            return;
        }
        api.getComponents().getSchemas().values().forEach(schema -> {
            if (schema.getProperties() != null) {
                ((Map<String, Schema>) schema.getProperties()).forEach((name, property) -> {
                    if (property.getExample() == null && property.getExamples() == null) {
                        Object example = example(name, property);
                        if (example != null) {
                            property.setExample(example);
                        }
                    }
                });
            }
        });
    }

    /** A value of {@code property} that satisfies its constraints, or null when none is known. */
    @SuppressWarnings("rawtypes")
    static Object example(String name, Schema property) {
        if (property.getEnum() != null) {
            return property.getEnum().stream().filter(v -> v != null).findFirst().orElse(null);
        }
        String type = type(property);
        if (type == null) {
            return null;
        }
        return switch (type) {
            case "integer" -> integer(property);
            case "number" -> number(property);
            case "boolean" -> Boolean.TRUE;
            case "string" -> string(name, property);
            case "array" -> array(name, property);
            default -> null;
        };
    }

    @SuppressWarnings("rawtypes")
    private static String type(Schema schema) {
        if (schema.getType() != null) {
            return schema.getType();
        }
        if (schema.getTypes() != null) {
            for (Object t : schema.getTypes()) {
                if (!"null".equals(t)) {
                    return String.valueOf(t);
                }
            }
        }
        return null;
    }

    @SuppressWarnings("rawtypes")
    private static Object integer(Schema property) {
        BigDecimal value = BigDecimal.ONE;
        if (property.getMinimum() != null) {
            value = property.getMinimum();
            if (Boolean.TRUE.equals(property.getExclusiveMinimum()) || property.getExclusiveMinimumValue() != null) {
                value = value.add(BigDecimal.ONE);
            }
        }
        if (property.getMaximum() != null && value.compareTo(property.getMaximum()) > 0) {
            return null;
        }
        return value.longValueExact();
    }

    @SuppressWarnings("rawtypes")
    private static Object number(Schema property) {
        BigDecimal value = new BigDecimal("1.5");
        if (property.getMinimum() != null && value.compareTo(property.getMinimum()) < 0) {
            value = property.getMinimum().add(BigDecimal.ONE);
        }
        if (property.getMaximum() != null && value.compareTo(property.getMaximum()) > 0) {
            value = property.getMaximum();
        }
        return value;
    }

    @SuppressWarnings("rawtypes")
    private static Object string(String name, Schema property) {
        String format = property.getFormat();
        String value;
        if ("date-time".equals(format)) {
            value = "2026-12-07T08:30:00Z";
        } else if ("date".equals(format)) {
            value = "2026-12-07";
        } else if ("uuid".equals(format)) {
            value = "5d0c1c3e-8f5e-4a39-9d43-1f0f3f1e2a77";
        } else if (format != null) {
            return null;
        } else {
            value = named(name);
        }
        if (value == null) {
            return null;
        }
        return fits(value, property) ? value : null;
    }

    /** A string example by what the property's name says it holds. */
    private static String named(String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        if (name.equals("id") || name.endsWith("Id")) {
            return ID;
        }
        if (lower.endsWith("key") || lower.equals("fingerprint") || lower.equals("reverses")) {
            return ID;
        }
        if (Set.of("batch", "payment", "refund").contains(lower)) {
            return ID;
        }
        if (Set.of("added", "removed").contains(lower)) {
            return "ROOF_WATERPROOFING@all";
        }
        if (lower.endsWith("menuitem")) {
            return "ROOF_WATERPROOFING";
        }
        if (lower.equals("inadequatemanagement")) {
            return "NONE";
        }
        if (lower.equals("category")) {
            return "HOUSING_FUNCTION";
        }
        if (lower.startsWith("photo")) {
            return "photos/2026/12/6750a1c2.jpg";
        }
        if (name.endsWith("No")) {
            return "铁发改审批〔2026〕8号";
        }
        if (Set.of("payer", "company", "utility").contains(lower)) {
            return "沈阳幸福物业有限公司";
        }
        if (Set.of("contact", "secretary", "chair").contains(lower)) {
            return "王建国";
        }
        if (Set.of("remarks", "memo", "evidence", "servicestandard", "punchitem").contains(lower)) {
            return "单元门禁已更换，验收合格 Entrance door control replaced, accepted";
        }
        if (lower.equals("numerator")) {
            return "3";
        }
        if (lower.equals("denominator")) {
            return "4";
        }
        if (lower.endsWith("area")) {
            return "5634.20";
        }
        if (lower.equals("value")) {
            return "{\"type\":\"plan.PlanApproved\",\"version\":1}";
        }
        if (lower.endsWith("districtcode")) {
            return "220302";
        }
        if (lower.endsWith("streetcode")) {
            return "220302001";
        }
        if (name.endsWith("By") || name.equals("subject") || name.equals("by")) {
            return "district-tiexi";
        }
        if (name.equals("zh")) {
            return "已竣工";
        }
        if (name.equals("en")) {
            return "Completed";
        }
        if (lower.endsWith("name")) {
            return "幸福里小区 Xingfuli";
        }
        if (TEXT.contains(lower) || lower.endsWith("reason") || lower.endsWith("description")) {
            return "楼道照明不足 Stairwell lighting is poor";
        }
        if (lower.endsWith("number") || lower.equals("building")) {
            return "3";
        }
        if (lower.endsWith("entrance")) {
            return "2";
        }
        if (lower.endsWith("reference")) {
            return "铁住建〔2026〕12号";
        }
        if (lower.endsWith("code")) {
            return "ROOF_WATERPROOFING";
        }
        if (lower.endsWith("topic")) {
            return "renewal.plan.plans.DLT";
        }
        if (lower.equals("field")) {
            return "buildings[0].households";
        }
        return null;
    }

    @SuppressWarnings("rawtypes")
    private static boolean fits(String value, Schema property) {
        if (property.getPattern() != null && !Pattern.compile(property.getPattern()).matcher(value).find()) {
            return false;
        }
        if (property.getMaxLength() != null && value.length() > property.getMaxLength()) {
            return false;
        }
        return property.getMinLength() == null || value.length() >= property.getMinLength();
    }

    @SuppressWarnings("rawtypes")
    private static Object array(String name, Schema property) {
        Schema items = property.getItems();
        if (items == null || items.get$ref() != null) {
            return null;
        }
        Object item = items.getExample() != null ? items.getExample() : example(singular(name), items);
        if (item == null) {
            return null;
        }
        int min = property.getMinItems() == null ? 1 : Math.max(1, property.getMinItems());
        if (property.getMaxItems() != null && min > property.getMaxItems()) {
            return null;
        }
        if (min > 1 && Boolean.TRUE.equals(property.getUniqueItems())) {
            return null;
        }
        return java.util.Collections.nCopies(min, item);
    }

    private static String singular(String name) {
        return name.endsWith("ies") ? name.substring(0, name.length() - 3) + "y"
                : name.endsWith("s") ? name.substring(0, name.length() - 1) : name;
    }
}
