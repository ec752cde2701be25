package org.renewal.project.project;

import org.renewal.platform.rules.CreditCode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.renewal.contracts.EventPayload;
import org.renewal.contracts.governance.GovernanceReady;
import org.renewal.contracts.governance.SatisfactionPublished;
import org.renewal.contracts.governance.GovernanceTopics;
import org.renewal.contracts.plan.PlanApproved;
import org.renewal.contracts.plan.PlanTopics;
import org.renewal.contracts.project.ProjectTopics;
import org.renewal.platform.embedded.TestIssuer;
import org.renewal.platform.events.EventEnvelopes;
import org.renewal.platform.test.EmbeddedInfrastructure;
import org.renewal.platform.test.Http;
import org.renewal.platform.test.RawProducer;
import org.renewal.platform.test.ServiceIntegrationTest;
import org.renewal.platform.test.TopicProbe;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;

/** From plan.PlanApproved to project.ProjectHandedOver through the API, each step by its role. */
@ServiceIntegrationTest
class ProjectJourneyIT {

    static final String CONTRACTOR = code("91220302MA00000C1");
    static final String SUPERVISOR = code("91220302MA00000T1");
    static final String DESIGNER = code("91220302MA00000D1");

    @LocalServerPort
    int port;

    @Autowired
    EventEnvelopes envelopes;

    @Autowired
    MongoTemplate mongo;

    String planId;
    String community;
    String path;
    Http office;

    @BeforeEach
    void setUp() {
        planId = UUID.randomUUID().toString();
        community = UUID.randomUUID().toString();
        path = "/api/project/projects/" + planId;
        office = Http.at(port).as(TestIssuer.get().districtOffice("220302"));
    }

    @Test
    void fromApprovedPlanToHandover() {
        approvePlan(2);
        approvePlan(2);
        await().atMost(Duration.ofSeconds(30)).until(() -> office.get(path).status() == 200);
        assertThat(mongo.getCollection("projects").countDocuments(new org.bson.Document("_id", planId))).isEqualTo(1);
        JsonNode project = office.get(path).json();
        assertThat(project.get("stage").asString()).isEqualTo("APPROVED");
        assertThat(project.get("items")).hasSize(2);

        // units: a bad credit code is refused; no start without contractor and supervisor
        var bad = office.post(path + "/tenders", tender("CONTRACTOR", "91220302MA00000C1X"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors").get(0).get("field").asString()).isEqualTo("unit.creditCode");
        assertThat(office.post(path + "/tenders", tender("CONTRACTOR", CONTRACTOR)).status()).isEqualTo(200);
        var early = office.post(path + "/start", "{\"startedOn\":\"2026-03-01\"}");
        assertThat(early.json().get("code").asString()).isEqualTo("UNIT_NOT_CONTRACTED");
        ok(office.post(path + "/tenders", tender("SUPERVISION", SUPERVISOR)));
        ok(office.post(path + "/tenders", tender("DESIGN", DESIGNER)));
        Http contractor = unit(CONTRACTOR);
        assertThat(contractor.post(path + "/items/ROOF_WATERPROOFING@all/progress", "{\"percent\":10}").json()
                .get("code").asString()).isEqualTo("PROJECT_NOT_STARTED");
        var started = office.post(path + "/start", "{\"startedOn\":\"2026-03-01\"}");
        assertThat(started.status()).as(started.body()).isEqualTo(200);
        assertThat(started.json().get("stage").asString()).isEqualTo("UNDER_CONSTRUCTION");

        // progress: own projects only (another unit's project is not found), 0..100, backwards only with a reason
        assertThat(unit(code("91220302MA00000X1")).post(path + "/items/ROOF_WATERPROOFING@all/progress",
                "{\"percent\":10}").status()).isEqualTo(404);
        assertThat(contractor.post(path + "/items/ROOF_WATERPROOFING@all/progress", "{\"percent\":101}").status())
                .isEqualTo(400);
        assertThat(unit(DESIGNER).post(path + "/items/ROOF_WATERPROOFING@all/progress", "{\"percent\":10}").status())
                .isEqualTo(403);
        ok(contractor.post(path + "/items/ROOF_WATERPROOFING@all/progress",
                "{\"percent\":60,\"actualStart\":\"2026-03-20\",\"note\":\"过半\"}"));
        var backwards = contractor.post(path + "/items/ROOF_WATERPROOFING@all/progress", "{\"percent\":40}");
        assertThat(backwards.json().get("errors").get(0).get("field").asString()).isEqualTo("reason");
        assertThat(contractor.post(path + "/items/ROOF_WATERPROOFING@all/progress",
                "{\"percent\":40,\"reason\":\"返工\"}").status()).isEqualTo(200);
        ok(contractor.post(path + "/items/ROOF_WATERPROOFING@all/progress",
                "{\"percent\":100,\"actualFinish\":\"2026-06-20\"}"));
        JsonNode completed = contractor.post(path + "/items/STREET_LIGHTS@1/progress",
                "{\"percent\":100,\"actualFinish\":\"2026-09-30\"}").json();
        assertThat(completed.get("stage").asString()).isEqualTo("COMPLETED");
        assertThat(completed.get("items").get(0).get("late").asBoolean()).isFalse();
        assertThat(completed.get("items").get(1).get("late").asBoolean()).isTrue();
        assertThat(events("project.MilestoneLate")).isEqualTo(1);

        // a resident's remark and a critical finding each hold the acceptance back
        Http resident = Http.at(port).as(TestIssuer.get().token("resident-x", "RESIDENT",
                Map.of("district", "220302", "communityId", community, "householdId", "1-1-101")));
        String remarkId = resident.post(path + "/remarks", "{\"text\":\"路灯位置离窗户太近\"}").json()
                .get("remarks").get(0).get("id").asString();
        Http bureau = Http.at(port).as(TestIssuer.get().token("housing-1", "HOUSING_BUREAU", Map.of("district", "220302")));
        assertThat(bureau.post(path + "/acceptances", "{}").json().get("code").asString()).isEqualTo("REMARKS_UNANSWERED");
        ok(office.post(path + "/remarks/" + remarkId + "/answer", "{\"text\":\"已调整灯杆位置\"}"));
        String findingId = bureau.post(path + "/findings", """
                {"severity":"CRITICAL","description":"路灯接地不良","lineId":"STREET_LIGHTS@1","responsible":"CONTRACTOR",
                 "deadline":"2026-10-10"}""").json().get("findings").get(0).get("id").asString();
        assertThat(bureau.post(path + "/acceptances", "{}").json().get("code").asString()).isEqualTo("CRITICAL_FINDING_OPEN");
        assertThat(unit(DESIGNER).post(path + "/findings/" + findingId + "/closure", "{\"evidence\":\"x\"}").status())
                .isEqualTo(403);
        ok(contractor.post(path + "/findings/" + findingId + "/closure", "{\"evidence\":\"已重做接地并检测合格\"}"));

        // evaluation and handover wait for the acceptance
        Http city = Http.at(port).as(TestIssuer.get().cityOffice());
        assertThat(city.post(path + "/evaluation", evaluation()).json().get("code").asString())
                .isEqualTo("PROJECT_NOT_ACCEPTED");

        // acceptance 1: the owners fail it with a punch item; acceptance 2 passes
        assertThat(bureau.post(path + "/acceptances", "{\"date\":\"2026-10-20\"}").status()).isEqualTo(200);
        Http street = Http.at(port).as(TestIssuer.get().token("street-1", "STREET",
                Map.of("district", "220302", "street", "220302001")));
        Http committee = Http.at(port).as(TestIssuer.get().token("committee-1", "OWNERS_COMMITTEE",
                Map.of("district", "220302", "communityId", community)));
        assertThat(contractor.put(path + "/acceptances/1/signatures/DESIGN", pass()).status()).isEqualTo(403);
        signAll(1, street, committee, "{\"passed\":false,\"punchItems\":[\"2号楼雨水管脱落\"]}");
        JsonNode failed = office.get(path).json();
        assertThat(failed.get("acceptances").get(0).get("outcome").asString()).isEqualTo("FAILED");
        assertThat(failed.get("stage").asString()).isEqualTo("COMPLETED");
        assertThat(street.put(path + "/acceptances/1/signatures/STREET", pass()).status()).isEqualTo(422);

        ok(bureau.post(path + "/acceptances", "{\"date\":\"2026-11-05\"}"));
        assertThat(street.put(path + "/acceptances/2/signatures/STREET", pass()).status()).isEqualTo(200);
        assertThat(street.put(path + "/acceptances/2/signatures/STREET", pass()).status()).isEqualTo(409);
        ok(street.put(path + "/acceptances/2/signatures/COMMUNITY", pass()));
        ok(committee.put(path + "/acceptances/2/signatures/OWNERS", pass()));
        unit(DESIGNER).put(path + "/acceptances/2/signatures/DESIGN", pass());
        unit(SUPERVISOR).put(path + "/acceptances/2/signatures/SUPERVISION", pass());
        JsonNode accepted = contractor.put(path + "/acceptances/2/signatures/CONTRACTOR", pass()).json();
        assertThat(accepted.get("stage").asString()).isEqualTo("ACCEPTED");

        // the satisfaction part waits for the residents' published evaluation, then is taken from it
        assertThat(city.post(path + "/evaluation", evaluation()).json().get("code").asString())
                .isEqualTo("SATISFACTION_NOT_PUBLISHED");
        assertThat(city.get(path + "/resident-satisfaction").status()).isEqualTo(404);
        publish(GovernanceTopics.COMMUNITY, community, 1, new SatisfactionPublished(community, 10, 8,
                new BigDecimal("4.52"), List.of()));
        await().atMost(Duration.ofSeconds(30)).until(() -> city.get(path + "/resident-satisfaction").status() == 200);
        // 4.52 × 20 = 90.4 → 90 points
        assertThat(city.get(path + "/resident-satisfaction").json().get("points").asInt()).isEqualTo(90);
        var override = city.post(path + "/evaluation", "{\"quality\":92,\"schedule\":85,\"cost\":88,"
                + "\"satisfaction\":70}");
        assertThat(override.status()).isEqualTo(422);
        assertThat(override.json().get("code").asString()).isEqualTo("SATISFACTION_OVERRIDE_NEEDS_REASON");
        assertThat(override.json().get("errors").get(0).get("field").asString()).isEqualTo("satisfactionOverrideReason");

        JsonNode evaluated = city.post(path + "/evaluation", evaluation()).json();
        // 92×40% + 85×20% + 90×30% + 88×10% = 89.60 → GOOD
        assertThat(evaluated.get("evaluation").get("score").decimalValue()).isEqualByComparingTo("89.60");
        assertThat(evaluated.get("evaluation").get("grade").asString()).isEqualTo("GOOD");
        assertThat(evaluated.get("evaluation").get("satisfactionBasis").get("source").asString()).isEqualTo("RESIDENTS");
        assertThat(evaluated.get("evaluation").get("satisfactionBasis").get("respondents").asInt()).isEqualTo(8);
        assertThat(city.post(path + "/evaluation", evaluation()).status()).isEqualTo(409);

        var tooEarly = office.post(path + "/handover", "{\"handedOverOn\":\"2026-11-20\"}");
        assertThat(tooEarly.json().get("code").asString()).isEqualTo("GOVERNANCE_NOT_READY");
        publish(GovernanceTopics.COMMUNITY, community, 2, new GovernanceReady(community, "OWNERS_COMMITTEE",
                LocalDate.parse("2026-08-01")));
        await().atMost(Duration.ofSeconds(30)).until(() -> office.get(path).json().get("governanceReady").asBoolean());
        assertThat(office.post(path + "/handover", "{\"handedOverOn\":\"2026-11-20\"}").json().get("stage").asString())
                .isEqualTo("HANDED_OVER");
        assertThat(events("project.ProjectHandedOver")).isEqualTo(1);
        assertThat(events("project.AcceptanceFailed")).isEqualTo(1);
        assertThat(events("project.AcceptancePassed")).isEqualTo(1);
    }

    @Autowired
    ProjectService service;

    @Test
    void anItemPastItsPlannedFinishIsAnnouncedLateOnce() {
        approvePlan(1);
        await().atMost(Duration.ofSeconds(30)).until(() -> office.get(path).status() == 200);
        ok(office.post(path + "/tenders", tender("CONTRACTOR", CONTRACTOR)));
        ok(office.post(path + "/tenders", tender("SUPERVISION", SUPERVISOR)));
        ok(office.post(path + "/start", "{\"startedOn\":\"2026-03-01\"}"));

        service.announceLate();
        service.announceLate();

        // the street lights were due 2026-08-31 and nobody reported them finished; the roof is due in a year
        assertThat(events("project.MilestoneLate")).isEqualTo(1);
        assertThat(office.get(path).json().get("items").get(1).get("late").asBoolean()).isTrue();
    }

    @Test
    void othersSeeOnlyTheirOwnProjects() {
        approvePlan(1);
        await().atMost(Duration.ofSeconds(30)).until(() -> office.get(path).status() == 200);

        assertThat(Http.at(port).as(TestIssuer.get().districtOffice("220303")).get(path).status()).isEqualTo(404);
        assertThat(unit(CONTRACTOR).get(path).status()).isEqualTo(404);
        assertThat(Http.at(port).as(TestIssuer.get().resident("220302", "1-1-101")).get(path).status()).isEqualTo(404);
        assertThat(Http.at(port).as(TestIssuer.get().token("housing-1", "HOUSING_BUREAU", Map.of("district", "220302")))
                .post(path + "/start", "{\"startedOn\":\"2026-03-01\"}").status()).isEqualTo(403);
    }

    private void signAll(int attempt, Http street, Http committee, String owners) {
        ok(street.put(path + "/acceptances/" + attempt + "/signatures/STREET", pass()));
        ok(street.put(path + "/acceptances/" + attempt + "/signatures/COMMUNITY", pass()));
        ok(committee.put(path + "/acceptances/" + attempt + "/signatures/OWNERS", owners));
        unit(DESIGNER).put(path + "/acceptances/" + attempt + "/signatures/DESIGN", pass());
        unit(SUPERVISOR).put(path + "/acceptances/" + attempt + "/signatures/SUPERVISION", pass());
        unit(CONTRACTOR).put(path + "/acceptances/" + attempt + "/signatures/CONTRACTOR", pass());
    }

    private long events(String type) {
        return TopicProbe.await(EmbeddedInfrastructure.get().kafkaBootstrapServers(), ProjectTopics.PROJECT,
                r -> planId.equals(r.key()) && r.value().contains("\"" + type + "\""), Integer.MAX_VALUE,
                Duration.ofSeconds(3)).size();
    }

    private static String pass() {
        return "{\"passed\":true,\"remarks\":\"同意\"}";
    }

    private static String evaluation() {
        return "{\"quality\":92,\"schedule\":85,\"cost\":88}";
    }

    private static String tender(String role, String creditCode) {
        return """
                {"role":"%s","method":"OPEN","tenderDate":"2026-02-01","unit":{"name":"%s单位","creditCode":"%s",
                 "contact":"王工"},"contractAmount":5000000,"contractNo":"HT-%s"}""".formatted(role, role, creditCode, role);
    }

    private Http unit(String creditCode) {
        return Http.at(port).as(TestIssuer.get().token("unit-" + creditCode, "UNIT",
                Map.of("district", "220302", "unitId", creditCode)));
    }

    /** The plan: a roof for the whole community (due in a year) and street lights for building 1 (due 2026-08-31). */
    private void approvePlan(long version) {
        publish(PlanTopics.PLAN, planId, version, new PlanApproved(planId, community, "项目小区", "220302", "220302001", 2,
                List.of(new PlanApproved.Item("ROOF_WATERPROOFING@all", "ROOF_WATERPROOFING", "屋面防水",
                                new BigDecimal("500.00"), "m2", 8000, 4_000_000, List.of(), List.of(),
                                LocalDate.parse("2026-03-15"), LocalDate.now().plusYears(1)),
                        new PlanApproved.Item("STREET_LIGHTS@1", "STREET_LIGHTS", "路灯", new BigDecimal("2"), "set",
                                500_000, 1_000_000, List.of("1"), List.of(), LocalDate.parse("2026-07-01"),
                                LocalDate.parse("2026-08-31"))),
                5_000_000, List.of(new PlanApproved.Source("GOVERNMENT_DISTRICT", null, null, 5_000_000)),
                List.of("1", "2"), 40, new BigDecimal("2400.00")));
    }

    private void publish(String topic, String key, long version, EventPayload payload) {
        try (RawProducer producer = new RawProducer(EmbeddedInfrastructure.get().kafkaBootstrapServers())) {
            producer.send(topic, key, envelopes.write(envelopes.wrap(key, version, Instant.now(), payload)));
        }
    }

    private static String code(String first17) {
        return first17 + CreditCode.checkFor(first17);
    }

    /** A set-up step that must succeed: its answer is checked, never ignored. */
    private static Http.Response ok(Http.Response response) {
        assertThat(response.status()).as(response.body()).isBetween(200, 299);
        return response;
    }
}
