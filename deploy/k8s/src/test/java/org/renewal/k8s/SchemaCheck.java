package org.renewal.k8s;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;

/**
 * Checks objects against the API schemas of Kubernetes (the fabric8 model, generated from Kubernetes' OpenAPI) and
 * of the operators (Prometheus Operator in fabric8's model; Strimzi's custom resources by the CRD schemas of the
 * pinned release, {@link CrdSchemas}), as strictly as the API server
 * with field validation "Strict": an unknown apiVersion/kind, an unknown field anywhere, or a value of the wrong type
 * (a string where a number or boolean belongs, and the reverse) is a problem.
 */
final class SchemaCheck {

    /** {@code apiVersion kind} → the model class. */
    static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("v1 ConfigMap", "io.fabric8.kubernetes.api.model.ConfigMap"),
            Map.entry("v1 Secret", "io.fabric8.kubernetes.api.model.Secret"),
            Map.entry("v1 Service", "io.fabric8.kubernetes.api.model.Service"),
            Map.entry("v1 ServiceAccount", "io.fabric8.kubernetes.api.model.ServiceAccount"),
            Map.entry("apps/v1 Deployment", "io.fabric8.kubernetes.api.model.apps.Deployment"),
            Map.entry("apps/v1 StatefulSet", "io.fabric8.kubernetes.api.model.apps.StatefulSet"),
            Map.entry("batch/v1 Job", "io.fabric8.kubernetes.api.model.batch.v1.Job"),
            Map.entry("autoscaling/v2 HorizontalPodAutoscaler",
                    "io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler"),
            Map.entry("policy/v1 PodDisruptionBudget", "io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget"),
            Map.entry("networking.k8s.io/v1 NetworkPolicy", "io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy"),
            Map.entry("networking.k8s.io/v1 Ingress", "io.fabric8.kubernetes.api.model.networking.v1.Ingress"),
            Map.entry("gateway.networking.k8s.io/v1 Gateway", "io.fabric8.kubernetes.api.model.gatewayapi.v1.Gateway"),
            Map.entry("gateway.networking.k8s.io/v1 HTTPRoute", "io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRoute"),
            Map.entry("monitoring.coreos.com/v1 ServiceMonitor", "io.fabric8.openshift.api.model.monitoring.v1.ServiceMonitor"),
            Map.entry("monitoring.coreos.com/v1 PodMonitor", "io.fabric8.openshift.api.model.monitoring.v1.PodMonitor"),
            Map.entry("monitoring.coreos.com/v1 PrometheusRule", "io.fabric8.openshift.api.model.monitoring.v1.PrometheusRule"));

    private static final ObjectMapper STRICT = strictMapper();

    private SchemaCheck() {
    }

    private static ObjectMapper strictMapper() {
        JsonMapper mapper = JsonMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .build();
        // the API server refuses "3" for an integer, 3 for a string, "true" for a boolean
        for (LogicalType type : List.of(LogicalType.Integer, LogicalType.Float, LogicalType.Boolean)) {
            mapper.coercionConfigFor(type).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        }
        for (CoercionInputShape shape : List.of(CoercionInputShape.Integer, CoercionInputShape.Float,
                CoercionInputShape.Boolean)) {
            mapper.coercionConfigFor(LogicalType.Textual).setCoercion(shape, CoercionAction.Fail);
        }
        return mapper;
    }

    /** What is wrong with this object by its schema; empty when nothing is. */
    static List<String> problems(Manifest m) {
        if (CrdSchemas.operatorGroup(m.apiVersion())) {
            return CrdSchemas.problems(m);
        }
        String type = TYPES.get(m.apiVersion() + " " + m.kind());
        if (type == null) {
            return List.of(m.id() + ": no schema for apiVersion " + m.apiVersion() + " kind " + m.kind());
        }
        Object model;
        try {
            model = STRICT.treeToValue(m.tree(), Class.forName(type));
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(type + " is not on the test classpath", e);
        } catch (JsonMappingException e) {
            StringBuilder at = new StringBuilder();
            for (JsonMappingException.Reference r : e.getPath()) {
                at.append(r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]");
            }
            return List.of(m.id() + ": at " + at + ": " + e.getOriginalMessage().lines().findFirst().orElse(""));
        } catch (Exception e) {
            return List.of(m.id() + ": " + e.getMessage().lines().findFirst().orElse(""));
        }
        List<String> problems = new ArrayList<>();
        unknownFields(model, "", problems, 0, m.id());
        return problems;
    }

    /**
     * The models keep fields they do not know in {@code additionalProperties} instead of failing: any such field
     * anywhere in the object is unknown to the schema.
     */
    private static void unknownFields(Object o, String path, List<String> problems, int depth, String id) {
        if (o == null || depth > 40) {
            return;
        }
        if (o instanceof Map<?, ?> map) {
            map.forEach((k, v) -> unknownFields(v, path + "." + k, problems, depth + 1, id));
            return;
        }
        if (o instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                unknownFields(item, path + "[" + i++ + "]", problems, depth + 1, id);
            }
            return;
        }
        Class<?> type = o.getClass();
        if (!type.getName().startsWith("io.fabric8.")) {
            return;
        }
        for (Method getter : type.getMethods()) {
            if (getter.getParameterCount() != 0 || Modifier.isStatic(getter.getModifiers())
                    || !getter.getName().startsWith("get") || getter.getDeclaringClass() == Object.class) {
                continue;
            }
            Object value;
            try {
                value = getter.invoke(o);
            } catch (ReflectiveOperationException | RuntimeException e) {
                continue;
            }
            if (getter.getName().equals("getAdditionalProperties")) {
                if (value instanceof Map<?, ?> extra && !extra.isEmpty()) {
                    problems.add(id + ": unknown field " + path + "." + extra.keySet());
                }
                continue;
            }
            String name = getter.getName().substring(3);
            unknownFields(value, path + "." + Character.toLowerCase(name.charAt(0)) + name.substring(1), problems,
                    depth + 1, id);
        }
    }
}
