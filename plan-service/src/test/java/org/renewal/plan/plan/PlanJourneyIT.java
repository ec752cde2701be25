package org.renewal.plan.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.renewal.contracts.EventPayload;
import org.renewal.contracts.plan.PlanApproved;
import org.renewal.contracts.plan.PlanTopics;
import org.renewal.contracts.survey.CommunityFacts;
import org.renewal.contracts.survey.CommunityRegistered;
import org.renewal.contracts.survey.CommunityReserved;
import org.renewal.contracts.survey.HouseholdRollChanged;
import org.renewal.contracts.survey.QuestionnaireTallied;
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

/**
 * Stages 3–4 through the API, fed by survey's real events: the owners vote, the district office drafts
 * and submits, the city office returns and approves.
 */
@ServiceIntegrationTest
class PlanJourneyIT {

    @LocalServerPort
    int port;

    @Autowired
    EventEnvelopes envelopes;

    Http office;
    Http city;
    Http street;
    String community;

    @BeforeEach
    void setUp() {
        office = Http.at(port).as(TestIssuer.get().districtOffice("220302"));
        city = Http.at(port).as(TestIssuer.get().cityOffice());
        street = Http.at(port).as(TestIssuer.get().token("street-1", "STREET",
                Map.of("district", "220302", "street", "220302001")));
        community = UUID.randomUUID().toString();
    }

    /**
     * Two buildings; owners A (1-1-101 60 m², 1-1-102 40 m²), B (1-2-201 50 m²), C (2-1-101 30 m²),
     * D (2-1-102 20 m²): 4 owners, 200 m².
     */
    private void surveyed(boolean reserved) {
        AtomicLong version = new AtomicLong();
        try (RawProducer survey = new RawProducer(EmbeddedInfrastructure.get().kafkaBootstrapServers())) {
            send(survey, version, new CommunityRegistered(community, "计划小区", "220302", "220302001", null, 1995,
                    "REFORMED_PUBLIC_HOUSING", List.of(
                            new CommunityFacts.Building("1", 6, 2, 3, new BigDecimal("300.00"), false),
                            new CommunityFacts.Building("2", 6, 1, 2, new BigDecimal("120.00"), false)),
                    2, 5, new BigDecimal("420.00"), null, null));
            if (reserved) {
                send(survey, version, new CommunityReserved(community, "220302", "220302001", 2026, "PRIORITY",
                        new BigDecimal("40.00"), 1995, 2, 5, new BigDecimal("420.00"), "ELIGIBLE"));
            }
            send(survey, version, new HouseholdRollChanged(community, "1", List.of(
                    household("1-1-101", "1", "60.00", "owner-A"), household("1-1-102", "1", "40.00", "owner-A"),
                    household("1-2-201", "2", "50.00", "owner-B")), new BigDecimal("150.00")));
            send(survey, version, new HouseholdRollChanged(community, "2", List.of(
                    household("2-1-101", "1", "30.00", "owner-C"), household("2-1-102", "1", "20.00", "owner-D")),
                    new BigDecimal("50.00")));
            send(survey, version, new QuestionnaireTallied(community, 5, 4, 4, 2,
                    List.of(new QuestionnaireTallied.ItemCount("ROOF_WATERPROOFING", 3)), List.of()));
        }
        long last = version.get();
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            var response = office.get("/api/plan/communities/" + community);
            return response.status() == 200 && response.json().get("sourceVersion").asLong() == last;
        });
    }

    @Test
    void fromVoteToApprovalWithARevisionBetween() {
        surveyed(true);
        var started = office.post("/api/plan/plans", "{\"communityId\":\"" + community + "\"}");
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        String plan = "/api/plan/plans/" + started.json().get("id").asString();
        assertThat(office.post("/api/plan/plans", "{\"communityId\":\"" + community + "\"}").status()).isEqualTo(409);

        // the elevator line stands on the owners' vote of its entrance: none, an open one, a failed one are refused
        assertThat(unmet(office.put(plan + "/content", content("1250.50", 9_000_000, "no-such-vote"),
                "If-Match", "\"0\""))).containsExactly("items[1].elevatorPilot.ownersVoteId");
        String failed = openElevatorVote();
        assertThat(unmet(office.put(plan + "/content", content("1250.50", 9_000_000, failed), "If-Match", "\"0\"")))
                .containsExactly("items[1].elevatorPilot.ownersVoteId");
        closeElevatorVote(failed, "NO");
        assertThat(unmet(office.put(plan + "/content", content("1250.50", 9_000_000, failed), "If-Match", "\"0\"")))
                .containsExactly("items[1].elevatorPilot.ownersVoteId");
        String elevatorVote = openElevatorVote();
        closeElevatorVote(elevatorVote, "YES");

        // a draft may have a funding gap; the cost is quantity × the menu's unit cost (8000 fen per m²)
        var drafted = office.put(plan + "/content", content("1250.50", 9_000_000, elevatorVote), "If-Match", "\"0\"");
        assertThat(drafted.status()).as(drafted.body()).isEqualTo(200);
        assertThat(drafted.json().get("totalCost").asLong()).isEqualTo(10_004_000 + 60_000_000);
        assertThat(drafted.json().get("fundingGap").asLong()).isEqualTo(70_004_000 - 9_000_000);
        assertThat(drafted.json().get("items").get(0).get("residentsWanting").asInt()).isEqualTo(3);
        assertThat(office.get("/api/plan/communities?reserveStatus=RESERVED&size=200").body()).contains(community);
        String etag = drafted.header("ETag");

        assertThat(drafted.json().get("items").get(1).get("elevatorPilot").get("fundsInPlace").asBoolean()).isFalse();
        assertThat(office.post(plan + "/submission", "", "If-Match", etag).json().get("code").asString())
                .isEqualTo("ELEVATOR_FUNDS_NOT_IN_PLACE");
        etag = office.put(plan + "/content", content("1250.50", 70_004_000, elevatorVote), "If-Match", etag)
                .header("ETag");
        assertThat(office.post(plan + "/submission", "", "If-Match", etag).json().get("code").asString())
                .isEqualTo("RENOVATION_VOTE_NOT_PASSED");

        passRenovationVote();

        var submitted = office.post(plan + "/submission", "", "If-Match", etag);
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        assertThat(submitted.json().get("status").asString()).isEqualTo("SUBMITTED");
        etag = submitted.header("ETag");
        assertThat(office.post(plan + "/approval", "", "If-Match", etag).status()).isEqualTo(403);

        var returned = city.post(plan + "/return", """
                {"opinions":[{"lineId":"ROOF_WATERPROOFING@all","text":"面积请按测绘核实"},{"text":"补充施工组织"}]}""",
                "If-Match", etag);
        assertThat(returned.status()).as(returned.body()).isEqualTo(200);
        assertThat(returned.json().get("status").asString()).isEqualTo("RETURNED");
        assertThat(returned.json().get("opinions")).hasSize(2);

        etag = office.put(plan + "/content", content("1180.00", 69_440_000, elevatorVote), "If-Match", returned.header("ETag"))
                .header("ETag");
        etag = office.post(plan + "/submission", "", "If-Match", etag).header("ETag");
        JsonNode diff = office.get(plan + "/diff?from=1&to=2").json();
        assertThat(diff.get("changed").get(0).get("lineId").asString()).isEqualTo("ROOF_WATERPROOFING@all");
        assertThat(diff.get("changed").get(0).get("fields").get(0).get("before").asString()).isEqualTo("1250.5");
        assertThat(diff.get("totalCostAfter").asLong()).isEqualTo(9_440_000 + 60_000_000);
        assertThat(office.get(plan + "/revisions").json()).hasSize(2);

        var approved = city.post(plan + "/approval", "", "If-Match", etag);
        assertThat(approved.json().get("status").asString()).isEqualTo("APPROVED");
        String planId = approved.json().get("id").asString();
        var events = TopicProbe.await(EmbeddedInfrastructure.get().kafkaBootstrapServers(), PlanTopics.PLAN,
                r -> planId.equals(r.key()) && r.value().contains(PlanApproved.TYPE), 1, Duration.ofSeconds(30));
        PlanApproved event = envelopes.payload(envelopes.read(events.get(0).value()), PlanApproved.class);
        assertThat(event.revision()).isEqualTo(2);
        assertThat(event.totalCost()).isEqualTo(69_440_000);
        assertThat(event.funding().stream().mapToLong(PlanApproved.Source::amount).sum()).isEqualTo(69_440_000);
        assertThat(event.buildings()).containsExactly("1", "2");
        assertThat(event.households()).isEqualTo(5);
        assertThat(event.floorArea()).isEqualByComparingTo("420.00");
        assertThat(event.items()).extracting(PlanApproved.Item::lineId)
                .containsExactly("ROOF_WATERPROOFING@all", "ELEVATOR_RETROFIT@1-1");

        var prepared = office.put(plan + "/preparation", """
                {"feasibilityStudyNo":"四发改可研〔2027〕12号","feasibilityApprovedOn":"2027-02-10",
                 "projectApprovalNo":"四发改审批〔2027〕31号","projectApprovedOn":"2027-03-01"}""",
                "If-Match", approved.header("ETag"));
        assertThat(prepared.json().get("preparation").get("projectApprovalNo").asString()).isEqualTo("四发改审批〔2027〕31号");
        assertThat(office.put(plan + "/content", content("1.00", 8000, elevatorVote), "If-Match", prepared.header("ETag")).status())
                .isEqualTo(422);
    }

    @Test
    void badContentIsNamedItemByItem() {
        surveyed(true);
        String plan = "/api/plan/plans/" + office.post("/api/plan/plans", "{\"communityId\":\"" + community + "\"}")
                .json().get("id").asString();

        var response = office.put(plan + "/content", """
                {"items":[
                  {"code":"NOPE","quantity":1,"plannedStart":"2027-04-01","plannedFinish":"2027-05-01"},
                  {"code":"ROOF_WATERPROOFING","quantity":0,"plannedStart":"2027-04-01","plannedFinish":"2027-05-01"},
                  {"code":"ELEVATOR_RETROFIT","quantity":1,"entrances":[{"building":"1","entrance":"1"}],
                   "plannedStart":"2027-04-01","plannedFinish":"2027-03-01",
                   "elevatorPilot":{"ownersVoteId":"no-such-vote","safetyReportNumber":"R-1",
                                    "safetyInspectedOn":"2026-01-10","conditionsAssessmentReference":"A-1",
                                    "conditionsAssessedOn":"2026-01-20"}},
                  {"code":"ELEVATOR_RETROFIT","quantity":1,"buildings":["1"],"plannedStart":"2027-04-01",
                   "plannedFinish":"2027-05-01"},
                  {"code":"STREET_LIGHTS","quantity":2,"buildings":["9"],"plannedStart":"2027-04-01",
                   "plannedFinish":"2027-05-01"}],
                 "funding":[{"channel":"UTILITY_OPERATOR","amount":100}]}""", "If-Match", "\"0\"");

        assertThat(response.status()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        response.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        assertThat(fields).contains("items[1].quantity");
        var semantic = office.put(plan + "/content", """
                {"items":[
                  {"code":"NOPE","quantity":1,"plannedStart":"2027-04-01","plannedFinish":"2027-05-01"},
                  {"code":"ELEVATOR_RETROFIT","quantity":1,"entrances":[{"building":"1","entrance":"1"}],
                   "plannedStart":"2027-04-01","plannedFinish":"2027-03-01",
                   "elevatorPilot":{"ownersVoteId":"no-such-vote","safetyReportNumber":"R-1",
                                    "safetyInspectedOn":"2026-01-10","conditionsAssessmentReference":"A-1",
                                    "conditionsAssessedOn":"2026-01-20"}},
                  {"code":"ELEVATOR_RETROFIT","quantity":1,"buildings":["1"],"plannedStart":"2027-04-01",
                   "plannedFinish":"2027-05-01"},
                  {"code":"STREET_LIGHTS","quantity":2,"buildings":["9"],"plannedStart":"2027-04-01",
                   "plannedFinish":"2027-05-01"}],
                 "funding":[{"channel":"UTILITY_OPERATOR","amount":100}]}""", "If-Match", "\"0\"");
        List<String> semanticFields = new ArrayList<>();
        semantic.json().get("errors").forEach(e -> semanticFields.add(e.get("field").asString()));
        assertThat(semanticFields).containsExactlyInAnyOrder("items[0].code",
                "items[1].elevatorPilot.ownersVoteId", "items[1].plannedFinish", "items[2].entrances",
                "items[2].elevatorPilot", "items[3].buildings[0]", "funding[0].payer", "funding[0].utility");
    }

    @Test
    void impossibleAmountsAreRefusedNamingTheFieldAndNothingIsWritten() {
        surveyed(true);
        String plan = "/api/plan/plans/" + office.post("/api/plan/plans", "{\"communityId\":\"" + community + "\"}")
                .json().get("id").asString();

        // the reproduction: in plain long addition these three "add up" to 800,000 fen (a roof of 100 m²)
        var wrapping = office.put(plan + "/content", """
                {"items":[{"code":"ROOF_WATERPROOFING","quantity":100,"plannedStart":"2027-04-01",
                           "plannedFinish":"2027-06-30"}],
                 "funding":[{"channel":"GOVERNMENT_DISTRICT","amount":9223372036854775807},
                            {"channel":"GOVERNMENT_CITY","amount":9223372036854775807},
                            {"channel":"RESIDENTS","amount":800002}]}""", "If-Match", "\"0\"");
        assertThat(wrapping.status()).as(wrapping.body()).isEqualTo(400);
        assertThat(fields(wrapping)).containsExactlyInAnyOrder("funding[0].amount", "funding[1].amount");

        // a line whose cost (quantity × unit cost) passes ¥10 billion
        var line = office.put(plan + "/content", """
                {"items":[{"code":"ROOF_WATERPROOFING","quantity":999999999.99,"plannedStart":"2027-04-01",
                           "plannedFinish":"2027-06-30"}],
                 "funding":[{"channel":"GOVERNMENT_DISTRICT","amount":1}]}""", "If-Match", "\"0\"");
        assertThat(line.status()).as(line.body()).isEqualTo(400);
        assertThat(fields(line)).containsExactly("items[0].quantity");

        // lines each within the bound whose sum is not (8 × 10¹¹ fen each)
        var sum = office.put(plan + "/content", """
                {"items":[{"code":"ROOF_WATERPROOFING","quantity":100000000,"plannedStart":"2027-04-01",
                           "plannedFinish":"2027-06-30"},
                          {"code":"ROOF_WATERPROOFING","quantity":100000000,"buildings":["1"],
                           "plannedStart":"2027-04-01","plannedFinish":"2027-06-30"}],
                 "funding":[{"channel":"GOVERNMENT_DISTRICT","amount":1}]}""", "If-Match", "\"0\"");
        assertThat(sum.status()).as(sum.body()).isEqualTo(422);
        assertThat(sum.json().get("code").asString()).isEqualTo("AMOUNT_OUT_OF_RANGE");
        assertThat(fields(sum)).containsExactly("items");

        var unchanged = office.get(plan);
        assertThat(unchanged.header("ETag")).isEqualTo("\"0\"");
        assertThat(unchanged.json().get("totalCost").asLong()).isZero();
        assertThat(unchanged.json().get("funding")).isEmpty();
    }

    private static List<String> fields(org.renewal.platform.test.Http.Response response) {
        List<String> fields = new ArrayList<>();
        response.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        return fields;
    }

    @Test
    void aCommunityOutsideTheReserveGetsNoPlan() {
        surveyed(false);
        assertThat(office.get("/api/plan/communities/" + community).json().get("reserveStatus").asString())
                .isEqualTo("NOT_RESERVED");
        assertThat(office.get("/api/plan/communities?reserveStatus=RESERVED&size=200").body()).doesNotContain(community);

        var response = office.post("/api/plan/plans", "{\"communityId\":\"" + community + "\"}");

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().get("code").asString()).isEqualTo("COMMUNITY_NOT_IN_RESERVE");
    }

    @Test
    void aMultiUnitOwnerVotesOnceWithAllTheirAreaAndBallotsStopAtClosing() {
        surveyed(true);
        String vote = openVote("RENOVATION");
        Http ownerA = Http.at(port).as(resident("1-1-101"));

        assertThat(ownerA.put(vote + "/ballots/1-1-102", "{\"choice\":\"NO\"}").status()).isEqualTo(403);
        ownerA.put(vote + "/ballots/1-1-101", "{\"choice\":\"NO\"}");
        street.put(vote + "/ballots/1-1-102", "{\"choice\":\"YES\"}");
        JsonNode tally = street.put(vote + "/ballots/1-2-201", "{\"choice\":\"YES\"}").json();

        // A counted once (100 m², the later ballot YES) + B (50 m²): 150 of 200 m², 2 of 4 owners
        assertThat(tally.get("ballots").asInt()).isEqualTo(2);
        assertThat(tally.get("result").get("turnoutByArea").get("numerator").asString()).isEqualTo("150.00");
        assertThat(tally.get("result").get("turnoutByOwners").get("numerator").asString()).isEqualTo("2");
        assertThat(tally.get("result").get("valid").asBoolean()).isFalse();

        street.put(vote + "/ballots/2-1-101", "{\"choice\":\"ABSTAIN\"}");
        JsonNode closed = street.post(vote + "/closing", "").json();
        // 180 of 200 m² and 3 of 4 owners took part: valid; YES 150 of 180 m² (83%) but 2 of 3 owners: fails 3/4
        assertThat(closed.get("result").get("valid").asBoolean()).isTrue();
        assertThat(closed.get("result").get("passed").asBoolean()).isFalse();
        assertThat(closed.get("result").get("consentByOwners").get("percent").decimalValue())
                .isEqualByComparingTo("66.67");
        var late = street.put(vote + "/ballots/2-1-102", "{\"choice\":\"YES\"}");
        assertThat(late.status()).isEqualTo(422);
        assertThat(late.json().get("code").asString()).isEqualTo("VOTE_CLOSED");
    }

    @Test
    void anElevatorIsVotedByTheOwnersOfItsEntrance() {
        surveyed(true);
        var opened = street.post("/api/plan/votes", """
                {"communityId":"%s","matter":"ELEVATOR_RETROFIT","title":"1号楼1单元加装电梯","buildingNumber":"1",
                 "entrance":"1"}""".formatted(community));
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        assertThat(opened.json().get("electorateOwners").asInt()).isEqualTo(1);
        assertThat(opened.json().get("electorateArea").decimalValue()).isEqualByComparingTo("100.00");
        String vote = "/api/plan/votes/" + opened.json().get("id").asString();
        assertThat(street.put(vote + "/ballots/1-2-201", "{\"choice\":\"YES\"}").status()).isEqualTo(404);

        street.put(vote + "/ballots/1-1-101", "{\"choice\":\"YES\"}");

        assertThat(street.post(vote + "/closing", "").json().get("result").get("passed").asBoolean()).isTrue();
        assertThat(street.post("/api/plan/votes", """
                {"communityId":"%s","matter":"ELEVATOR_RETROFIT","title":"no entrance"}""".formatted(community))
                .status()).isEqualTo(400);
    }

    @Test
    void aStackOfPaperBallotsGoesInAtOnceWithEachRowsOutcome() {
        surveyed(true);
        String vote = openVote("RENOVATION");

        JsonNode entered = street.post(vote + "/paper-ballots", """
                {"ballots":[{"householdId":"1-1-101","choice":"YES"},{"householdId":"9-9-999","choice":"YES"},
                            {"householdId":"1-2-201","choice":"NO"},{"householdId":"1-2-201","choice":"YES"}]}""")
                .json();

        List<Boolean> recorded = new ArrayList<>();
        entered.get("rows").forEach(row -> recorded.add(row.get("recorded").asBoolean()));
        assertThat(recorded).as("only the household outside the electorate is refused")
                .containsExactly(true, false, true, true);
        assertThat(entered.get("rows").get(1).get("refusal").asString()).isEqualTo("NOT_IN_ELECTORATE");
        // 1-1-101 and 1-2-201 (its later row: YES): two owners, both YES
        assertThat(entered.get("vote").get("ballots").asInt()).isEqualTo(2);
        assertThat(Http.at(port).as(resident("1-1-101")).post(vote + "/paper-ballots", """
                {"ballots":[{"householdId":"1-1-101","choice":"NO"}]}""").status()).isEqualTo(403);
        street.post(vote + "/closing", "");
        assertThat(street.post(vote + "/paper-ballots", """
                {"ballots":[{"householdId":"2-1-101","choice":"YES"}]}""").json().get("code").asString())
                .isEqualTo("VOTE_CLOSED");
    }

    @Test
    void aQuotePricesContentWithoutSavingItAndListsTheMissingRecords() {
        surveyed(true);
        String plan = "/api/plan/plans/" + office.post("/api/plan/plans", "{\"communityId\":\"" + community + "\"}")
                .json().get("id").asString();

        JsonNode quote = office.post(plan + "/quote", content("1250.50", 9_000_000, "no-such-vote")).json();

        assertThat(quote.get("totalCost").asLong()).isEqualTo(10_004_000 + 60_000_000);
        assertThat(quote.get("fundingGap").asLong()).isEqualTo(70_004_000 - 9_000_000);
        assertThat(quote.get("items").get(0).get("cost").asLong()).isEqualTo(10_004_000);
        assertThat(quote.get("unmet").findValuesAsString("field")).containsExactly("items[1].elevatorPilot.ownersVoteId");
        assertThat(quote.get("unmet").get(0).get("message").asString()).as("a message for people, not its key")
                .doesNotStartWith("plan.").isNotBlank();
        assertThat(office.get(plan).json().get("items")).as("nothing stored").isEmpty();
        assertThat(office.post(plan + "/quote", "{\"items\":[{\"code\":\"NOPE\",\"quantity\":1,"
                + "\"plannedStart\":\"2027-04-01\",\"plannedFinish\":\"2027-05-01\"}],\"funding\":[]}").status())
                .isEqualTo(400);
    }

    private void passRenovationVote() {
        String vote = openVote("RENOVATION");
        Http.at(port).as(resident("1-1-101")).put(vote + "/ballots/1-1-101", "{\"choice\":\"YES\"}");
        street.put(vote + "/ballots/1-2-201", "{\"choice\":\"YES\"}");
        street.put(vote + "/ballots/2-1-101", "{\"choice\":\"YES\"}");
        street.put(vote + "/ballots/2-1-102", "{\"choice\":\"NO\"}");
        // 4 of 4 owners, 200 of 200 m²; YES 180 m² (90%) and 3 of 4 owners (exactly 3/4)
        JsonNode closed = street.post(vote + "/closing", "").json();
        assertThat(closed.get("result").get("passed").asBoolean()).as(closed.toString()).isTrue();
    }

    private String openVote(String matter) {
        var opened = street.post("/api/plan/votes", """
                {"communityId":"%s","matter":"%s","title":"改造方案业主表决"}""".formatted(community, matter));
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        assertThat(opened.json().get("electorateOwners").asInt()).isEqualTo(4);
        assertThat(opened.json().get("electorateArea").decimalValue()).isEqualByComparingTo("200.00");
        return "/api/plan/votes/" + opened.json().get("id").asString();
    }

    private String resident(String household) {
        return TestIssuer.get().token("resident-" + household, "RESIDENT",
                Map.of("district", "220302", "communityId", community, "householdId", household));
    }

    /**
     * Two items (roof for the whole community, an elevator for entrance 1-1 on the owners' vote {@code voteId});
     * funding of {@code funded} fen.
     */
    private static String content(String roofQuantity, long funded, String voteId) {
        return """
                {"items":[
                  {"code":"ROOF_WATERPROOFING","quantity":%s,"plannedStart":"2027-04-01","plannedFinish":"2027-06-30"},
                  {"code":"ELEVATOR_RETROFIT","quantity":1,"entrances":[{"building":"1","entrance":"1"}],
                   "plannedStart":"2027-05-01","plannedFinish":"2027-10-31",
                   "elevatorPilot":{"ownersVoteId":"%s","safetyReportNumber":"铁西房检〔2026〕015号",
                                    "safetyInspectedOn":"2026-01-10",
                                    "conditionsAssessmentReference":"铁西住建评〔2026〕008号",
                                    "conditionsAssessedOn":"2026-01-20"}}],
                 "funding":[{"channel":"GOVERNMENT_DISTRICT","amount":%d},
                            {"channel":"RESIDENTS","amount":1000}]}""".formatted(roofQuantity, voteId, funded - 1000);
    }

    /** Opens the elevator vote of entrance 1-1 (one owner, 1-1-101), without closing it. */
    private String openElevatorVote() {
        var opened = street.post("/api/plan/votes", """
                {"communityId":"%s","matter":"ELEVATOR_RETROFIT","title":"1号楼1单元加装电梯","buildingNumber":"1",
                 "entrance":"1"}""".formatted(community));
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        return opened.json().get("id").asString();
    }

    private void closeElevatorVote(String voteId, String choice) {
        String vote = "/api/plan/votes/" + voteId;
        assertThat(street.put(vote + "/ballots/1-1-101", "{\"choice\":\"%s\"}".formatted(choice)).status())
                .isEqualTo(200);
        assertThat(street.post(vote + "/closing", "").json().get("result").get("passed").asBoolean())
                .isEqualTo("YES".equals(choice));
    }

    private static List<String> unmet(Http.Response refused) {
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.json().get("code").asString()).isEqualTo("ELEVATOR_PILOT_CONDITION_UNMET");
        List<String> fields = new ArrayList<>();
        refused.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        return fields;
    }

    private void send(RawProducer producer, AtomicLong version, EventPayload payload) {
        producer.send(SurveyTopics.COMMUNITY, community,
                envelopes.write(envelopes.wrap(community, version.incrementAndGet(), Instant.now(), payload)));
    }

    private static HouseholdRollChanged.Household household(String id, String entrance, String area, String owner) {
        String[] parts = id.split("-");
        return new HouseholdRollChanged.Household(id, entrance, Integer.parseInt(parts[2].substring(0, 1)), parts[2],
                new BigDecimal(area), owner);
    }
}
