package org.renewal.survey.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.renewal.platform.test.Http;
import org.renewal.platform.test.ServiceIntegrationTest;
import org.renewal.platform.embedded.TestIssuer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Who may do what in the register, called directly (around the gateway). */
@ServiceIntegrationTest
class SurveyAccessIT {

    static final TestIssuer issuer = TestIssuer.get();

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Test
    void aDistrictOfficeSeesOnlyItsOwnDistrict() {
        String tiexiId = register("220302", "220302001", "铁西" + UUID.randomUUID());
        Http tiedong = Http.at(port).as(issuer.districtOffice("220303"));

        assertThat(tiedong.get("/api/survey/communities/" + tiexiId).status()).isEqualTo(404);
        assertThat(tiedong.get("/api/survey/communities?size=200").body()).doesNotContain(tiexiId);
        assertThat(Http.at(port).as(issuer.districtOffice("220302")).get("/api/survey/communities/" + tiexiId)
                .status()).isEqualTo(200);
    }

    @Test
    void theCityOfficeSeesEveryDistrict() {
        String tiexiId = register("220302", "220302001", "铁西" + UUID.randomUUID());
        String tiedongId = register("220303", "220303001", "铁东" + UUID.randomUUID());
        Http city = Http.at(port).as(issuer.cityOffice());

        assertThat(city.get("/api/survey/communities/" + tiexiId).status()).isEqualTo(200);
        assertThat(city.get("/api/survey/communities/" + tiedongId).status()).isEqualTo(200);
    }

    @Test
    void aStreetSeesOnlyItsStreet() {
        String mine = register("220302", "220302001", "本街道" + UUID.randomUUID());
        String other = register("220302", "220302002", "邻街道" + UUID.randomUUID());
        Http street = Http.at(port).as(issuer.token("street-1", "STREET",
                Map.of("district", "220302", "street", "220302001")));

        assertThat(street.get("/api/survey/communities/" + mine).status()).isEqualTo(200);
        assertThat(street.get("/api/survey/communities/" + other).status()).isEqualTo(404);
    }

    @Test
    void aDistrictOfficeCannotRegisterInAnotherDistrict() {
        String name = "越界小区-" + java.util.UUID.randomUUID();

        var response = Http.at(port).as(issuer.districtOffice("220303")).post("/api/survey/communities",
                community("220302", "220302001", name));

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.json().get("code").asString()).isEqualTo("OUTSIDE_YOUR_DISTRICT");
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("districtCode");
        assertThat(mongo.getCollection("communities").countDocuments(new org.bson.Document("name", name))).isZero();
    }

    @Test
    void onlyTheDistrictOfficeRegisters() {
        var byCity = Http.at(port).as(issuer.cityOffice()).post("/api/survey/communities",
                community("220302", "220302001", "市里登记"));
        var byResident = Http.at(port).as(issuer.resident("220302", "h-9")).post("/api/survey/communities",
                community("220302", "220302001", "居民登记"));

        assertThat(byCity.status()).isEqualTo(403);
        assertThat(byResident.status()).isEqualTo(403);
        assertThat(byResident.json().get("code").asString()).isEqualTo("ACCESS_DENIED");
    }

    @Test
    void residentsAndUnitsDoNotReadTheRegister() {
        assertThat(Http.at(port).as(issuer.resident("220302", "h-9")).get("/api/survey/communities").status())
                .isEqualTo(403);
        assertThat(Http.at(port).as(issuer.token("unit-1", "UNIT", Map.of("unitId", "u-1")))
                .get("/api/survey/communities").status()).isEqualTo(403);
    }

    @Test
    void anotherSystemReadsWithTheSurveyReadScope() {
        String id = register("220302", "220302001", "对接" + UUID.randomUUID());
        Http system = Http.at(port).as(issuer.token("integration-demo", "INTEGRATION", Map.of("scope", "survey.read")));
        Http withoutScope = Http.at(port).as(issuer.token("integration-demo", "INTEGRATION", Map.of("scope", "plan.read")));

        assertThat(system.get("/api/survey/communities/" + id).status()).isEqualTo(200);
        assertThat(withoutScope.get("/api/survey/communities/" + id).status()).isEqualTo(403);
        assertThat(system.post("/api/survey/communities", community("220302", "220302001", "系统登记")).status())
                .isEqualTo(403);
    }

    @Test
    void fieldsACallerMayNotSetAreRefused() {
        String name = "伪造-" + java.util.UUID.randomUUID();
        String body = community("220302", "220302001", name).replace("{\"name\"",
                "{\"id\":\"chosen-by-client\",\"households\":999999,\"name\"");

        var response = Http.at(port).as(issuer.districtOffice("220302")).post("/api/survey/communities", body);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isIn("id", "households");
        assertThat(mongo.getCollection("communities").countDocuments(new org.bson.Document("name", name))).isZero();
        assertThat(mongo.getCollection("communities").countDocuments(new org.bson.Document("_id", "chosen-by-client")))
                .isZero();
    }

    @Test
    void everyChangeIsAuditedAndReadableByTheDistrictOffice() {
        String subject = "auditor-" + UUID.randomUUID();
        String token = issuer.token(subject, "DISTRICT_OFFICE", Map.of("district", "220302"));
        var created = Http.at(port).as(token).post("/api/survey/communities", community("220302", "220302001", "审计"),
                "X-Correlation-Id", "audit-corr-1");
        Http.at(port).as(token).post("/api/survey/communities", community("220303", "220303001", "被拒"));

        var trail = Http.at(port).as(issuer.districtOffice("220302")).get("/api/survey/audit-records?subject=" + subject);

        assertThat(trail.status()).isEqualTo(200);
        var records = trail.json().get("content");
        assertThat(records).hasSize(2);
        assertThat(records.findValuesAsString("method")).containsOnly("POST");
        assertThat(records.findValues("status").stream().map(s -> s.asInt())).containsExactlyInAnyOrder(201, 403);
        assertThat(records.findValuesAsString("resourceId")).contains(created.json().get("id").asString());
        assertThat(records.findValuesAsString("correlationId")).contains("audit-corr-1");
        assertThat(Http.at(port).as(issuer.districtOffice("220303")).get("/api/survey/audit-records?subject=" + subject)
                .json().get("content")).isEmpty();
    }

    @Test
    void theAuditTrailIsKeptMoreThanSixMonths() {
        Http.at(port).as(issuer.districtOffice("220302")).post("/api/survey/communities",
                community("220302", "220302001", "保留期"));

        var ttl = new java.util.ArrayList<org.bson.Document>();
        mongo.getCollection("audit_records").listIndexes().into(ttl);

        assertThat(ttl).filteredOn(index -> index.containsKey("expireAfterSeconds"))
                .singleElement()
                .satisfies(index -> assertThat(((Number) index.get("expireAfterSeconds")).longValue())
                        .isGreaterThanOrEqualTo(183L * 24 * 3600));
    }

    private String register(String district, String street, String name) {
        String token = issuer.districtOffice(district);
        var response = Http.at(port).as(token).post("/api/survey/communities", community(district, street, name));
        assertThat(response.status()).isEqualTo(201);
        return response.json().get("id").asString();
    }

    private static String community(String district, String street, String name) {
        return """
                {"name":"%s","districtCode":"%s","streetCode":"%s","buildYear":1990,
                 "buildings":[{"number":"1","households":10,"floorArea":500}]}""".formatted(name, district, street);
    }
}
