package org.renewal.survey.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.renewal.survey.community.CommunityFixtures.building;
import static org.renewal.survey.community.CommunityFixtures.community;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.renewal.survey.TestStreets;
import org.renewal.platform.test.Http;
import org.renewal.platform.test.ServiceIntegrationTest;
import org.renewal.platform.embedded.TestIssuer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;

/** The register over HTTP, through the real store. */
@ServiceIntegrationTest
class CommunityApiIT {

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    Http http;

    @BeforeEach
    void setUp() {
        http = Http.at(port).as(TestIssuer.get().districtOffice("220302"));
    }

    @Test
    void registersACommunityWithDerivedTotals() {
        var created = http.post("/api/survey/communities", community("北山小区"));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("ETag")).isEqualTo("\"0\"");
        JsonNode body = created.json();
        assertThat(created.header("Location")).isEqualTo("/api/survey/communities/" + body.get("id").asString());
        assertThat(body.get("buildingCount").asInt()).isEqualTo(2);
        assertThat(body.get("households").asInt()).isEqualTo(84);
        assertThat(body.get("floorArea").decimalValue()).isEqualByComparingTo("5600.50");

        var read = http.get("/api/survey/communities/" + body.get("id").asString());
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("name").asString()).isEqualTo("北山小区");
        assertThat(read.json().get("buildings").get(0).get("floorArea").decimalValue()).isEqualByComparingTo("3120.50");
    }

    @Test
    void malformedJsonIs400ProblemAndStoresNothing() {
        String name = "broken-" + java.util.UUID.randomUUID();

        var response = http.post("/api/survey/communities", "{\"name\": \"" + name + "\", \"buildYear\": 19");

        assertProblem(response, 400, "MALFORMED_REQUEST");
        assertThat(stored("name", name)).isZero();
    }

    @Test
    void aMissingRequiredFieldIsNamed() {
        String address = "no-name-" + java.util.UUID.randomUUID();

        var response = http.post("/api/survey/communities",
                "{\"districtCode\":\"220302\",\"streetCode\":\"220302001\",\"address\":\"" + address
                        + "\",\"buildYear\":1990,\"buildings\":[" + building("1", 10, "100") + "]}");

        assertProblem(response, 400, "VALIDATION_FAILED");
        assertThat(fields(response)).containsExactly("name");
        assertThat(stored("address", address)).isZero();
    }

    @Test
    void aNegativeHouseholdCountIsNamedWithItsPath() {
        String name = "负数小区-" + java.util.UUID.randomUUID();

        var response = http.post("/api/survey/communities",
                community(name, "220302", "220302001", 1990, building("1", -3, "100")));

        assertProblem(response, 400, "VALIDATION_FAILED");
        assertThat(fields(response)).containsExactly("buildings[0].households");
        assertThat(stored("name", name)).isZero();
    }

    @Test
    void everyInvalidFieldIsListedAtOnce() {
        var response = http.post("/api/survey/communities",
                community("", "22030", "220302001", 1990, building("1", 0, "100.123")));

        assertProblem(response, 400, "VALIDATION_FAILED");
        assertThat(fields(response)).containsExactlyInAnyOrder("name", "districtCode", "buildings[0].households",
                "buildings[0].floorArea");
    }

    @Test
    void aWrongTypeNamesTheField() {
        var response = http.post("/api/survey/communities",
                community("类型小区", "220302", "220302001", 1990, "{\"number\":\"1\",\"households\":\"many\",\"floorArea\":1}"));

        assertProblem(response, 400, "VALIDATION_FAILED");
        assertThat(fields(response)).containsExactly("buildings[0].households");
    }

    @Test
    void aLookAlikeNameInTheSameStreetIs409NamingTheCommunityAlreadyThere() {
        String street = TestStreets.next();
        String name = "Sunshine Garden 阳光小区";
        var first = http.post("/api/survey/communities", community(name, "220302", street, 1994, building("1", 5, "50")));
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        String id = first.json().get("id").asString();

        for (String lookAlike : List.of("Ｓｕｎｓｈｉｎｅ Ｇａｒｄｅｎ 阳光小区", "Sunshine Gar\u200Bden 阳光小区",
                "Sunshine Garden 阳光小区\u00A0", "Sunshin\u0435 Garden 阳光小区", "Sunshine  Garden 阳光小区",
                "SUNSHINE GARDEN 阳光小区")) {
            var second = http.post("/api/survey/communities", community(lookAlike, "220302", street, 1994,
                    building("1", 5, "50")));
            assertThat(second.status()).as(lookAlike).isEqualTo(409);
            assertThat(second.json().get("code").asString()).isEqualTo("COMMUNITY_ALREADY_REGISTERED");
            assertThat(second.json().get("detail").asString()).contains(id).contains(name);
        }
        var decomposed = http.post("/api/survey/communities", community("Café 小区", "220302", street, 1994,
                building("1", 5, "50")));
        assertThat(decomposed.status()).isEqualTo(201);
        assertThat(http.post("/api/survey/communities", community("Cafe\u0301 小区", "220302", street, 1994,
                building("1", 5, "50"))).status()).isEqualTo(409);

        // the name is kept as written; another street may hold the same name
        assertThat(http.get("/api/survey/communities/" + id).json().get("name").asString()).isEqualTo(name);
        assertThat(http.post("/api/survey/communities", community(name, "220302", TestStreets.next(), 1994,
                building("1", 5, "50"))).status()).isEqualTo(201);
    }

    @Test
    void rulesAcrossFieldsAreChecked() {
        var response = http.post("/api/survey/communities",
                community("规则小区", "220302", "220399001", 2999, building("1", 5, "50") + "," + building("1", 6, "60")));

        assertProblem(response, 400, "VALIDATION_FAILED");
        assertThat(fields(response)).containsExactlyInAnyOrder("streetCode", "buildYear", "buildings[1].number");
    }

    @Test
    void problemsAreChineseByDefaultAndEnglishOnRequest() {
        String bad = community("", "220302", "220302001", 1990, building("1", 5, "50"));

        var chinese = http.post("/api/survey/communities", bad);
        var english = http.post("/api/survey/communities", bad, "Accept-Language", "en");

        assertThat(chinese.json().get("title").asString()).isEqualTo("请求数据不合法");
        assertThat(english.json().get("title").asString()).isEqualTo("Invalid request data");
    }

    @Test
    void anUnknownCommunityIs404Problem() {
        assertProblem(http.get("/api/survey/communities/" + UUID.randomUUID()), 404, "COMMUNITY_NOT_FOUND");
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyCreatesNothingNew() {
        String key = "reg-" + UUID.randomUUID();
        String name = "幂等小区-" + UUID.randomUUID();
        String body = community(name);

        var first = http.post("/api/survey/communities", body, "Idempotency-Key", key);
        var retry = http.post("/api/survey/communities", body, "Idempotency-Key", key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.json().get("id")).isEqualTo(first.json().get("id"));
        assertThat(stored("name", name)).isEqualTo(1);
    }

    @Test
    void anIdempotencyKeyReusedForADifferentRequestIsRefused() {
        String key = "reg-" + UUID.randomUUID();
        http.post("/api/survey/communities", community("第一个"), "Idempotency-Key", key);

        var reused = http.post("/api/survey/communities", community("第二个"), "Idempotency-Key", key);

        assertProblem(reused, 422, "IDEMPOTENCY_KEY_REUSED");
    }

    @Test
    void listsFilterPageAndSort() {
        String street = TestStreets.next();
        for (int year : new int[] {1985, 1992, 1999}) {
            http.post("/api/survey/communities", community("列表" + year, "220302", street, year, building("1", 5, "50")));
        }

        var page = http.get("/api/survey/communities?streetCode=" + street + "&buildYearFrom=1990&sort=buildYear,desc&size=1");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.json().get("page").get("totalElements").asInt()).isEqualTo(2);
        assertThat(page.json().get("content").get(0).get("buildYear").asInt()).isEqualTo(1999);
        assertProblem(http.get("/api/survey/communities?sort=password"), 400, "SORT_NOT_SUPPORTED");
        assertProblem(http.get("/api/survey/communities?districtCode=abc"), 400, "VALIDATION_FAILED");
    }

    @Test
    void aPageSizeAbove200IsRefusedNamingSizeNotSilentlyCut() {
        var tooBig = http.get("/api/survey/communities?size=100000");

        assertThat(tooBig.status()).isEqualTo(400);
        assertThat(tooBig.json().get("errors").get(0).get("field").asString()).isEqualTo("size");
        assertThat(http.get("/api/survey/communities?size=200").json().get("page").get("size").asInt()).isEqualTo(200);
    }

    /** Communities of this test's own making in the shared store (other tests' writes do not count). */
    private long stored(String field, String value) {
        return mongo.getCollection("communities").countDocuments(new org.bson.Document(field, value));
    }

    private static List<String> fields(Http.Response response) {
        List<String> fields = new ArrayList<>();
        response.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        return fields;
    }

    private static void assertProblem(Http.Response response, int status, String code) {
        assertThat(response.status()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.get("code").asString()).isEqualTo(code);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("type").asString()).startsWith("urn:renewal:problem:");
        assertThat(problem.get("correlationId").asString()).isNotBlank();
        assertThat(problem.toString()).doesNotContain("Exception").doesNotContain("\tat ");
    }
}
