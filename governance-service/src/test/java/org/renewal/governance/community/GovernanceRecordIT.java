package org.renewal.governance.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.renewal.contracts.EventPayload;
import org.renewal.contracts.governance.GovernanceTopics;
import org.renewal.contracts.plan.PlanApproved;
import org.renewal.contracts.plan.PlanTopics;
import org.renewal.contracts.project.AcceptancePassed;
import org.renewal.contracts.project.ProjectHandedOver;
import org.renewal.contracts.project.ProjectTopics;
import org.renewal.contracts.survey.HouseholdRollChanged;
import org.renewal.contracts.survey.SurveyTopics;
import org.renewal.platform.embedded.TestIssuer;
import org.renewal.platform.events.EventEnvelopes;
import org.renewal.platform.test.EmbeddedInfrastructure;
import org.renewal.platform.test.Http;
import org.renewal.platform.test.RawProducer;
import org.renewal.platform.test.ServiceIntegrationTest;
import org.renewal.platform.test.TopicProbe;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** From plan approval to long-term management with every body formed, through the API. */
@ServiceIntegrationTest
class GovernanceRecordIT {

    @LocalServerPort
    int port;

    @Autowired
    EventEnvelopes envelopes;

    String community;
    String path;
    Http street;
    final AtomicLong surveyVersion = new AtomicLong();

    @BeforeEach
    void setUp() {
        community = UUID.randomUUID().toString();
        path = "/api/governance/communities/" + community;
        street = Http.at(port).as(TestIssuer.get().token("street-1", "STREET",
                Map.of("district", "220302", "street", "220302001")));
        // owners: A holds 1-1-101 and 1-1-102 (200 m²); B..F one unit of 100 m² each: 6 owners, 700 m²
        publish(SurveyTopics.COMMUNITY, community, surveyVersion.incrementAndGet(), new HouseholdRollChanged(community,
                "1", List.of(h("1-1-101", "A"), h("1-1-102", "A"), h("1-1-201", "B"), h("1-1-202", "C"),
                        h("1-1-301", "D"), h("1-1-302", "E"), h("1-1-401", "F")), new BigDecimal("700.00")));
        String planId = UUID.randomUUID().toString();
        PlanApproved plan = new PlanApproved(planId, community, "治理小区", "220302", "220302001", 1, List.of(), 0,
                List.of(), List.of("1"), 7, new BigDecimal("900.00"));
        publish(PlanTopics.PLAN, planId, 3, plan);
        publish(PlanTopics.PLAN, planId, 3, plan);
        await().atMost(Duration.ofSeconds(30)).until(() -> street.get(path).status() == 200);
    }

    @Test
    void anotherDistrictsOfficeLearnsNothingNotEvenWhetherARollExists() {
        Http other = Http.at(port).as(TestIssuer.get().districtOffice("220303"));
        String election = """
                {"seats":3,"termYears":5,"candidates":[{"householdId":"1-1-101","name":"张甲"}]}""";

        var existing = other.post(path + "/committee-elections", election);
        var unknown = other.post("/api/governance/communities/" + UUID.randomUUID() + "/committee-elections", election);
        var invalid = other.post(path + "/committee-elections", "{\"seats\":0}");

        for (var response : List.of(existing, unknown, invalid)) {
            assertThat(response.status()).as(response.body()).isEqualTo(404);
            assertThat(response.json().get("code").asString()).isEqualTo("GOVERNANCE_RECORD_NOT_FOUND");
        }
    }

    @Test
    void anOwnersCommitteeIsElectedByArticle278FiledAndMakesTheCommunityReady() {
        String election = """
                {"seats":3,"termYears":5,"candidates":[{"householdId":"1-1-101","name":"张甲"},
                 {"householdId":"1-1-201","name":"李乙"},{"householdId":"1-1-202","name":"王丙"},
                 {"householdId":"1-1-301","name":"赵丁"}]}""";
        assertThat(street.post(path + "/committee-elections", election).json().get("code").asString())
                .isEqualTo("NO_PREPARATORY_GROUP");
        street.put(path + "/preparatory-group", """
                {"chair":"街道办 王主任","formedOn":"2026-05-10","members":[{"name":"a","position":"组员"},
                 {"name":"b","position":"组员"},{"name":"c","position":"组员"}]}""");
        var notOwner = street.post(path + "/committee-elections", election.replace("1-1-301", "9-9-999"));
        assertThat(notOwner.status()).isEqualTo(400);
        assertThat(notOwner.json().get("errors").get(0).get("field").asString()).isEqualTo("candidates[3].householdId");
        assertThat(street.post(path + "/committee-elections", election).status()).isEqualTo(200);

        // A votes online twice through two units: one owner, the later ballot counts
        Http ownerA = Http.at(port).as(resident("1-1-102"));
        ownerA.put(path + "/committee-elections/current/ballots/1-1-102", "{\"candidates\":[\"1-1-301\"]}");
        assertThat(ownerA.put(path + "/committee-elections/current/ballots/1-1-201", "{\"candidates\":[]}").status())
                .isEqualTo(403);
        Http.at(port).as(resident("1-1-101")).put(path + "/committee-elections/current/ballots/1-1-101",
                "{\"candidates\":[\"1-1-101\",\"1-1-201\",\"1-1-202\"]}");
        street.put(path + "/committee-elections/current/ballots/1-1-201", "{\"candidates\":[\"1-1-101\",\"1-1-201\",\"1-1-202\"]}");
        street.put(path + "/committee-elections/current/ballots/1-1-202", "{\"candidates\":[\"1-1-101\",\"1-1-201\",\"1-1-301\"]}");
        assertThat(street.put(path + "/committee-elections/current/ballots/1-1-301",
                "{\"candidates\":[\"1-1-101\",\"1-1-202\",\"1-1-301\",\"1-1-201\"]}").status()).isEqualTo(400);
        street.put(path + "/committee-elections/current/ballots/1-1-301", "{\"candidates\":[\"1-1-101\",\"1-1-202\",\"1-1-301\"]}");

        // exactly 2/3 by head (4 of 6) with 500 of 700 m² took part: valid; 赵丁 has exactly half (2 of 4): not elected
        JsonNode closed = street.post(path + "/committee-elections/current/closing", "").json();
        assertThat(closed.get("election").get("ballots").asInt()).isEqualTo(4);
        assertThat(closed.get("election").get("valid").asBoolean()).isTrue();
        List<String> elected = new ArrayList<>();
        closed.get("election").get("results").forEach(r -> {
            if (r.get("elected").asBoolean()) {
                elected.add(r.get("name").asString());
            }
        });
        assertThat(elected).containsExactlyInAnyOrder("张甲", "李乙", "王丙");
        assertThat(closed.get("ownersCommittee").get("members")).hasSize(3);
        assertThat(closed.get("readyBody").isNull()).isTrue();

        JsonNode filed = street.put(path + "/owners-committee/filing", "{\"filedOn\":\"2026-09-01\",\"filingNo\":\"铁西街备〔2026〕8号\"}").json();
        assertThat(filed.get("readyBody").asString()).isEqualTo("OWNERS_COMMITTEE");
        assertThat(street.post(path + "/committee-elections", election).status()).isEqualTo(409);
        assertThat(events("governance.GovernanceReady")).isEqualTo(1);
        assertThat(events("governance.OwnersCommitteeElected")).isEqualTo(1);
    }

    @Test
    void theOtherBodiesSatisfactionTicketsAndLongTermManagement() {
        var group = street.put(path + "/self-governance-group", """
                {"formedOn":"2026-08-01","members":[{"name":"刘桂芝","position":"组长"},{"name":"王强","position":"组员"},
                 {"name":"赵敏","position":"组员"}]}""");
        assertThat(group.json().get("readyBody").asString()).isEqualTo("SELF_GOVERNANCE_GROUP");
        street.put(path + "/self-governance-group", """
                {"formedOn":"2026-08-01","members":[{"name":"刘桂芝","position":"组长"},{"name":"王强","position":"组员"},
                 {"name":"赵敏","position":"组员"}]}""");
        assertThat(events("governance.GovernanceReady")).isEqualTo(1);

        assertThat(street.put(path + "/party-branch", """
                {"type":"COMBINED","foundedOn":"2026-06-01","secretary":"李书记","memberCount":12}""").json()
                .get("partyBranch").get("type").asString()).isEqualTo("COMBINED");

        String manager = """
                {"mode":"RED_PROPERTY","company":"四平市红心物业","creditCode":"%s","contractStart":"2026-10-01",
                 "contractEnd":"2029-09-30","earlyInvolvement":true,"monthlyFeePerM2":50%s}""";
        assertThat(street.put(path + "/property-manager", manager.formatted("91220302MA00000030", "")).status())
                .isEqualTo(400);
        assertThat(street.put(path + "/property-manager", manager.formatted(code("91220302MA0000003"), "")).status())
                .isEqualTo(200);
        assertThat(street.put(path + "/property-manager", manager.formatted(code("91220302MA0000004"), "")).json()
                .get("code").asString()).isEqualTo("REPLACEMENT_NEEDS_OWNERS_DECISION");
        JsonNode replaced = street.put(path + "/property-manager", manager.formatted(code("91220302MA0000004"),
                ",\"ownersDecision\":{\"decidedOn\":\"2027-03-01\",\"reference\":\"vote-123\"}")).json();
        assertThat(replaced.get("pastManagers")).hasSize(1);

        // satisfaction opens with the passed acceptance; one answer per household; published for everyone
        Http resident = Http.at(port).as(resident("1-1-201"));
        String answer = "{\"scores\":{\"HOUSING_FUNCTION\":5,\"INFRASTRUCTURE\":3},\"overall\":4}";
        assertThat(resident.put(path + "/satisfaction/answers/1-1-201", answer).json().get("code").asString())
                .isEqualTo("SATISFACTION_NOT_OPEN");
        publish(ProjectTopics.PROJECT, "p-" + community, 1, new AcceptancePassed("p-" + community, community, 1,
                LocalDate.parse("2026-11-05")));
        await().atMost(Duration.ofSeconds(30)).until(() -> street.get(path).json().get("satisfactionOpen").asBoolean());
        resident.put(path + "/satisfaction/answers/1-1-201", answer);
        resident.put(path + "/satisfaction/answers/1-1-201", "{\"scores\":{\"HOUSING_FUNCTION\":4},\"overall\":5}");
        Http.at(port).as(resident("1-1-301")).put(path + "/satisfaction/answers/1-1-301",
                "{\"scores\":{\"HOUSING_FUNCTION\":5},\"overall\":4}");
        assertThat(resident.put(path + "/satisfaction/answers/1-1-301", answer).status()).isEqualTo(403);
        street.post(path + "/satisfaction/closing", "");
        JsonNode published = Http.at(port).as(TestIssuer.get().cityOffice()).get(path + "/satisfaction").json();
        assertThat(published.get("respondents").asInt()).isEqualTo(2);
        assertThat(published.get("overall").decimalValue()).isEqualByComparingTo("4.50");
        assertThat(published.get("categories").get(0).get("average").decimalValue()).isEqualByComparingTo("4.50");

        // tickets: report, acknowledge, fix, close, figures; another community's is not found
        String ticket = resident.post(path + "/tickets", "{\"category\":\"LIGHTING\",\"location\":\"1单元\","
                + "\"description\":\"声控灯不亮\"}").json().get("id").asString();
        assertThat(street.post(path + "/tickets/" + ticket + "/fix", "{}").status()).isEqualTo(422);
        street.post(path + "/tickets/" + ticket + "/acknowledgement", "{}");
        street.post(path + "/tickets/" + ticket + "/fix", "{\"note\":\"已更换\"}");
        assertThat(street.post(path + "/tickets/" + ticket + "/closure", "{}").json().get("status").asString())
                .isEqualTo("CLOSED");
        assertThat(street.get(path + "/tickets/figures").json().get("open").asInt()).isZero();
        String other = "/api/governance/communities/" + UUID.randomUUID();
        assertThat(resident.post(other + "/tickets", "{\"category\":\"ROAD\",\"location\":\"x\",\"description\":\"y\"}")
                .status()).isEqualTo(404);

        publish(ProjectTopics.PROJECT, "p-" + community, 2, new ProjectHandedOver("p-" + community, community,
                "220302001", LocalDate.parse("2026-11-25")));
        await().atMost(Duration.ofSeconds(30)).until(() -> street.get(path).json().get("longTermManagement").asBoolean());
        assertThat(events("governance.SatisfactionPublished")).isEqualTo(1);
        assertThat(events("governance.GovernanceOpened")).isEqualTo(1);
    }

    private long events(String type) {
        return TopicProbe.await(EmbeddedInfrastructure.get().kafkaBootstrapServers(), GovernanceTopics.COMMUNITY,
                r -> community.equals(r.key()) && r.value().contains("\"" + type + "\""), Integer.MAX_VALUE,
                Duration.ofSeconds(3)).size();
    }

    private String resident(String household) {
        return TestIssuer.get().token("resident-" + household, "RESIDENT",
                Map.of("district", "220302", "communityId", community, "householdId", household));
    }

    private void publish(String topic, String key, long version, EventPayload payload) {
        try (RawProducer producer = new RawProducer(EmbeddedInfrastructure.get().kafkaBootstrapServers())) {
            producer.send(topic, key, envelopes.write(envelopes.wrap(key, version, Instant.now(), payload)));
        }
    }

    private static HouseholdRollChanged.Household h(String id, String owner) {
        return new HouseholdRollChanged.Household(id, "1", Integer.parseInt(id.substring(4, 5)), id.substring(4),
                new BigDecimal("100.00"), "owner-" + owner);
    }

    private static String code(String first17) {
        return first17 + org.renewal.platform.rules.CreditCode.checkFor(first17);
    }
}
