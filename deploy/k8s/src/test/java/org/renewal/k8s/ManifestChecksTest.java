package org.renewal.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The checks themselves, on objects that break them (no kubectl needed): they must find what is wrong. */
class ManifestChecksTest {

    static List<Manifest> broken() throws IOException {
        try (var in = ManifestChecksTest.class.getResourceAsStream("/broken/manifests.yaml")) {
            return Kustomize.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    static Manifest named(String id) throws IOException {
        return broken().stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void anUnknownFieldIsFound() throws IOException {
        assertThat(SchemaCheck.problems(named("Deployment/typo")))
                .anySatisfy(p -> assertThat(p).contains("unknown field").contains("replica"))
                .anySatisfy(p -> assertThat(p).contains("unknown field").contains("livenesProbe"));
    }

    @Test
    void aValueOfTheWrongTypeIsFound() throws IOException {
        assertThat(SchemaCheck.problems(named("Deployment/wrong-type"))).singleElement().asString().contains("replicas");
        assertThat(SchemaCheck.problems(named("ConfigMap/number-value"))).isNotEmpty();
    }

    @Test
    void anUnknownKindIsFound() throws IOException {
        assertThat(SchemaCheck.problems(named("Deploymnet/unknown-kind"))).singleElement().asString()
                .contains("no schema");
    }

    @Test
    void aCorrectObjectPasses() throws IOException {
        assertThat(SchemaCheck.problems(fixed())).isEmpty();
    }

    private static Manifest fixed() throws IOException {
        var tree = (com.fasterxml.jackson.databind.node.ObjectNode) named("Deployment/wrong-type").tree().deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) tree.get("spec")).put("replicas", 2);
        return Manifest.of(tree);
    }

    @Test
    void theRulesFindMissingProbesLimitsRootAndUncoveredApplications() throws IOException {
        List<String> problems = new ArrayList<>(new Rules(broken()).all());
        assertThat(problems)
                .anySatisfy(p -> assertThat(p).contains("Deployment/bare container app: no cpu in resources.limits"))
                .anySatisfy(p -> assertThat(p).contains("Deployment/bare container app: may run as root"))
                .anySatisfy(p -> assertThat(p).contains("Deployment/bare container app: no readinessProbe"))
                .anySatisfy(p -> assertThat(p).contains("Deployment/bare: no HorizontalPodAutoscaler"))
                .anySatisfy(p -> assertThat(p).contains("Deployment/bare: no PodDisruptionBudget"))
                .anySatisfy(p -> assertThat(p).contains("Deployment/bare: no NetworkPolicy of its own restricts its ingress"))
                .anySatisfy(p -> assertThat(p).contains("no default-deny NetworkPolicy"))
                .anySatisfy(p -> assertThat(p).contains("NetworkPolicy/too-open: lets tier:service in"))
                .anySatisfy(p -> assertThat(p).contains("topic renewal.x.y has no dead-letter topic"))
                .anySatisfy(p -> assertThat(p).contains("listener plain: networkPolicyPeers"))
                .anySatisfy(p -> assertThat(p).contains("Service/bare: type LoadBalancer"))
                .anySatisfy(p -> assertThat(p).contains("MONGODB_URI must come from the secret"));
    }

    @Test
    void theRulesFindWhatStopsAFirstDeployOnARealCluster() throws IOException {
        List<String> problems = new ArrayList<>(new Rules(broken()).all());
        assertThat(problems)
                .anySatisfy(p -> assertThat(p).contains("Deployment/survey-service: sets replicas while HorizontalPodAutoscaler/survey-service"))
                .anySatisfy(p -> assertThat(p).contains("Deployment/survey-service: replicas may share a node"))
                .anySatisfy(p -> assertThat(p).contains("StatefulSet/db: replicas may share a node"))
                .anySatisfy(p -> assertThat(p).contains("image mongo:8.0 floats over patch releases"))
                .anySatisfy(p -> assertThat(p).contains("image mongo:latest floats"))
                .anySatisfy(p -> assertThat(p).contains("Kafka/open: rack awareness stops brokers"))
                .anySatisfy(p -> assertThat(p).contains("securityContext without fsGroup"))
                .anySatisfy(p -> assertThat(p).contains("StatefulSet/db: readiness must mean primary or secondary"))
                .anySatisfy(p -> assertThat(p).contains("Job/setup: without ttlSecondsAfterFinished"))
                .anySatisfy(p -> assertThat(p).contains("ServiceMonitor/unselected: no release label"))
                .anySatisfy(p -> assertThat(p).contains("ServiceMonitor/unselected: scrapes port http"))
                .anySatisfy(p -> assertThat(p).contains("HTTPRoute/metrics: routes to gateway:9090"))
                .anySatisfy(p -> assertThat(p).contains("Ingress/metrics-by-number: publishes gateway port"))
                .anySatisfy(p -> assertThat(p).contains("HTTPRoute/metrics: forwards over HTTP without a certificate"))
                .anySatisfy(p -> assertThat(p).contains("Deployment/survey-service: OWNER_KEY_SECRET must come from"));
    }

    @Test
    void strimziResourcesAreCheckedAgainstThePinnedReleasesCrdSchemas() throws IOException {
        assertThat(SchemaCheck.problems(named("KafkaTopic/old-api"))).singleElement().asString()
                .contains("serves no kafka.strimzi.io/v1beta2 KafkaTopic");
        assertThat(SchemaCheck.problems(named("KafkaTopic/unknown-field"))).anySatisfy(p -> assertThat(p)
                .contains("retention"));
        assertThat(SchemaCheck.problems(named("KafkaTopic/renewal-x-y"))).isEmpty();
    }
}
