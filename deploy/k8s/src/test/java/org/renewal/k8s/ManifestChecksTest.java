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
}
