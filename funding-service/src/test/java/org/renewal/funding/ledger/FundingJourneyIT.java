package org.renewal.funding.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.renewal.contracts.EventPayload;
import org.renewal.contracts.funding.FundingTopics;
import org.renewal.contracts.plan.PlanApproved;
import org.renewal.contracts.plan.PlanTopics;
import org.renewal.contracts.project.AcceptancePassed;
import org.renewal.contracts.project.ProgressReported;
import org.renewal.contracts.project.ProjectEvaluated;
import org.renewal.contracts.project.ProjectTopics;
import org.renewal.contracts.project.UnitContracted;
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

/** A project's money from plan to reward through the API, fed by the other services' real events. */
@ServiceIntegrationTest
class FundingJourneyIT {

    static final String UNIT = "CONTRACTOR:91220302MA0000000Q";

    @LocalServerPort
    int port;

    @Autowired
    EventEnvelopes envelopes;

    @Autowired
    FundingService service;

    String project;
    String community;
    String path;
    Http finance;
    RawProducer producer;
    final AtomicLong projectVersion = new AtomicLong();

    @BeforeEach
    void setUp() {
        project = UUID.randomUUID().toString();
        community = UUID.randomUUID().toString();
        path = "/api/funding/funding-plans/" + project;
        finance = Http.at(port).as(TestIssuer.get().token("finance-1", "FINANCE", Map.of("district", "220302")));
        producer = new RawProducer(EmbeddedInfrastructure.get().kafkaBootstrapServers());
        publish(SurveyTopics.COMMUNITY, community, 1, new HouseholdRollChanged(community, "1", List.of(
                household("1-1-101", 1, "60.00"), household("1-1-201", 2, "70.00"), household("1-1-301", 3, "80.00"),
                household("1-1-401", 4, "90.00")), new BigDecimal("300.00")));
        publish(PlanTopics.PLAN, project, 1, new PlanApproved(project, community, "资金小区", "220302", "220302001", 1,
                List.of(new PlanApproved.Item("ROOF_WATERPROOFING@all", "ROOF_WATERPROOFING", "屋面防水",
                        new BigDecimal("1250"), "m2", 8000, 10_000_000, List.of(), List.of(), LocalDate.parse("2026-04-01"),
                        LocalDate.parse("2026-09-30"))),
                10_000_000, List.of(new PlanApproved.Source("GOVERNMENT_DISTRICT", null, null, 8_000_000),
                        new PlanApproved.Source("RESIDENTS", null, null, 1_500_000),
                        new PlanApproved.Source("UTILITY_OPERATOR", "四平市供水公司", "WATER", 500_000)),
                List.of("1"), 4, new BigDecimal("300.00")));
        await().atMost(Duration.ofSeconds(30)).until(() -> finance.get(path).status() == 200);
    }

    @AfterEach
    void tearDown() {
        producer.close();
    }

    @Test
    void moneyGoesFromPledgeToRewardAndTheLedgerAlwaysBalances() {
        String district = "GOVERNMENT_DISTRICT:区级财政";
        var pledge = money("pledges", "p-1", district, 8_000_000);
        assertThat(pledge.status()).as(pledge.body()).isEqualTo(200);
        var retry = money("pledges", "p-1", district, 8_000_000);
        assertThat(retry.json().get("id").asString()).isEqualTo(pledge.json().get("id").asString());
        assertThat(money("pledges", "p-1", district, 7_000_000).status()).isEqualTo(422);
        assertBalanced();
        assertThat(statement().get("pledged").asLong()).isEqualTo(8_000_000);

        assertThat(money("receipts", "r-1", district, 5_000_000).status()).isEqualTo(200);
        assertThat(money("receipts", "r-2", district, 3_000_001).json().get("code").asString())
                .isEqualTo("RECEIPT_EXCEEDS_PLEDGE");
        assertBalanced();

        // disbursements: only to a unit under contract, within what its works earned, never beyond the cash
        assertThat(disburse("d-0", 1).json().get("code").asString()).isEqualTo("UNIT_NOT_UNDER_CONTRACT");
        publishProject(new UnitContracted(project, "CONTRACTOR", "某建筑公司", "91220302MA0000000Q", 6_000_000, "HT-1"));
        publishProject(new ProgressReported(project, "ROOF_WATERPROOFING@all", 50, LocalDate.parse("2026-04-03"), null,
                new BigDecimal("50.00")));
        await().atMost(Duration.ofSeconds(30)).until(() -> statement().get("progressPercent").decimalValue()
                .compareTo(new BigDecimal("50.00")) == 0 && statement().get("units").size() == 1);
        assertThat(disburse("d-1", 3_000_001).json().get("code").asString()).isEqualTo("EXCEEDS_EARNED");
        assertThat(disburse("d-2", 3_000_000).status()).isEqualTo(200);
        publishProject(new AcceptancePassed(project, community, 1, LocalDate.parse("2026-10-20")));
        await().atMost(Duration.ofSeconds(30)).until(() -> statement().get("accepted").asBoolean());
        assertThat(disburse("d-3", 2_000_001).json().get("code").asString()).isEqualTo("INSUFFICIENT_FUNDS");
        assertThat(disburse("d-4", 3_000_001).json().get("code").asString()).isEqualTo("INSUFFICIENT_FUNDS");
        assertThat(statement().get("cash").asLong()).isEqualTo(2_000_000);
        assertBalanced();

        // corrections reverse, never edit; once each; never into an overdraft
        String wrong = money("pledges", "p-2", "UTILITY_OPERATOR:四平市供水公司", 50_000_000).json().get("id").asString();
        var reversal = finance.post(path + "/reversals", "{\"entryId\":\"" + wrong + "\",\"date\":\"2026-05-01\","
                + "\"memo\":\"=HYPERLINK(\\\"http://evil.example\\\",\\\"多录一个零\\\")\"}", "Idempotency-Key", "fix-1");
        assertThat(reversal.status()).as(reversal.body()).isEqualTo(200);
        assertThat(finance.post(path + "/reversals", "{\"entryId\":\"" + wrong + "\",\"date\":\"2026-05-01\","
                + "\"memo\":\"again\"}", "Idempotency-Key", "fix-2").status()).isEqualTo(409);
        String receipt = entryId("RECEIPT");
        assertThat(finance.post(path + "/reversals", "{\"entryId\":\"" + receipt + "\",\"date\":\"2026-05-01\","
                + "\"memo\":\"x\"}", "Idempotency-Key", "fix-3").json().get("code").asString()).isEqualTo("INSUFFICIENT_FUNDS");
        assertThat(source(statement(), "UTILITY_OPERATOR:四平市供水公司").get("pledged").asLong()).isZero();
        assertBalanced();

        // the reward from the evaluation grade, once
        publishProject(new ProjectEvaluated(project, community, "220302", new BigDecimal("89.60"), "GOOD"));
        publishProject(new ProjectEvaluated(project, community, "220302", new BigDecimal("89.60"), "GOOD"));
        await().atMost(Duration.ofSeconds(30)).until(() -> "GOOD".equals(statement().get("rewardGrade").asString()));
        assertThat(source(statement(), "REWARD_INSTEAD_OF_SUBSIDY:市财政（以奖代补）").get("pledged").asLong())
                .isEqualTo(600_000);
        var rewards = TopicProbe.await(EmbeddedInfrastructure.get().kafkaBootstrapServers(), FundingTopics.FUNDING,
                r -> project.equals(r.key()) && r.value().contains("funding.RewardGranted"), 2, Duration.ofSeconds(5));
        assertThat(rewards).hasSize(1);
        assertBalanced();

        // programme totals per channel and year; the statement as a spreadsheet
        JsonNode totals = finance.get("/api/funding/totals").json();
        assertThat(totals.toString()).contains("GOVERNMENT_DISTRICT").contains("REWARD_INSTEAD_OF_SUBSIDY");
        byte[] xlsx = finance.download(path + "/statement.xlsx");
        assertThat(xlsx).startsWith('P', 'K');
        List<String> texts = new ArrayList<>();
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            workbook.forEach(sheet -> sheet.forEach(row -> row.forEach(cell -> texts.add(cell.toString()))));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        // the memo that looks like a formula is written as text (OWASP CSV injection)
        assertThat(texts).contains("'=HYPERLINK(\"http://evil.example\",\"多录一个零\")")
                .noneMatch(text -> !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0);

        // as of an earlier date the later entries are left out
        JsonNode early = finance.get(path + "?asOf=2026-03-31").json();
        assertThat(early.get("trialBalance").get("debits").asLong()).isLessThan(statement().get("trialBalance")
                .get("debits").asLong());
    }

    @Test
    void projectEventsApplyOnlyForwardSoAnOlderOneRedeliveredChangesNothing() {
        UnitContracted first = new UnitContracted(project, "CONTRACTOR", "某建筑公司", "91220302MA0000000Q", 6_000_000, "HT-1");
        ProgressReported thirty = new ProgressReported(project, "ROOF_WATERPROOFING@all", 30, LocalDate.parse("2026-04-03"),
                null, new BigDecimal("30.00"));
        publish(ProjectTopics.PROJECT, project, 1, first);
        publish(ProjectTopics.PROJECT, project, 2, thirty);
        publish(ProjectTopics.PROJECT, project, 3, new ProgressReported(project, "ROOF_WATERPROOFING@all", 60,
                LocalDate.parse("2026-05-03"), null, new BigDecimal("60.00")));
        publish(ProjectTopics.PROJECT, project, 4, new UnitContracted(project, "CONTRACTOR", "某建筑公司",
                "91220302MA0000000Q", 7_000_000, "HT-1-补充"));
        await().atMost(Duration.ofSeconds(30)).until(() -> statement().get("units").size() == 1
                && statement().get("units").get(0).get("contractAmount").asLong() == 7_000_000);

        // versions 1 and 2 again (another replica's outbox sweep, a replay), then a newer event to know they were read
        publish(ProjectTopics.PROJECT, project, 2, thirty);
        publish(ProjectTopics.PROJECT, project, 1, first);
        publish(ProjectTopics.PROJECT, project, 5, new AcceptancePassed(project, community, 1, LocalDate.parse("2026-10-20")));
        await().atMost(Duration.ofSeconds(30)).until(() -> statement().get("accepted").asBoolean());

        JsonNode after = statement();
        assertThat(after.get("progressPercent").decimalValue()).isEqualByComparingTo("60.00");
        assertThat(after.get("units").get(0).get("contractAmount").asLong()).isEqualTo(7_000_000);
    }

    @Test
    void anApprovedPlanWithImpossibleAmountsGoesToTheDeadLettersAndOpensNothing() {
        String bad = UUID.randomUUID().toString();
        // in plain long addition these sources "add up" to the cost of 800,000 fen
        publish(PlanTopics.PLAN, bad, 1, new PlanApproved(bad, community, "溢出小区", "220302", "220302001", 1, List.of(),
                800_000, List.of(new PlanApproved.Source("GOVERNMENT_DISTRICT", null, null, Long.MAX_VALUE),
                        new PlanApproved.Source("GOVERNMENT_CITY", null, null, Long.MAX_VALUE),
                        new PlanApproved.Source("RESIDENTS", null, null, 800_002)), List.of("1"), 4,
                new BigDecimal("300.00")));

        var dead = TopicProbe.await(EmbeddedInfrastructure.get().kafkaBootstrapServers(), PlanTopics.PLAN + ".DLT",
                r -> bad.equals(r.key()), 1, Duration.ofSeconds(30));
        assertThat(dead).hasSize(1);
        assertThat(finance.get("/api/funding/funding-plans/" + bad).status()).isEqualTo(404);

        // a progress report beyond 100 % is refused the same way, and the plan keeps its figure
        publish(ProjectTopics.PROJECT, project, 1, new ProgressReported(project, "ROOF_WATERPROOFING@all", 50,
                LocalDate.parse("2026-04-03"), null, new BigDecimal("1000000")));
        assertThat(TopicProbe.await(EmbeddedInfrastructure.get().kafkaBootstrapServers(), ProjectTopics.PROJECT + ".DLT",
                r -> project.equals(r.key()), 1, Duration.ofSeconds(30))).hasSize(1);
        assertThat(statement().get("progressPercent").decimalValue()).isZero();
    }

    @Test
    void badMoneyIsRefusedAndTheLedgerIsUnchanged() {
        String district = "GOVERNMENT_DISTRICT:区级财政";
        assertThat(finance.post(path + "/pledges", body(district, "0")).status()).isEqualTo(400);
        assertThat(finance.post(path + "/pledges", body(district, "-5"), "Idempotency-Key", "a").status()).isEqualTo(400);
        assertThat(finance.post(path + "/pledges", body(district, "12.5"), "Idempotency-Key", "b").status()).isEqualTo(400);
        assertThat(finance.post(path + "/pledges", body(district, "100"), "Idempotency-Key", "").status()).isEqualTo(400);
        var unknown = finance.post(path + "/pledges", body("GOVERNMENT_CENTRAL:中央财政", "100"), "Idempotency-Key", "c");
        assertThat(unknown.json().get("errors").get(0).get("field").asString()).isEqualTo("source");
        var channel = finance.post(path + "/pledges", body("NOT_A_CHANNEL:x", "100"), "Idempotency-Key", "d");
        assertThat(channel.status()).isEqualTo(400);
        assertThat(Http.at(port).as(TestIssuer.get().districtOffice("220302")).post(path + "/pledges",
                body(district, "100"), "Idempotency-Key", "e").status()).isEqualTo(200);
        assertThat(Http.at(port).as(TestIssuer.get().cityOffice()).post(path + "/pledges", body(district, "100"),
                "Idempotency-Key", "f").status()).isEqualTo(403);

        assertThat(statement().get("entries")).hasSize(1);
        assertBalanced();
    }

    @Test
    void residentSharesSumExactlyAndAHouseholdSeesOnlyItsOwn() {
        String residents = "RESIDENTS:居民出资";
        money("pledges", "p-r", residents, 1_500_000);
        var preview = finance.post(path + "/shares/preview", """
                {"source":"%s","method":"AREA","amount":1000001}""".formatted(residents)).json();
        assertThat(preview.get("id").isNull()).as("a preview is not kept").isTrue();
        assertThat(finance.get(path + "/shares").json()).as("nothing stored").isEmpty();
        var byArea = finance.post(path + "/shares", """
                {"source":"%s","method":"AREA","amount":1000001}""".formatted(residents));
        assertThat(byArea.json().get("shares").findValues("amount")).isEqualTo(preview.get("shares").findValues("amount"));
        // each share says what it was computed from
        assertThat(byArea.json().get("shares").get(0).get("basis").get("exclusiveArea").decimalValue())
                .isEqualByComparingTo(byArea.json().get("shares").get(0).get("basis").get("weight").decimalValue());
        assertThat(byArea.status()).as(byArea.body()).isEqualTo(200);
        long sum = 0;
        for (JsonNode s : byArea.json().get("shares")) {
            sum += s.get("amount").asLong();
        }
        assertThat(sum).isEqualTo(1_000_001);
        // 60/300 of 1,000,001 = 200,000.2 → 200,000
        assertThat(byArea.json().get("shares").get(0).get("amount").asLong()).isEqualTo(200_000);

        var elevator = finance.post(path + "/shares", """
                {"source":"%s","method":"ELEVATOR","amount":499999,"elevatorBuilding":"1","elevatorEntrance":"1"}"""
                .formatted(residents));
        List<Long> amounts = new ArrayList<>();
        elevator.json().get("shares").forEach(s -> amounts.add(s.get("amount").asLong()));
        // floors 1–2 pay nothing; floor 3: 1.0 × 80 = 80, floor 4: 1.2 × 90 = 108 → quotas 212,765.53 and
        // 287,233.47; floors sum to 499,998, the fen left goes to the larger remainder (floor 3)
        assertThat(amounts).containsExactly(0L, 0L, 212_766L, 287_233L);

        String setId = byArea.json().get("id").asString();
        Http resident = Http.at(port).as(TestIssuer.get().token("resident-301", "RESIDENT",
                Map.of("district", "220302", "communityId", community, "householdId", "1-1-301")));
        JsonNode mine = resident.get(path + "/shares/mine").json();
        assertThat(mine).hasSize(2);
        assertThat(mine.get(0).get("householdId").asString()).isEqualTo("1-1-301");
        assertThat(resident.get(path + "/shares").status()).isEqualTo(403);

        var paid = finance.post(path + "/shares/" + setId + "/payments/1-1-301", "{\"amount\":266667,\"date\":\"2026-03-20\"}",
                "Idempotency-Key", "share-301");
        assertThat(paid.status()).as(paid.body()).isEqualTo(200);
        assertThat(finance.post(path + "/shares/" + setId + "/payments/1-1-301", "{\"amount\":1,\"date\":\"2026-03-20\"}",
                "Idempotency-Key", "share-301b").json().get("code").asString()).isEqualTo("PAYMENT_EXCEEDS_SHARE");
        assertThat(resident.get(path + "/shares/mine").json().get(0).get("paid").asLong()).isEqualTo(266_667);

        // a refund to the household comes off what it paid; the source's own refund cannot take it back
        var tooMuch = finance.post(path + "/shares/" + setId + "/refunds/1-1-301", "{\"amount\":266668,"
                + "\"date\":\"2026-03-25\"}", "Idempotency-Key", "refund-301a");
        assertThat(tooMuch.json().get("code").asString()).isEqualTo("REFUND_EXCEEDS_PAID");
        assertThat(money("refunds", "refund-src", residents, 1).json().get("code").asString())
                .isEqualTo("REFUND_EXCEEDS_RECEIVED");
        var refunded = finance.post(path + "/shares/" + setId + "/refunds/1-1-301", "{\"amount\":66667,"
                + "\"date\":\"2026-03-25\",\"memo\":\"多缴退回\"}", "Idempotency-Key", "refund-301");
        assertThat(refunded.status()).as(refunded.body()).isEqualTo(200);
        assertThat(resident.get(path + "/shares/mine").json().get(0).get("paid").asLong()).isEqualTo(200_000);
        assertBalanced();
    }

    @Test
    void lateReceiptsAndShortPledgesAreAnnouncedOnce() {
        String district = "GOVERNMENT_DISTRICT:区级财政";
        money("pledges", "p-g", district, 1_000_000);
        String encoded = URLEncoder.encode(district, StandardCharsets.UTF_8).replace("+", "%20");
        assertThat(finance.put(path + "/sources/" + encoded + "/due-date", "{\"dueDate\":\"2026-01-31\"}").status())
                .isEqualTo(200);

        service.announceGaps();
        service.announceGaps();

        var gaps = TopicProbe.await(EmbeddedInfrastructure.get().kafkaBootstrapServers(), FundingTopics.FUNDING,
                r -> project.equals(r.key()) && r.value().contains("funding.FundingGapDetected"), 10, Duration.ofSeconds(5));
        List<String> kinds = gaps.stream().map(r -> envelopes.read(r.value()).payload().get("kind").asString()).toList();
        assertThat(kinds).contains("PLEDGES_SHORT", "RECEIPTS_LATE");
        assertThat(kinds.stream().filter("PLEDGES_SHORT"::equals)).hasSize(1);
        assertThat(source(statement(), district).get("late").asBoolean()).isTrue();
        assertThat(statement().get("pledgeGap").asLong()).isEqualTo(9_000_000);
    }

    /**
     * The treasury's own system (a machine client, scope funding.ledger.write, bound to its district) records a receipt
     * as an office does: a retry with the same Idempotency-Key records one entry, a receipt without a key is refused,
     * another district's plan is not found, the read scope alone may not write, and the audit trail names the client.
     */
    @Test
    void theTreasurysSystemRecordsAReceiptOnceWithinItsDistrict() {
        assertThat(money("pledges", "p-t", "GOVERNMENT_DISTRICT:区级财政", 8_000_000).status()).isEqualTo(200);
        Http treasury = Http.at(port).as(TestIssuer.get().token("treasury-220302", "INTEGRATION",
                Map.of("scope", "funding.read funding.ledger.write", "district", "220302")));
        String receipt = body("GOVERNMENT_DISTRICT:区级财政", "5000000");

        var first = treasury.post(path + "/receipts", receipt, "Idempotency-Key", "GK-2027-000123");
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        var again = treasury.post(path + "/receipts", receipt, "Idempotency-Key", "GK-2027-000123");
        assertThat(again.json().get("id").asString()).isEqualTo(first.json().get("id").asString());
        assertThat(statement().get("received").asLong()).isEqualTo(5_000_000);
        assertThat(treasury.get(path).json().get("received").asLong()).isEqualTo(5_000_000);

        var withoutKey = treasury.post(path + "/receipts", receipt);
        assertThat(withoutKey.status()).isEqualTo(400);
        assertThat(withoutKey.json().get("errors").get(0).get("field").asString()).isEqualTo("Idempotency-Key");
        Http otherDistrict = Http.at(port).as(TestIssuer.get().token("treasury-220303", "INTEGRATION",
                Map.of("scope", "funding.read funding.ledger.write", "district", "220303")));
        assertThat(otherDistrict.post(path + "/receipts", receipt, "Idempotency-Key", "x").status()).isEqualTo(404);
        Http readOnly = Http.at(port).as(TestIssuer.get().token("reader", "INTEGRATION", Map.of("scope", "funding.read")));
        assertThat(readOnly.post(path + "/receipts", receipt, "Idempotency-Key", "y").status()).isEqualTo(403);
        assertThat(treasury.post(path + "/pledges", receipt, "Idempotency-Key", "z").status()).isEqualTo(403);
        assertThat(statement().get("received").asLong()).isEqualTo(5_000_000);

        JsonNode audit = Http.at(port).as(TestIssuer.get().cityOffice())
                .get("/api/funding/audit-records?subject=treasury-220302").json();
        List<String> written = new java.util.ArrayList<>();
        audit.get("content").forEach(r -> written.add(r.get("method").asString() + " " + r.get("path").asString() + " "
                + r.get("status").asInt()));
        assertThat(written).contains("POST " + path + "/receipts 200");
    }

    private Http.Response money(String kind, String key, String source, long amount) {
        return finance.post(path + "/" + kind, body(source, Long.toString(amount)), "Idempotency-Key", key);
    }

    private Http.Response disburse(String key, long amount) {
        return finance.post(path + "/disbursements", """
                {"unit":"%s","amount":%d,"date":"2026-06-01","memo":"进度款"}""".formatted(UNIT, amount),
                "Idempotency-Key", key);
    }

    private static String body(String source, String amount) {
        return """
                {"source":"%s","amount":%s,"date":"2026-03-15","memo":"test"}""".formatted(source, amount);
    }

    private JsonNode statement() {
        return finance.get(path).json();
    }

    private void assertBalanced() {
        JsonNode trial = statement().get("trialBalance");
        assertThat(trial.get("debits").asLong()).isEqualTo(trial.get("credits").asLong());
        assertThat(trial.get("balanced").asBoolean()).isTrue();
    }

    private String entryId(String kind) {
        for (JsonNode e : statement().get("entries")) {
            if (e.get("kind").asString().equals(kind)) {
                return e.get("id").asString();
            }
        }
        throw new AssertionError("no " + kind);
    }

    private static JsonNode source(JsonNode statement, String key) {
        for (JsonNode s : statement.get("sources")) {
            if (s.get("key").asString().equals(key)) {
                return s;
            }
        }
        throw new AssertionError("no source " + key);
    }

    private void publishProject(EventPayload payload) {
        publish(ProjectTopics.PROJECT, project, projectVersion.incrementAndGet(), payload);
    }

    private void publish(String topic, String key, long version, EventPayload payload) {
        producer.send(topic, key, envelopes.write(envelopes.wrap(key, version, Instant.now(), payload)));
    }

    private static HouseholdRollChanged.Household household(String id, int floor, String area) {
        return new HouseholdRollChanged.Household(id, "1", floor, id.substring(id.lastIndexOf('-') + 1),
                new BigDecimal(area), "owner-" + id);
    }
}
