package org.renewal.plan.programme;

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

import org.junit.jupiter.api.Test;
import org.renewal.contracts.EventPayload;
import org.renewal.contracts.funding.FundingTopics;
import org.renewal.contracts.funding.FundsPledged;
import org.renewal.contracts.funding.FundsReceived;
import org.renewal.contracts.funding.FundsRefunded;
import org.renewal.contracts.funding.LedgerEntryReversed;
import org.renewal.contracts.governance.GovernanceTopics;
import org.renewal.contracts.governance.SatisfactionPublished;
import org.renewal.contracts.governance.PropertyManagerEngaged;
import org.renewal.contracts.plan.PlanApproved;
import org.renewal.contracts.plan.PlanSubmitted;
import org.renewal.contracts.plan.PlanTopics;
import org.renewal.contracts.project.AcceptancePassed;
import org.renewal.contracts.project.ProjectEvaluated;
import org.renewal.contracts.project.ProjectHandedOver;
import org.renewal.contracts.project.ProjectStarted;
import org.renewal.contracts.project.ProjectTopics;
import org.renewal.contracts.survey.CommunityFacts;
import org.renewal.contracts.survey.CommunityRegistered;
import org.renewal.contracts.survey.CommunityReserved;
import org.renewal.contracts.survey.EligibilityAssessed;
import org.renewal.contracts.survey.SurveyTopics;
import org.renewal.platform.embedded.TestIssuer;
import org.renewal.contracts.survey.CommunityUpdated;
import org.renewal.contracts.project.InspectionFindingOpened;
import org.renewal.contracts.project.MilestoneLate;
import org.renewal.contracts.project.ProgressReported;
import org.renewal.platform.events.EventEnvelope;
import org.renewal.platform.events.EventEnvelopes;
import org.renewal.platform.test.EmbeddedInfrastructure;
import org.renewal.platform.test.Http;
import org.renewal.platform.test.RawProducer;
import org.renewal.platform.test.ServiceIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The programme read model from every service's events: stages, overview, timeline, the year's batch. */
@ServiceIntegrationTest
class ProgrammeIT {

    static final String DISTRICT = "220399";

    @LocalServerPort
    int port;

    @Autowired
    EventEnvelopes envelopes;

    @Test
    void stagesMoveForwardWithEveryServicesEventsAndTheBatchRespectsTheCap() {
        Http office = Http.at(port).as(TestIssuer.get().districtOffice(DISTRICT));
        String a = UUID.randomUUID().toString();
        String b = UUID.randomUUID().toString();
        String c = UUID.randomUUID().toString();
        String plan = UUID.randomUUID().toString();
        try (RawProducer producer = new RawProducer(EmbeddedInfrastructure.get().kafkaBootstrapServers())) {
            surveyed(producer, a, "甲", 1980, "PRIORITY", "70.00");
            surveyed(producer, b, "=HYPERLINK(\"http://evil.example\",\"乙\")", 1995, "PRIORITY", "50.00");
            surveyed(producer, c, "丙", 2008, "BY_PROPORTION", "60.00");
            send(producer, PlanTopics.PLAN, plan, 1, new PlanSubmitted(plan, a, DISTRICT, 1, 100));
            EventEnvelope approved = envelope(plan, 2, new PlanApproved(plan, a, "甲", DISTRICT, DISTRICT + "001", 1,
                    List.of(), 100, List.of(), List.of("1"), 40, new BigDecimal("2400.00")));
            producer.send(PlanTopics.PLAN, plan, envelopes.write(approved));
            producer.send(PlanTopics.PLAN, plan, envelopes.write(approved));
            send(producer, ProjectTopics.PROJECT, plan, 1, new ProjectStarted(plan, a, LocalDate.parse("2026-04-01")));
            send(producer, ProjectTopics.PROJECT, plan, 2, new AcceptancePassed(plan, a, 1, LocalDate.parse("2026-10-01")));
            send(producer, ProjectTopics.PROJECT, plan, 3, new ProjectEvaluated(plan, a, DISTRICT, new BigDecimal("90"), "EXCELLENT"));
            send(producer, ProjectTopics.PROJECT, plan, 4, new ProjectHandedOver(plan, a, DISTRICT + "001",
                    LocalDate.parse("2026-11-01")));
            send(producer, GovernanceTopics.COMMUNITY, a, 5, new PropertyManagerEngaged(a, "RED_PROPERTY", "红心物业",
                    "91220302MA0000000Q", LocalDate.parse("2026-11-01"), LocalDate.parse("2029-10-31"), true));
        }
        await().atMost(Duration.ofSeconds(30)).until(() ->
                stageCount(office.get("/api/plan/programme/overview").json(), "LONG_TERM_MANAGEMENT") == 1
                        && stageCount(office.get("/api/plan/programme/overview").json(), "RESERVED") == 3);
        JsonNode overview = office.get("/api/plan/programme/overview").json();
        assertThat(stageCount(overview, "REGISTERED")).isEqualTo(3);
        assertThat(stageCount(overview, "APPROVED")).isEqualTo(1);
        assertThat(stage(overview, "RESERVED").get("households").asInt()).isEqualTo(30 + 30 + 30);
        assertThat(stage(overview, "RESERVED").get("floorArea").decimalValue()).isEqualByComparingTo("5400.00");

        List<String> types = new ArrayList<>();
        office.get("/api/plan/programme/communities/" + a + "/timeline?size=200").json().get("content")
                .forEach(t -> types.add(t.get("type").asString()));
        assertThat(types).containsSubsequence("survey.CommunityRegistered", "plan.PlanSubmitted", "plan.PlanApproved",
                "project.ProjectStarted", "project.ProjectHandedOver");
        assertThat(types.stream().filter("plan.PlanApproved"::equals)).hasSize(1);

        // the year's batch: urgency order; the post-2000 community skipped by a 0 % cap; the target of 1 reached
        office.put("/api/plan/programme/years/2026", """
                {"targets":{"communities":2,"buildings":2,"households":60,"floorArea":3600},"deadline":"2027-07-31",
                 "byProportionCapPercent":0}""");
        JsonNode batch = office.post("/api/plan/programme/years/2026/batch", "").json();
        assertThat(batch.get("batch")).extracting(JsonNode::asString).containsExactly(a, b);
        Map<String, String> skips = new java.util.HashMap<>();
        batch.get("skipped").forEach(s -> skips.put(s.get("communityId").asString(), s.get("reason").asString()));
        assertThat(skips).containsEntry(c, "BY_PROPORTION_CAP");
        JsonNode yearView = office.get("/api/plan/programme/overview?year=2026").json();
        assertThat(stageCount(yearView, "REGISTERED")).isEqualTo(2);
        assertThat(yearView.get("targets").get("communities").asInt()).isEqualTo(2);
        assertThat(Http.at(port).as(TestIssuer.get().districtOffice("220302")).get("/api/plan/programme/communities/"
                + a + "/timeline").status()).isEqualTo(404);

        // rankings by street, over the 2026 batch (a: long-term management 9, b: reserved 2): (9 + 2) / 2 of 9 = 61.11 %
        JsonNode ranking = office.get("/api/plan/programme/rankings?year=2026").json();
        assertThat(ranking.get(0).get("code").asString()).isEqualTo(DISTRICT + "001");
        assertThat(ranking.get(0).get("communities").asInt()).isEqualTo(2);
        assertThat(ranking.get(0).get("progress").decimalValue()).isEqualByComparingTo("61.11");

        // a late milestone shows as overdue, with whose duty it is
        try (RawProducer producer = new RawProducer(EmbeddedInfrastructure.get().kafkaBootstrapServers())) {
            send(producer, ProjectTopics.PROJECT, "p-" + b, 1, new org.renewal.contracts.project.MilestoneLate("p-" + b, b,
                    "ROOF_WATERPROOFING@all", LocalDate.parse("2026-06-30"), 40, "CONTRACTOR"));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> office.get("/api/plan/programme/overdue").body().contains(b));
        JsonNode overdue = office.get("/api/plan/programme/overdue?year=2026").json();
        assertThat(overdue).hasSize(1);
        assertThat(overdue.get(0).get("what").asString()).isEqualTo("LATE_MILESTONES");
        assertThat(overdue.get(0).get("responsible").asString()).isEqualTo("CONTRACTOR");

        // the statistical return reads back with the sums of the batch
        byte[] xlsx = office.download("/api/plan/programme/returns.xlsx?year=2026");
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var basic = workbook.getSheetAt(0);
            assertThat(basic.getLastRowNum()).isEqualTo(3);
            assertThat(basic.getRow(3).getCell(4).getNumericCellValue()).isEqualTo(60);
            assertThat(basic.getRow(3).getCell(5).getNumericCellValue()).isEqualTo(3600.0);
            var planSheet = workbook.getSheetAt(1);
            assertThat(planSheet.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(2);
            assertThat(planSheet.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(2);
            // a name that looks like a formula is written as text (OWASP CSV injection)
            List<String> texts = new ArrayList<>();
            workbook.forEach(sheet -> sheet.forEach(row -> row.forEach(cell -> texts.add(cell.toString()))));
            assertThat(texts).contains("'=HYPERLINK(\"http://evil.example\",\"乙\")")
                    .noneMatch(text -> !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void eachPlaceHasItsOwnYardstickAndEveryCommunityItsEarlyWarning() {
        String district = "220391"; // no other test writes this district (the store is shared by the whole build)
        int year = Supervision.today().getYear();
        Http office = Http.at(port).as(TestIssuer.get().districtOffice(district));
        Http street = Http.at(port).as(TestIssuer.get().token("street-391", "STREET",
                Map.of("district", district, "street", district + "002")));
        Http city = Http.at(port).as(TestIssuer.get().cityOffice());
        String a = UUID.randomUUID().toString();
        String b = UUID.randomUUID().toString();
        String c = UUID.randomUUID().toString();
        try (RawProducer producer = new RawProducer(EmbeddedInfrastructure.get().kafkaBootstrapServers())) {
            surveyed(producer, district, district + "001", a, "东", 1985, "PRIORITY", "70.00");
            surveyed(producer, district, district + "001", b, "南", 1986, "PRIORITY", "60.00");
            surveyed(producer, district, district + "002", c, "西", 1987, "PRIORITY", "50.00");
            send(producer, ProjectTopics.PROJECT, "p-" + b, 1, new MilestoneLate("p-" + b, b, "ROOF_WATERPROOFING@all",
                    LocalDate.parse(year + "-06-30"), 40, "CONTRACTOR"));
        }
        await().atMost(Duration.ofSeconds(30)).until(() ->
                stageCount(office.get("/api/plan/programme/overview").json(), "RESERVED") == 3
                        && office.get("/api/plan/programme/overdue").body().contains(b));
        // the deadline was yesterday: none of the three is accepted, so each is red (PAST_DEADLINE)
        office.put("/api/plan/programme/years/" + year, """
                {"targets":{"communities":5,"buildings":5,"households":150,"floorArea":9000},"deadline":"%s",
                 "byProportionCapPercent":100}""".formatted(Supervision.today().minusDays(1)));
        assertThat(office.post("/api/plan/programme/years/" + year + "/batch", "").json().get("batch")).hasSize(3);

        JsonNode ofDistrict = office.get("/api/plan/programme/overview?year=" + year).json();
        assertThat(ofDistrict.get("targetBasis").asString()).isEqualTo("DISTRICT_PROGRAMME");
        assertThat(ofDistrict.get("targets").get("communities").asInt()).isEqualTo(5);
        // a street measures against its own communities in the district's batch, not the district's target
        JsonNode ofStreet = office.get("/api/plan/programme/overview?year=" + year + "&streetCode=" + district + "001")
                .json();
        assertThat(ofStreet.get("targetBasis").asString()).isEqualTo("STREET_BATCH");
        assertThat(ofStreet.get("targets").get("communities").asInt()).isEqualTo(2);
        assertThat(ofStreet.get("targets").get("households").asInt()).isEqualTo(60);
        assertThat(stageCount(ofStreet, "REGISTERED")).isEqualTo(2);
        // a street office sees its own street whatever it asks for
        JsonNode own = street.get("/api/plan/programme/overview?year=" + year + "&streetCode=" + district + "001").json();
        assertThat(own.get("streetCode").asString()).isEqualTo(district + "002");
        assertThat(own.get("targets").get("communities").asInt()).isEqualTo(1);
        assertThat(own.get("deadline").asString()).isEqualTo(Supervision.today().minusDays(1).toString());
        // the city against the sum of every district's targets for the year
        int sum = 0;
        for (JsonNode y : city.get("/api/plan/programme/years").json()) {
            sum += y.get("year").asInt() == year ? y.get("targets").get("communities").asInt() : 0;
        }
        JsonNode ofCity = city.get("/api/plan/programme/overview?year=" + year).json();
        assertThat(ofCity.get("targetBasis").asString()).isEqualTo("CITY_SUM");
        assertThat(ofCity.get("targets").get("communities").asInt()).isEqualTo(sum).isGreaterThanOrEqualTo(5);

        // early warning per community, worst reason first, on the list and the community's own page
        var read = office.get("/api/plan/programme/communities/" + b);
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        JsonNode late = read.json();
        assertThat(late.get("warning").asString()).isEqualTo("RED");
        assertThat(late.get("warnings")).extracting(w -> w.get("reason").asString())
                .containsExactly("PAST_DEADLINE", "LATE_MILESTONES");
        assertThat(late.get("warnings").get(0).get("label").get("zh").asString()).isEqualTo("逾期未竣工验收");
        assertThat(office.get("/api/plan/programme/communities?year=" + year).json().get("content"))
                .allSatisfy(row -> assertThat(row.get("warning").asString()).isEqualTo("RED"));
        assertThat(Http.at(port).as(TestIssuer.get().districtOffice("220302")).get("/api/plan/programme/communities/"
                + b).status()).isEqualTo(404);
        assertThat(street.get("/api/plan/programme/communities/" + b).status()).isEqualTo(404);
        // and per street: both of 001's communities and 002's one are red
        JsonNode ranking = office.get("/api/plan/programme/rankings?year=" + year).json();
        assertThat(ranking).extracting(r -> r.get("code").asString() + " " + r.get("red").asInt() + " "
                + r.get("warning").asString()).containsExactlyInAnyOrder(district + "001 2 RED", district + "002 1 RED");
    }

    @Test
    void fundingPerChannelCountsEachLedgerEntryOnceAndReversalsUndoExactlyWhatTheyReverse() {
        String district = "220398";
        Http office = Http.at(port).as(TestIssuer.get().districtOffice(district));
        String a = UUID.randomUUID().toString();
        String plan = UUID.randomUUID().toString();
        try (RawProducer producer = new RawProducer(EmbeddedInfrastructure.get().kafkaBootstrapServers())) {
            surveyed(producer, district, a, "丁", 1990, "PRIORITY", "60.00");
            send(producer, PlanTopics.PLAN, plan, 1, new PlanApproved(plan, a, "丁", district, district + "001", 1,
                    List.of(), 1_000_000, List.of(new PlanApproved.Source("GOVERNMENT_DISTRICT", null, null, 700_000),
                    new PlanApproved.Source("RESIDENTS", null, null, 200_000),
                    new PlanApproved.Source("RESIDENTS", "某单位", null, 100_000)), List.of("1"), 30,
                    new BigDecimal("1800.00")));
            EventEnvelope pledge = envelope(plan, 1, new FundsPledged(plan, "e1", "GOVERNMENT_DISTRICT", "区财政",
                    700_000, LocalDate.parse("2026-03-01")));
            producer.send(FundingTopics.FUNDING, plan, envelopes.write(pledge));
            producer.send(FundingTopics.FUNDING, plan, envelopes.write(pledge));
            send(producer, FundingTopics.FUNDING, plan, 2, new FundsReceived(plan, "e2", "GOVERNMENT_DISTRICT", "区财政",
                    500_000, LocalDate.parse("2026-03-05")));
            send(producer, FundingTopics.FUNDING, plan, 3, new FundsReceived(plan, "e3", "RESIDENTS", "居民", 90_000,
                    LocalDate.parse("2026-03-06")));
            send(producer, FundingTopics.FUNDING, plan, 4, new FundsRefunded(plan, "e4", "RESIDENTS", "居民", 10_000,
                    LocalDate.parse("2026-03-07")));
            // the district receipt was booked wrongly: reversed (not edited)
            send(producer, FundingTopics.FUNDING, plan, 5, new LedgerEntryReversed(plan, "e5", "e2", "RECEIPT"));
            send(producer, ProjectTopics.PROJECT, plan, 1, new AcceptancePassed(plan, a, 1, LocalDate.parse("2026-10-01")));
            send(producer, GovernanceTopics.COMMUNITY, a, 9, new SatisfactionPublished(a, 30, 20, new BigDecimal("4.25"),
                    List.of()));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            JsonNode o = office.get("/api/plan/programme/overview").json();
            return o.get("satisfaction").get("communities").asInt() == 1
                    && channel(o, "GOVERNMENT_DISTRICT").get("received").asLong() == 0
                    && channel(o, "RESIDENTS").get("received").asLong() == 80_000
                    && o.get("completions").size() == 1;
        });
        JsonNode overview = office.get("/api/plan/programme/overview").json();
        assertThat(channel(overview, "GOVERNMENT_DISTRICT").get("planned").asLong()).isEqualTo(700_000);
        assertThat(channel(overview, "GOVERNMENT_DISTRICT").get("pledged").asLong()).isEqualTo(700_000);
        assertThat(channel(overview, "RESIDENTS").get("planned").asLong()).isEqualTo(300_000);
        assertThat(channel(overview, "RESIDENTS").get("label").get("zh").asString()).isEqualTo("居民出资");
        assertThat(overview.get("satisfaction").get("averageOverall").decimalValue()).isEqualByComparingTo("4.25");
        assertThat(overview.get("completions").get(0).get("date").asString()).isEqualTo("2026-10-01");
        assertThat(overview.get("completions").get(0).get("households").asInt()).isEqualTo(30);

        // a late item stops being overdue once it is finished
        try (RawProducer producer = new RawProducer(EmbeddedInfrastructure.get().kafkaBootstrapServers())) {
            send(producer, ProjectTopics.PROJECT, plan, 2, new org.renewal.contracts.project.MilestoneLate(plan, a,
                    "ROOF_WATERPROOFING@all", LocalDate.parse("2026-06-30"), 40, "CONTRACTOR"));
        }
        await().atMost(Duration.ofSeconds(30)).until(() ->
                office.get("/api/plan/programme/overview").json().get("withLateMilestones").asInt() == 1);
        try (RawProducer producer = new RawProducer(EmbeddedInfrastructure.get().kafkaBootstrapServers())) {
            send(producer, ProjectTopics.PROJECT, plan, 3, new org.renewal.contracts.project.ProgressReported(plan,
                    "ROOF_WATERPROOFING@all", 100, LocalDate.parse("2026-04-01"), LocalDate.parse("2026-07-10"),
                    new BigDecimal("100.00")));
        }
        await().atMost(Duration.ofSeconds(30)).until(() ->
                office.get("/api/plan/programme/overview").json().get("withLateMilestones").asInt() == 0);
        // an item announced late after it was finished (it finished late) is history, not overdue
        try (RawProducer producer = new RawProducer(EmbeddedInfrastructure.get().kafkaBootstrapServers())) {
            send(producer, ProjectTopics.PROJECT, plan, 4, new org.renewal.contracts.project.MilestoneLate(plan, a,
                    "STAIRWELL_LIGHTING@all", LocalDate.parse("2026-06-30"), 100, "CONTRACTOR"));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> office.get("/api/plan/programme/communities/" + a
                + "/timeline").body().split("project.MilestoneLate", -1).length == 3);
        // (read from the read model itself, not the refreshed figures)
        assertThat(office.get("/api/plan/programme/communities?stage=ACCEPTED").json().get("content").get(0)
                .get("lateMilestones").asInt()).isZero();

        JsonNode list = office.get("/api/plan/programme/communities?stage=ACCEPTED").json();
        assertThat(list.get("content")).hasSize(1);
        assertThat(list.get("content").get(0).get("stageLabel").get("zh").asString()).isEqualTo("已竣工验收");
        assertThat(office.get("/api/plan/programme/communities?sort=secret").status()).isEqualTo(400);
    }

    private static JsonNode channel(JsonNode overview, String channel) {
        for (JsonNode c : overview.get("funding")) {
            if (c.get("channel").asString().equals(channel)) {
                return c;
            }
        }
        throw new AssertionError(channel);
    }

    @Test
    void olderEventsRedeliveredAfterNewerOnesChangeNothing() {
        String district = "220398";
        Http office = Http.at(port).as(TestIssuer.get().districtOffice(district));
        String community = UUID.randomUUID().toString();
        String plan = UUID.randomUUID().toString();
        List<CommunityFacts.Building> buildings = List.of(new CommunityFacts.Building("1", 6, 2, 30,
                new BigDecimal("1800.00"), false));
        CommunityRegistered registered = new CommunityRegistered(community, "旧名小区", district, district + "001", null,
                1990, null, buildings, 1, 30, new BigDecimal("1800.00"), null, null);
        MilestoneLate late = new MilestoneLate(plan, community, "ROOF_WATERPROOFING@all", LocalDate.parse("2026-06-30"),
                40, "CONTRACTOR");
        try (RawProducer producer = new RawProducer(EmbeddedInfrastructure.get().kafkaBootstrapServers())) {
            send(producer, SurveyTopics.COMMUNITY, community, 1, registered);
            send(producer, SurveyTopics.COMMUNITY, community, 2, new CommunityUpdated(community, "新名小区", district,
                    district + "001", null, 1990, null, buildings, 1, 30, new BigDecimal("1800.00"), null, null));
            send(producer, PlanTopics.PLAN, plan, 1, new PlanSubmitted(plan, community, district, 1, 100));
            // the plan first: project events find their community through it
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                JsonNode c = summary(office, community);
                return c != null && "PLANNED".equals(c.get("stage").asString());
            });
            send(producer, ProjectTopics.PROJECT, plan, 1, late);
            send(producer, ProjectTopics.PROJECT, plan, 2, new ProgressReported(plan, "ROOF_WATERPROOFING@all", 100,
                    LocalDate.parse("2026-04-01"), LocalDate.parse("2026-07-10"), new BigDecimal("100.00")));
            // the older ones again (another replica's outbox sweep, a replay), then newer ones to know they were read
            send(producer, SurveyTopics.COMMUNITY, community, 1, registered);
            send(producer, ProjectTopics.PROJECT, plan, 1, late);
            send(producer, SurveyTopics.COMMUNITY, community, 3, new EligibilityAssessed(community, district,
                    district + "001", 2026, "PRIORITY", List.of(), new BigDecimal("50")));
            send(producer, ProjectTopics.PROJECT, plan, 3, new InspectionFindingOpened(plan, "f-1", "MAJOR", "CONTRACTOR",
                    LocalDate.parse("2026-08-01")));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            String timeline = office.get("/api/plan/programme/communities/" + community + "/timeline?size=200").body();
            return timeline.contains("survey.EligibilityAssessed") && timeline.contains("project.InspectionFindingOpened");
        });

        JsonNode after = summary(office, community);
        assertThat(after.get("name").asString()).isEqualTo("新名小区");
        assertThat(after.get("lateMilestones").asInt()).isZero();
        List<String> overdue = new ArrayList<>();
        office.get("/api/plan/programme/overdue").json().forEach(o -> overdue.add(o.get("communityId").asString() + ":"
                + o.get("what").asString()));
        assertThat(overdue).contains(community + ":OPEN_FINDINGS").doesNotContain(community + ":LATE_MILESTONES");
    }

    private static JsonNode summary(Http office, String community) {
        for (JsonNode c : office.get("/api/plan/programme/communities?size=200").json().get("content")) {
            if (c.get("id").asString().equals(community)) {
                return c;
            }
        }
        return null;
    }

    private void surveyed(RawProducer producer, String id, String name, int built, String outcome, String score) {
        surveyed(producer, DISTRICT, id, name, built, outcome, score);
    }

    private void surveyed(RawProducer producer, String district, String id, String name, int built, String outcome,
                          String score) {
        surveyed(producer, district, district + "001", id, name, built, outcome, score);
    }

    private void surveyed(RawProducer producer, String district, String street, String id, String name, int built,
                          String outcome, String score) {
        AtomicLong v = new AtomicLong();
        send(producer, SurveyTopics.COMMUNITY, id, v.incrementAndGet(), new CommunityRegistered(id, name, district,
                street, null, built, null, List.of(new CommunityFacts.Building("1", 6, 2, 30,
                new BigDecimal("1800.00"), false)), 1, 30, new BigDecimal("1800.00"), null, null));
        send(producer, SurveyTopics.COMMUNITY, id, v.incrementAndGet(), new EligibilityAssessed(id, district,
                street, 2026, outcome, List.of(), new BigDecimal(score)));
        send(producer, SurveyTopics.COMMUNITY, id, v.incrementAndGet(), new CommunityReserved(id, district,
                street, 2026, outcome, new BigDecimal(score), built, 1, 30, new BigDecimal("1800.00"), "ELIGIBLE"));
    }

    private static int stageCount(JsonNode overview, String stage) {
        return stage(overview, stage).get("communities").asInt();
    }

    private static JsonNode stage(JsonNode overview, String stage) {
        for (JsonNode s : overview.get("stages")) {
            if (s.get("stage").asString().equals(stage)) {
                return s;
            }
        }
        throw new AssertionError(stage);
    }

    private EventEnvelope envelope(String key, long version, EventPayload payload) {
        return envelopes.wrap(key, version, Instant.now(), payload);
    }

    private void send(RawProducer producer, String topic, String key, long version, EventPayload payload) {
        producer.send(topic, key, envelopes.write(envelope(key, version, payload)));
    }
}
