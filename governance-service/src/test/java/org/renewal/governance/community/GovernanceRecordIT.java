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
import org.renewal.contracts.plan.OwnerVoteClosed;
import org.renewal.contracts.plan.PlanApproved;
import org.renewal.contracts.plan.PlanTopics;
import org.renewal.contracts.project.AcceptancePassed;
import org.renewal.contracts.project.ProjectHandedOver;
import org.renewal.contracts.project.ProjectTopics;
import org.renewal.contracts.survey.CommunityFacts;
import org.renewal.contracts.survey.CommunityRegistered;
import org.renewal.contracts.survey.CommunityUpdated;
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
        // one building; owners: A holds 1-1-101 and 1-1-102 (200 m²); B..F one unit of 100 m² each: 6 owners, 700 m²
        publish(SurveyTopics.COMMUNITY, community, surveyVersion.incrementAndGet(), registered("1"));
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
    void anElectionOpensOnlyOnEveryBuildingsRollFixesItsElectorateAndMayBeCancelled() {
        assertThat(street.put(path + "/preparatory-group", """
                {"chair":"街道办 王主任","formedOn":"2026-05-10","members":[{"name":"a","position":"组员"},
                 {"name":"b","position":"组员"},{"name":"c","position":"组员"}]}""").status()).isEqualTo(200);
        // survey now registers a second building, whose roll has not arrived
        publish(SurveyTopics.COMMUNITY, community, surveyVersion.incrementAndGet(), updated("1", "2"));
        String election = """
                {"seats":3,"termYears":5,"candidates":[{"householdId":"1-1-101","name":"张甲"}]}""";
        await().atMost(Duration.ofSeconds(30)).until(() -> "ELECTORATE_INCOMPLETE".equals(
                street.post(path + "/committee-elections", election).json().path("code").asString()));
        var incomplete = street.post(path + "/committee-elections", election);
        assertThat(incomplete.status()).isEqualTo(422);
        assertThat(incomplete.json().get("detail").asString()).contains("2");

        publish(SurveyTopics.COMMUNITY, community, surveyVersion.incrementAndGet(), new HouseholdRollChanged(community,
                "2", List.of(new HouseholdRollChanged.Household("2-1-101", "1", 1, "101", new BigDecimal("80.50"),
                        "owner-G")), new BigDecimal("80.50")));
        await().atMost(Duration.ofSeconds(30)).until(() -> street.post(path + "/committee-elections", election)
                .status() == 200);

        JsonNode opened = street.get(path).json().get("election");
        assertThat(opened.get("buildings")).extracting(JsonNode::asString).containsExactly("1", "2");
        assertThat(opened.get("electorateOwners").asInt()).isEqualTo(7);
        assertThat(opened.get("electorateArea").decimalValue()).isEqualByComparingTo("780.50");
        street.put(path + "/committee-elections/current/ballots/2-1-101", "{\"candidates\":[\"1-1-101\"]}");
        JsonNode turnout = street.get(path).json().get("election").get("turnout");
        assertThat(turnout.get("turnoutByArea").get("numerator").asString()).isEqualTo("80.50");
        assertThat(turnout.get("turnoutByArea").get("denominator").asString()).isEqualTo("780.50");
        assertThat(turnout.get("turnoutByOwners").get("numerator").asString()).isEqualTo("1");
        assertThat(turnout.get("valid").asBoolean()).isFalse();
        JsonNode electorate = street.get(path + "/committee-elections/current/electorate").json();
        assertThat(electorate).hasSize(7);
        assertThat(electorate.findValues("voted")).filteredOn(JsonNode::asBoolean).hasSize(1);
        assertThat(Http.at(port).as(resident("1-1-101")).get(path + "/committee-elections/current/electorate")
                .status()).isEqualTo(403);

        // a roll changing after the opening does not change the electorate
        publish(SurveyTopics.COMMUNITY, community, surveyVersion.incrementAndGet(), new HouseholdRollChanged(community,
                "2", List.of(), BigDecimal.ZERO));
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).until(() -> street.get(path).json()
                .get("election").get("electorateOwners").asInt() == 7);

        assertThat(street.post(path + "/committee-elections/current/cancellation", "{}").status()).isEqualTo(400);
        JsonNode cancelled = street.post(path + "/committee-elections/current/cancellation",
                "{\"reason\":\"2号楼户册有误，重新核对后另行选举\"}").json().get("election");
        assertThat(cancelled.get("status").asString()).isEqualTo("CANCELLED");
        assertThat(cancelled.get("cancellation").get("reason").asString()).isEqualTo("2号楼户册有误，重新核对后另行选举");
        assertThat(street.post(path + "/committee-elections/current/closing", "").json().get("code").asString())
                .isEqualTo("NO_OPEN_ELECTION");
        // building 2's roll is now empty: no new election until it is set again
        await().atMost(Duration.ofSeconds(30)).until(() -> "ELECTORATE_INCOMPLETE".equals(
                street.post(path + "/committee-elections", election).json().path("code").asString()));
    }

    @Test
    void thePropertyManagerIsEngagedOnlyOnAPassedOwnersVoteOfItsMatter() {
        String manager = """
                {"mode":"RED_PROPERTY","company":"四平市红心物业","creditCode":"%s","contractStart":"2026-10-01",
                 "contractEnd":"2029-09-30","earlyInvolvement":true,"monthlyFeePerM2":50%s}""";
        String hire = UUID.randomUUID().toString();
        String failed = UUID.randomUUID().toString();
        String renovation = UUID.randomUUID().toString();
        String elsewhere = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();
        publishVote(hire, community, "HIRE_PROPERTY_MANAGEMENT", true);
        publishVote(failed, community, "HIRE_PROPERTY_MANAGEMENT", false);
        publishVote(renovation, community, "RENOVATION", true);
        publishVote(elsewhere, UUID.randomUUID().toString(), "HIRE_PROPERTY_MANAGEMENT", true);
        publishVote(second, community, "HIRE_PROPERTY_MANAGEMENT", true);
        await().atMost(Duration.ofSeconds(30)).until(() -> street.get(path + "/owners-decisions").json().size() == 4);

        assertThat(street.put(path + "/property-manager", manager.formatted(code("91220302MA0000003"), ""))
                .status()).as("no decision named").isEqualTo(400);
        for (var refused : Map.of(UUID.randomUUID().toString(), "manager.decisionNotFound",
                elsewhere, "manager.decisionNotFound", failed, "manager.decisionNotPassed",
                renovation, "manager.decisionWrongMatter").entrySet()) {
            var response = street.put(path + "/property-manager", manager.formatted(code("91220302MA0000003"),
                    decision(refused.getKey())));
            assertThat(response.status()).as(refused.getValue()).isEqualTo(422);
            assertThat(response.json().get("code").asString()).isEqualTo("OWNERS_DECISION_NOT_VALID");
            assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("ownersDecision.voteId");
        }
        JsonNode engaged = street.put(path + "/property-manager", manager.formatted(code("91220302MA0000003"),
                decision(hire))).json();
        assertThat(engaged.get("propertyManager").get("decision").get("voteId").asString()).isEqualTo(hire);
        assertThat(engaged.get("propertyManager").get("decision").get("yesOwners").asInt()).isEqualTo(5);
        assertThat(street.put(path + "/property-manager", manager.formatted(code("91220302MA0000004"),
                decision(hire))).json().get("code").asString()).isEqualTo("OWNERS_DECISION_ALREADY_USED");
        JsonNode replaced = street.put(path + "/property-manager", manager.formatted(code("91220302MA0000004"),
                decision(second))).json();
        assertThat(replaced.get("pastManagers")).hasSize(1);
        assertThat(events("governance.PropertyManagerEngaged")).isEqualTo(2);
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
        assertThat(street.put(path + "/property-manager", manager.formatted("91220302MA00000030",
                decision(UUID.randomUUID().toString()))).status()).isEqualTo(400);

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

    private static String decision(String voteId) {
        return ",\"ownersDecision\":{\"voteId\":\"" + voteId + "\"}";
    }

    /** plan-service closed an owners' vote: 9 of 9 owners took part (900 m²), 5 (500 m²) agreed, or 3 (300 m²). */
    private void publishVote(String voteId, String communityId, String matter, boolean passed) {
        publish(PlanTopics.VOTE, voteId, 1, new OwnerVoteClosed(voteId, communityId, matter, null, null, true, passed,
                new BigDecimal("900.00"), 9, new BigDecimal("900.00"), 9, new BigDecimal(passed ? "500.00" : "300.00"),
                passed ? 5 : 3));
    }

    private CommunityRegistered registered(String... buildings) {
        return new CommunityRegistered(community, "治理小区", "220302", "220302001", null, 1995, "REFORMED_PUBLIC_HOUSING",
                buildings(buildings), buildings.length, 7, new BigDecimal("900.00"), null, null);
    }

    private CommunityUpdated updated(String... buildings) {
        return new CommunityUpdated(community, "治理小区", "220302", "220302001", null, 1995, "REFORMED_PUBLIC_HOUSING",
                buildings(buildings), buildings.length, 8, new BigDecimal("980.50"), null, null);
    }

    private static List<CommunityFacts.Building> buildings(String... numbers) {
        return java.util.Arrays.stream(numbers).map(n -> new CommunityFacts.Building(n, 6, 2, 7,
                new BigDecimal("450.00"), false)).toList();
    }

    private static HouseholdRollChanged.Household h(String id, String owner) {
        return new HouseholdRollChanged.Household(id, "1", Integer.parseInt(id.substring(4, 5)), id.substring(4),
                new BigDecimal("100.00"), "owner-" + owner);
    }

    private static String code(String first17) {
        return first17 + org.renewal.platform.rules.CreditCode.checkFor(first17);
    }
}
