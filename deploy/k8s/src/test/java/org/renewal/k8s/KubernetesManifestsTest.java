package org.renewal.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every overlay of deploy/k8s rendered with {@code kubectl kustomize}, as an operator would apply it, then checked
 * against the schemas (unknown fields and wrong types fail) and the operating rules. Needs kubectl (with its built-in
 * kustomize v5) on the PATH; without it these tests are skipped and say why.
 */
class KubernetesManifestsTest {

    static final Path K8S = Path.of(System.getProperty("basedir", ".")).toAbsolutePath();
    static final Map<String, List<Manifest>> RENDERED = new HashMap<>();

    @BeforeAll
    static void render() throws Exception {
        String unavailable = Kustomize.unavailable();
        assumeTrue(unavailable == null, () -> "skipped: " + unavailable);
        for (String overlay : List.of("dev", "prod")) {
            RENDERED.put(overlay, Kustomize.render(K8S.resolve("overlays").resolve(overlay)));
        }
        // production with both opt-in components: the Ingress edge instead of Gateway API, and rack awareness
        Path variant = Files.createDirectories(K8S.resolve("target").resolve("prod-with-components"));
        Files.writeString(variant.resolve("kustomization.yaml"), """
                apiVersion: kustomize.config.k8s.io/v1beta1
                kind: Kustomization
                resources:
                  - ../../overlays/prod
                components:
                  - ../../components/ingress
                  - ../../components/kafka-rack-awareness
                """);
        RENDERED.put("prod-with-components", Kustomize.render(variant));
    }

    @Test
    void everyOverlayIsThere() throws Exception {
        try (var folders = Files.list(K8S.resolve("overlays"))) {
            assertThat(folders.map(p -> p.getFileName().toString()).toList()).containsExactlyInAnyOrder("dev", "prod");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod", "prod-with-components"})
    void everyObjectMatchesItsSchema(String overlay) {
        List<Manifest> objects = RENDERED.get(overlay);
        List<String> problems = new ArrayList<>();
        objects.forEach(m -> problems.addAll(SchemaCheck.problems(m)));
        assertThat(problems).as(overlay + ": schema problems").isEmpty();
        assertThat(objects).extracting(Manifest::kind).contains("Deployment", "Service", "ConfigMap",
                "ServiceAccount", "HorizontalPodAutoscaler", "PodDisruptionBudget", "NetworkPolicy",
                "StatefulSet", "Job", "Kafka", "KafkaNodePool", "KafkaTopic", "ServiceMonitor", "PrometheusRule");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyOverlayFollowsTheOperatingRules(String overlay) {
        Rules rules = new Rules(RENDERED.get(overlay));
        assertThat(rules.applications()).extracting(Manifest::name).containsExactlyInAnyOrder("gateway",
                "survey-service", "plan-service", "project-service", "funding-service", "governance-service");
        assertThat(rules.all()).as(overlay + ": rule problems").isEmpty();
    }

    @Test
    void theOptInComponentsPublishByIngressAndPlaceReplicasByZone() {
        List<Manifest> objects = RENDERED.get("prod-with-components");
        assertThat(objects).extracting(Manifest::kind).contains("Ingress").doesNotContain("Gateway", "HTTPRoute");
        assertThat(objects).filteredOn(m -> m.kind().equals("Kafka")).singleElement()
                .satisfies(k -> assertThat(k.tree().path("spec").path("kafka").path("rack").path("topologyKey").asText())
                        .isEqualTo("topology.kubernetes.io/zone"));
        // everything else holds with them; rack awareness is exactly what the base leaves out
        assertThat(new Rules(objects).all()).singleElement().asString().contains("rack awareness");
    }

    @Test
    void productionRefusesDevelopmentValuesAndDevelopmentDoesNot() {
        assertThat(common("prod").path("data").path("RENEWAL_ENVIRONMENT").asText()).isEqualTo("production");
        assertThat(common("dev").path("data").has("RENEWAL_ENVIRONMENT")).isFalse();
        assertThat(RENDERED.get("prod")).extracting(Manifest::kind).contains("Gateway", "HTTPRoute")
                .doesNotContain("Secret");
    }

    private static com.fasterxml.jackson.databind.JsonNode common(String overlay) {
        return RENDERED.get(overlay).stream().filter(m -> m.id().equals("ConfigMap/renewal-common")).findFirst()
                .orElseThrow().tree();
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyTopicOfTheContractsHasAKafkaTopicAndADeadLetterTopic(String overlay) throws Exception {
        Set<String> expected = new TreeSet<>();
        for (String owner : List.of("survey.SurveyTopics", "plan.PlanTopics", "project.ProjectTopics",
                "funding.FundingTopics", "governance.GovernanceTopics")) {
            for (Field f : Class.forName("org.renewal.contracts." + owner).getFields()) {
                if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                    String topic = (String) f.get(null);
                    expected.add(topic);
                    expected.add(topic + ".DLT");
                }
            }
        }
        assertThat(expected).hasSizeGreaterThanOrEqualTo(14);
        assertThat(new Rules(RENDERED.get(overlay)).topicNames()).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void productionSurvivesTheLossOfOneNode() {
        Rules prod = new Rules(RENDERED.get("prod"));
        assertThat(prod.ofKind("KafkaNodePool")).extracting(p -> p.tree().path("spec").path("replicas").asInt())
                .containsExactly(3);
        JsonNode kafkaConfig = prod.ofKind("Kafka").get(0).tree().path("spec").path("kafka").path("config");
        assertThat(kafkaConfig.path("min.insync.replicas").asInt()).isEqualTo(2);
        assertThat(kafkaConfig.path("auto.create.topics.enable").asBoolean(true)).isFalse();
        for (Manifest topic : prod.ofKind("KafkaTopic")) {
            assertThat(topic.tree().path("spec").path("replicas").asInt()).as(topic.id()).isEqualTo(3);
            assertThat(topic.tree().path("spec").path("config").path("min.insync.replicas").asInt()).as(topic.id())
                    .isEqualTo(2);
        }
        assertThat(prod.ofKind("StatefulSet")).extracting(s -> s.tree().path("spec").path("replicas").asInt())
                .containsExactly(3);
        String members = prod.ofKind("ConfigMap").stream().filter(c -> c.name().startsWith("renewal-mongodb-setup"))
                .findFirst().orElseThrow().tree().path("data").path("MONGO_MEMBERS").asText();
        assertThat(members.split(",")).hasSize(3);
        for (Manifest hpa : prod.ofKind("HorizontalPodAutoscaler")) {
            assertThat(hpa.tree().path("spec").path("minReplicas").asInt()).as(hpa.id()).isGreaterThanOrEqualTo(2);
        }
        // production brings no secrets of its own: they are created outside git
        assertThat(prod.ofKind("Secret")).isEmpty();
    }

    @Test
    void everyServiceConnectsWithItsOwnLeastPrivilegedDatabaseUser() {
        Rules dev = new Rules(RENDERED.get("dev"));
        Manifest setup = dev.ofKind("ConfigMap").stream().filter(c -> c.name().startsWith("renewal-mongodb-setup"))
                .findFirst().orElseThrow();
        Set<String> services = Set.of(setup.tree().path("data").path("MONGO_SERVICES").asText().split(","));
        assertThat(services).containsExactlyInAnyOrder("survey-service", "plan-service", "project-service",
                "funding-service", "governance-service");
        assertThat(setup.tree().path("data").path("setup.js").asText())
                .contains("role: 'readWrite', db: 'renewal-' + service").doesNotContain("readWriteAnyDatabase");
        for (String service : services) {
            Manifest secret = dev.ofKind("Secret").stream().filter(s -> s.name().equals(service + "-mongodb"))
                    .findFirst().orElseThrow(() -> new AssertionError("dev has no secret " + service + "-mongodb"));
            String uri = new String(java.util.Base64.getMimeDecoder().decode(secret.tree().path("data").path("uri").asText()));
            assertThat(uri).as(service).startsWith("mongodb://" + service + ":").contains("replicaSet=rs0");
        }
    }
}
