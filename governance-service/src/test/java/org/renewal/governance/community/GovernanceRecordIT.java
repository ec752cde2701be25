package org.renewal.governance.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.renewal.contracts.governance.GovernanceTopics;
import org.renewal.contracts.plan.PlanApproved;
import org.renewal.contracts.plan.PlanTopics;
import org.renewal.platform.embedded.TestIssuer;
import org.renewal.platform.events.EventEnvelopes;
import org.renewal.platform.test.EmbeddedInfrastructure;
import org.renewal.platform.test.Http;
import org.renewal.platform.test.RawProducer;
import org.renewal.platform.test.ServiceIntegrationTest;
import org.renewal.platform.test.TopicProbe;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** plan.PlanApproved opens the record; the self-governance group announces readiness once. */
@ServiceIntegrationTest
class GovernanceRecordIT {

    @LocalServerPort
    int port;

    @Autowired
    EventEnvelopes envelopes;

    @Test
    void aSelfGovernanceGroupMakesTheCommunityReadyOnce() {
        String community = UUID.randomUUID().toString();
        String planId = UUID.randomUUID().toString();
        PlanApproved plan = new PlanApproved(planId, community, "治理小区", "220302", "220302001", 1, List.of(), 0,
                List.of(), List.of("1"), 10, new BigDecimal("600.00"));
        try (RawProducer producer = new RawProducer(EmbeddedInfrastructure.get().kafkaBootstrapServers())) {
            for (int i = 0; i < 2; i++) {
                producer.send(PlanTopics.PLAN, planId, envelopes.write(envelopes.wrap(planId, 3, Instant.now(), plan)));
            }
        }
        Http street = Http.at(port).as(TestIssuer.get().token("street-1", "STREET",
                Map.of("district", "220302", "street", "220302001")));
        String path = "/api/governance/communities/" + community;
        await().atMost(Duration.ofSeconds(30)).until(() -> street.get(path).status() == 200);

        var tooSmall = street.put(path + "/self-governance-group", """
                {"formedOn":"2026-08-01","members":[{"name":"刘桂芝","position":"组长"},{"name":"王强","position":"组员"}]}""");
        assertThat(tooSmall.status()).isEqualTo(400);
        String group = """
                {"formedOn":"2026-08-01","members":[{"name":"刘桂芝","position":"组长"},{"name":"王强","position":"组员"},
                 {"name":"赵敏","position":"组员"}]}""";
        var formed = street.put(path + "/self-governance-group", group);
        assertThat(formed.status()).as(formed.body()).isEqualTo(200);
        assertThat(formed.json().get("readyBody").asString()).isEqualTo("SELF_GOVERNANCE_GROUP");
        street.put(path + "/self-governance-group", group);

        var ready = TopicProbe.await(EmbeddedInfrastructure.get().kafkaBootstrapServers(), GovernanceTopics.COMMUNITY,
                r -> community.equals(r.key()) && r.value().contains("governance.GovernanceReady"), 2,
                Duration.ofSeconds(5));
        assertThat(ready).hasSize(1);
        assertThat(Http.at(port).as(TestIssuer.get().districtOffice("220303")).get(path).status()).isEqualTo(404);
        assertThat(Http.at(port).as(TestIssuer.get().resident("220302", "1-1-101"))
                .put(path + "/self-governance-group", group).status()).isEqualTo(403);
    }
}
