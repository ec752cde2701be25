package org.renewal.survey.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.renewal.survey.community.SurveyFixtures.building;
import static org.renewal.survey.community.SurveyFixtures.entry;
import static org.renewal.survey.community.SurveyFixtures.household;
import static org.renewal.survey.community.SurveyFixtures.owner;
import static org.renewal.survey.community.SurveyFixtures.street;
import static org.renewal.survey.community.SurveyFixtures.unique;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.renewal.contracts.plan.MenuItemPublished;
import org.renewal.contracts.survey.SurveyTopics;
import org.renewal.platform.embedded.TestIssuer;
import org.renewal.platform.events.EventEnvelopes;
import org.renewal.platform.test.EmbeddedInfrastructure;
import org.renewal.platform.test.Http;
import org.renewal.platform.test.ServiceIntegrationTest;
import org.renewal.platform.test.TopicProbe;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Stages 1–2 through the API: register, update, rolls, eligibility, reserve, questionnaire. */
@ServiceIntegrationTest
class SurveyJourneyIT {

    @LocalServerPort
    int port;

    @Autowired
    EventEnvelopes envelopes;

    Http office;

    @BeforeEach
    void setUp() {
        office = Http.at(port).as(TestIssuer.get().districtOffice("220302"));
    }

    @Test
    void anOldCommunityIsPriorityAndEntersTheReserveWithItsReasons() {
        JsonNode created = register(entry(unique("北山"), street(), 1994,
                "\"propertyRight\":\"REFORMED_PUBLIC_HOUSING\",\"managementStatus\":\"NONE\","
                        + "\"facilityDeficiencies\":[\"ROOF_LEAKING\",\"ROADS_DAMAGED\"],"
                        + "\"location\":{\"latitude\":43.1706,\"longitude\":124.3502}",
                building("1", 6, 2, 48, "3120.50") + "," + building("2", 6, 2, 36, "2480.00")));

        assertThat(created.get("eligibility").get("outcome").asString()).isEqualTo("PRIORITY");
        assertThat(created.get("reserve").get("status").asString()).isEqualTo("RESERVED");
        assertThat(created.get("reserve").get("reason").asString()).isEqualTo("ELIGIBLE");

        JsonNode eligibility = office.get("/api/survey/communities/" + id(created) + "/eligibility").json();
        assertThat(eligibility.get("outcome").asString()).isEqualTo("PRIORITY");
        assertThat(eligibility.get("source").asString()).contains("四(一)");
        assertThat(eligibility.get("clauses")).hasSize(7);
        JsonNode built = eligibility.get("clauses").get(0);
        assertThat(built.get("clause").asString()).isEqualTo("BUILT_BY_CUTOFF");
        assertThat(built.get("held").asBoolean()).isTrue();
        assertThat(built.get("data").get("buildYear").asInt()).isEqualTo(1994);
        assertThat(built.get("label").get("zh").asString()).isNotBlank();
        assertThat(eligibility.get("urgency").get("parts")).hasSize(4);
    }

    @Test
    void anUpdateNeedsTheCurrentETagAndReassesses() {
        String name = unique("改造");
        String street = street();
        JsonNode created = register(entry(name, street, 1990, "", building("1", 6, null, 40, "2400")));
        String path = "/api/survey/communities/" + id(created);

        var missing = office.put(path, entry(name, street, 1990, "\"inDemolitionPlan\":true",
                building("1", 6, null, 40, "2400")));
        assertThat(missing.status()).isEqualTo(428);

        var updated = office.put(path, entry(name, street, 1990, "\"inDemolitionPlan\":true",
                building("1", 6, null, 40, "2400")), "If-Match", "\"0\"");
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.json().get("eligibility").get("outcome").asString()).isEqualTo("NOT_ELIGIBLE");
        assertThat(updated.json().get("reserve").get("status").asString()).isEqualTo("NOT_RESERVED");
        assertThat(updated.json().get("reserve").get("reason").asString()).isEqualTo("NO_LONGER_ELIGIBLE");

        var stale = office.put(path, entry(name, street, 1991, "", building("1", 6, null, 40, "2400")),
                "If-Match", "\"0\"");
        assertThat(stale.status()).isEqualTo(412);
        assertThat(office.get(path).json().get("buildYear").asInt()).isEqualTo(1990);

        List<String> types = eventTypes(id(created), 5);
        assertThat(types).contains("survey.CommunityUpdated", "survey.CommunityRemovedFromReserve");
    }

    @Test
    void theSameNameInTheSameStreetIsRegisteredOnce() {
        String name = unique("同名");
        String street = street();
        register(entry(name, street, 1990, "", building("1", 6, null, 40, "2400")));

        var second = office.post("/api/survey/communities", entry(name, street, 1985, "",
                building("1", 6, null, 10, "600")));

        assertThat(second.status()).isEqualTo(409);
        assertThat(second.json().get("code").asString()).isEqualTo("COMMUNITY_ALREADY_REGISTERED");
        assertThat(office.post("/api/survey/communities", entry(name, street(), 1985, "",
                building("1", 6, null, 10, "600"))).status()).isEqualTo(201);
    }

    @Test
    void badSurveyFactsAreNamed() {
        int next = java.time.Year.now().getValue() + 1;
        var response = office.post("/api/survey/communities", entry(unique("坏"), street(), 1990,
                "\"lastRenovationYear\":1985,\"location\":{\"latitude\":91,\"longitude\":124.35},"
                        + "\"committeeCode\":\"220399001001\"",
                building("1", 6, 50, 40, "2400")));

        assertThat(response.status()).isEqualTo(400);
        assertThat(fields(response)).containsExactlyInAnyOrder("location.latitude");

        var crossField = office.post("/api/survey/communities", entry(unique("坏"), "220302001", 1990,
                "\"lastRenovationYear\":1985,\"committeeCode\":\"220399001001\"", building("1", 6, 50, 40, "2400")));
        assertThat(fields(crossField)).containsExactlyInAnyOrder("lastRenovationYear", "committeeCode",
                "buildings[0].entrances");

        var future = office.post("/api/survey/communities", entry(unique("坏"), street(), next, "",
                building("1", 6, null, 40, "2400")));
        assertThat(fields(future)).containsExactly("buildYear");

        var tooOld = office.post("/api/survey/communities", entry(unique("坏"), street(), 1899, "",
                building("1", 6, null, 40, "2400")));
        assertThat(fields(tooOld)).containsExactly("buildYear");

        var unknownEnum = office.post("/api/survey/communities", entry(unique("坏"), street(), 1990,
                "\"propertyRight\":\"CASTLE\"", building("1", 6, null, 40, "2400")));
        assertThat(unknownEnum.status()).isEqualTo(400);
        assertThat(fields(unknownEnum)).containsExactly("propertyRight");
    }

    @Test
    void aHouseholdRollDerivesCountsAndKeepsPersonalDataOutOfEventsAndLists() {
        JsonNode created = register(entry(unique("户册"), street(), 1992, "",
                building("1", 6, 2, 40, "2400") + "," + building("2", 6, null, 30, "1800")));
        String id = id(created);
        String roll = "{\"households\":[" + String.join(",",
                household("1", 1, "101", "62.35", owner("张建国", "11010519491231002X", null)),
                household("1", 1, "102", "58.10", owner("张建国", "11010519491231002x", null)),
                household("2", 3, "301", "70.00", owner("李芳", null, "13904340000"))) + "]}";

        // building 2's roll goes in first: it does not stale building 1's (each roll has its own ETag)
        String second = "{\"households\":[" + household("1", 1, "101", "60.00", owner("王五", null, "13904340001")) + "]}";
        assertThat(office.put("/api/survey/communities/" + id + "/buildings/2/households", second, "If-Match", "\"0\"")
                .header("ETag")).isEqualTo("\"1\"");
        var set = office.put("/api/survey/communities/" + id + "/buildings/1/households", roll, "If-Match", "\"0\"");

        assertThat(set.status()).as(set.body()).isEqualTo(200);
        assertThat(set.header("ETag")).isEqualTo("\"1\"");
        assertThat(office.put("/api/survey/communities/" + id + "/buildings/1/households", roll, "If-Match", "\"0\"")
                .status()).as("a stale roll ETag").isEqualTo(412);
        assertThat(set.json().get("roll").get(0).get("owner").get("idNumber").asString())
                .isEqualTo("11010519491231002X");
        JsonNode keys = set.json().get("roll");
        assertThat(keys.get(0).get("owner").get("key").asString())
                .isEqualTo(keys.get(1).get("owner").get("key").asString())
                .isNotEqualTo(keys.get(2).get("owner").get("key").asString());
        JsonNode community = office.get("/api/survey/communities/" + id).json();
        assertThat(community.get("buildings").get(0).get("households").asInt()).isEqualTo(3);
        assertThat(community.get("buildings").get(0).get("entrances").asInt()).isEqualTo(2);
        assertThat(community.get("buildings").get(0).get("householdsSource").asString()).isEqualTo("ROLL");
        assertThat(community.get("households").asInt()).isEqualTo(4);

        JsonNode masked = Http.at(port).as(TestIssuer.get().cityOffice())
                .get("/api/survey/communities/" + id + "/buildings/1/households").json();
        assertThat(masked.get("masked").asBoolean()).isTrue();
        assertThat(masked.get("roll").get(0).get("owner").get("name").asString()).isEqualTo("张**");
        assertThat(masked.get("roll").get(0).get("owner").get("idNumber").asString()).isEqualTo("110105********002X");
        assertThat(masked.get("roll").get(2).get("owner").get("phone").asString()).isEqualTo("139****0000");

        String list = office.get("/api/survey/communities?name=户册").body();
        assertThat(list).doesNotContain("张建国").doesNotContain("13904340000").doesNotContain("roll");

        var events = TopicProbe.await(EmbeddedInfrastructure.get().kafkaBootstrapServers(), SurveyTopics.COMMUNITY,
                r -> id.equals(r.key()) && r.value().contains("HouseholdRollChanged")
                        && r.value().contains("\"buildingNumber\":\"1\""), 1, Duration.ofSeconds(30));
        assertThat(events).hasSize(1);
        assertThat(events.get(0).value()).contains("ownerKey").doesNotContain("张建国")
                .doesNotContain("11010519491231002X").doesNotContain("13904340000");
    }

    @Test
    void aBadRollIsRefusedWholeAndNamesEachHousehold() {
        JsonNode created = register(entry(unique("坏户册"), street(), 1992, "", building("1", 6, null, 40, "2400")));
        String roll = "{\"households\":[" + String.join(",",
                household("1", 7, "701", "62.35", owner("王五", "110105194912310021", null)),
                household("1", 1, "101", "50", owner("赵六", null, null)),
                household("1", 1, "101", "50", owner("钱七", null, "13900000000"))) + "]}";

        var response = office.put("/api/survey/communities/" + id(created) + "/buildings/1/households", roll,
                "If-Match", "\"0\"");

        assertThat(response.status()).isEqualTo(400);
        assertThat(fields(response)).containsExactlyInAnyOrder("households[0].floor", "households[0].owner.idNumber",
                "households[1].owner", "households[2].room");
        assertThat(office.get("/api/survey/communities/" + id(created)).json().get("version").asLong()).isZero();
    }

    @Test
    void residentsAnswerForTheirOwnHouseholdAndWillingnessCanMakeANewerCommunityEligible() {
        SurveyFixtures.publishMenu(envelopes,
                new MenuItemPublished("ROOF_WATERPROOFING", "屋面防水", "Roof waterproofing", "HOUSING_FUNCTION",
                        "BASIC", "m2", 8000, 10, false, null),
                new MenuItemPublished("OLD_SIGNS", "旧招牌", "Old signs", "LIVING_ENVIRONMENT", "UPGRADE", "item",
                        100, 990, true, null));
        await().atMost(Duration.ofSeconds(30)).until(() ->
                office.get("/api/survey/menu-items?includeRetired=true").json().size() >= 2);

        // built after 2000, facilities and management poor: eligible only once 2 of its 3 households are willing
        JsonNode created = register(entry(unique("新区"), street(), 2008,
                "\"managementStatus\":\"NONE\",\"facilityDeficiencies\":[\"ROOF_LEAKING\",\"ROADS_DAMAGED\","
                        + "\"STREET_LIGHTS_MISSING\"]", building("1", 6, null, 3, "240")));
        String id = id(created);
        assertThat(created.get("eligibility").get("outcome").asString()).isEqualTo("NOT_ELIGIBLE");

        Http first = Http.at(port).as(SurveyFixtures.resident(id, "1-1-101"));
        String answer = "{\"willing\":true,\"items\":[\"ROOF_WATERPROOFING\"],\"willingToContribute\":true}";
        assertThat(first.put(path(id, "1-1-101"), answer).status()).isEqualTo(200);
        assertThat(first.put(path(id, "1-1-102"), answer).status()).isEqualTo(403);
        var retired = first.put(path(id, "1-1-101"), "{\"willing\":true,\"items\":[\"OLD_SIGNS\",\"NOPE\"]}");
        assertThat(retired.status()).isEqualTo(400);
        assertThat(fields(retired)).containsExactly("items[0]", "items[1]");

        // the second willing household reaches 2/3 (2 of 3): by proportion, into the reserve
        Http second = Http.at(port).as(SurveyFixtures.resident(id, "1-1-102"));
        second.put(path(id, "1-1-102"), "{\"willing\":true,\"items\":[]}");
        JsonNode now = office.get("/api/survey/communities/" + id).json();
        assertThat(now.get("eligibility").get("outcome").asString()).isEqualTo("BY_PROPORTION");
        assertThat(now.get("reserve").get("status").asString()).isEqualTo("RESERVED");

        // answering again replaces: the household is no longer willing, the community drops out
        second.put(path(id, "1-1-102"), "{\"willing\":false}");
        JsonNode tally = first.get("/api/survey/communities/" + id + "/questionnaire").json();
        assertThat(tally.get("respondents").asInt()).isEqualTo(2);
        assertThat(tally.get("willing").asInt()).isEqualTo(1);
        assertThat(tally.get("responseRate").decimalValue()).isEqualByComparingTo("66.67");
        assertThat(tally.get("items").get(0).get("code").asString()).isEqualTo("ROOF_WATERPROOFING");
        assertThat(tally.get("items").get(0).get("labelZh").asString()).isEqualTo("屋面防水");
        assertThat(tally.get("buildings").get(0).get("respondents").asInt()).isEqualTo(2);
        assertThat(office.get("/api/survey/communities/" + id).json().get("reserve").get("status").asString())
                .isEqualTo("NOT_RESERVED");

        // a building of 3 households takes at most 3 different answers
        Http paper = Http.at(port).as(TestIssuer.get().districtOffice("220302"));
        assertThat(paper.put(path(id, "1-2-201"), "{\"willing\":true}").status()).isEqualTo(200);
        assertThat(paper.put(path(id, "1-2-202"), "{\"willing\":true}").status()).isEqualTo(422);
        assertThat(paper.put(path(id, "9-1-101"), "{\"willing\":true}").status()).isEqualTo(404);
    }

    @Test
    void eachDistrictHasItsOwnMenuOnTopOfTheCitysDefaults() {
        SurveyFixtures.publishMenu(envelopes,
                new MenuItemPublished("GATE_REPAIR", "大门维修", "Gate repair", "INFRASTRUCTURE", "BASIC", "set", 100,
                        500, false, null),
                new MenuItemPublished("SNOW_DRAINS", "融雪排水沟", "Snow-melt drains", "INFRASTRUCTURE", "BASIC", "m",
                        45000, 510, false, "220302"));
        SurveyFixtures.retireMenuItem(envelopes, "GATE_REPAIR", "220303");
        await().atMost(Duration.ofSeconds(30)).until(() ->
                office.get("/api/survey/menu-items").body().contains("SNOW_DRAINS"));
        JsonNode created = register(entry(unique("菜单"), street(), 1990, "", building("1", 6, null, 10, "600")));
        Http resident = Http.at(port).as(SurveyFixtures.resident(id(created), "1-1-101"));

        var answer = resident.put(path(id(created), "1-1-101"), "{\"willing\":true,\"items\":[\"SNOW_DRAINS\",\"GATE_REPAIR\"]}");

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        String tiedong = Http.at(port).as(TestIssuer.get().districtOffice("220303")).get("/api/survey/menu-items").body();
        assertThat(tiedong).doesNotContain("SNOW_DRAINS").doesNotContain("GATE_REPAIR");
    }

    @Test
    void theReserveIsOrderedByUrgencyAndOfficesRemoveAndReadmitWithReasons() {
        String street = street();
        JsonNode older = register(entry(unique("老"), street, 1970, "", building("1", 6, null, 40, "2400")));
        JsonNode newer = register(entry(unique("次"), street, 1998, "", building("1", 6, null, 40, "2400")));
        JsonNode demolished = register(entry(unique("不符"), street, 1995, "\"inDemolitionPlan\":true",
                building("1", 6, null, 40, "2400")));

        java.util.Set<String> mine = java.util.Set.of(id(older), id(newer), id(demolished));
        JsonNode reserve = office.get("/api/survey/reserve?size=200&streetCode=" + street).json();
        assertThat(reserve.get("content").findValuesAsString("id")).filteredOn(mine::contains)
                .containsExactly(id(older), id(newer));

        var removed = office.post("/api/survey/communities/" + id(older) + "/reserve-removal",
                "{\"reason\":\"纳入棚改，暂缓\"}");
        assertThat(removed.json().get("reserve").get("status").asString()).isEqualTo("REMOVED");
        assertThat(office.post("/api/survey/communities/" + id(older) + "/reserve-removal",
                "{\"reason\":\"again\"}").status()).isEqualTo(422);
        assertThat(office.post("/api/survey/communities/" + id(older) + "/reserve-readmission", "{\"reason\":\"\"}")
                .status()).isEqualTo(400);
        assertThat(office.get("/api/survey/reserve?size=200&streetCode=" + street).json().get("content")
                .findValuesAsString("id")).filteredOn(mine::contains).containsExactly(id(newer));

        var readmitted = office.post("/api/survey/communities/" + id(older) + "/reserve-readmission",
                "{\"reason\":\"棚改取消\"}");
        assertThat(readmitted.json().get("reserve").get("reason").asString()).isEqualTo("棚改取消");
        // the street code is random among 900: other tests' communities may share it, so look for this test's own
        assertThat(office.get("/api/survey/communities?reserveStatus=RESERVED&size=200&streetCode=" + street).json()
                .get("content").findValuesAsString("id")).contains(id(older), id(newer)).doesNotContain(id(demolished));
        assertThat(office.get("/api/survey/communities?eligibility=NOT_ELIGIBLE&size=200&streetCode=" + street).json()
                .get("content").findValuesAsString("id")).contains(id(demolished)).doesNotContain(id(older), id(newer));
    }

    @Test
    void streetsLogOutreachForTheirCommunities() {
        String streetCode = street();
        JsonNode created = register(entry(unique("宣传"), streetCode, 1990, "", building("1", 6, null, 40, "2400")));
        Http street = Http.at(port).as(SurveyFixtures.street(streetCode));

        var logged = street.post("/api/survey/outreach-activities", """
                {"communityId":"%s","channel":"DOOR_TO_DOOR","date":"2026-01-15","reach":36,"summary":"入户讲解"}"""
                .formatted(id(created)));
        assertThat(logged.status()).isEqualTo(201);
        assertThat(logged.json().get("recordedBy").asString()).isEqualTo("street-" + streetCode);

        var future = street.post("/api/survey/outreach-activities", """
                {"communityId":"%s","channel":"WECHAT","date":"2999-01-01","reach":-1}""".formatted(id(created)));
        assertThat(fields(future)).containsExactlyInAnyOrder("date", "reach");

        var otherStreet = Http.at(port).as(SurveyFixtures.street("220302999")).post("/api/survey/outreach-activities",
                """
                {"communityId":"%s","channel":"MEETING","date":"2026-01-15","reach":3}""".formatted(id(created)));
        assertThat(otherStreet.status()).isEqualTo(404);

        JsonNode log = office.get("/api/survey/outreach-activities?communityId=" + id(created)).json();
        assertThat(log.get("content")).hasSize(1);
        assertThat(log.get("content").get(0).get("channel").asString()).isEqualTo("DOOR_TO_DOOR");
    }

    private JsonNode register(String body) {
        var response = office.post("/api/survey/communities", body);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json();
    }

    private List<String> eventTypes(String id, int atLeast) {
        List<String> types = new ArrayList<>();
        TopicProbe.await(EmbeddedInfrastructure.get().kafkaBootstrapServers(), SurveyTopics.COMMUNITY,
                r -> id.equals(r.key()), atLeast, Duration.ofSeconds(30))
                .forEach(r -> types.add(envelopes.read(r.value()).type()));
        return types;
    }

    private static String path(String id, String household) {
        return "/api/survey/communities/" + id + "/questionnaire/answers/" + household;
    }

    private static String id(JsonNode community) {
        return community.get("id").asString();
    }

    private static List<String> fields(Http.Response response) {
        List<String> fields = new ArrayList<>();
        response.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        return fields;
    }
}
