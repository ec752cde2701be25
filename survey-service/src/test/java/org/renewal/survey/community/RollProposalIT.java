package org.renewal.survey.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.renewal.survey.community.SurveyFixtures.household;
import static org.renewal.survey.community.SurveyFixtures.owner;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.renewal.platform.embedded.TestIssuer;
import org.renewal.platform.test.Http;
import org.renewal.platform.test.ServiceIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The real-estate register's system proposes a building's household roll; nothing changes until the street office
 * confirms it, and then the roll is the building's exactly as if the office had entered it.
 */
@ServiceIntegrationTest
class RollProposalIT {

    @LocalServerPort
    int port;

    Http as(String subject, String role, Map<String, Object> claims) {
        return Http.at(port).as(TestIssuer.get().token(subject, role, claims));
    }

    @Test
    void aProposedRollChangesNothingUntilTheStreetConfirmsItOncePerKey() {
        Http office = Http.at(port).as(TestIssuer.get().districtOffice("220302"));
        String id = office.post("/api/survey/communities", CommunityFixtures.community("登记小区-" + UUID.randomUUID()))
                .json().get("id").asString();
        Http register = as("register-220302", "INTEGRATION", Map.of("scope", "survey.read survey.rolls.propose",
                "district", "220302"));
        Http street = as("street-1", "STREET", Map.of("district", "220302", "street", "220302001"));
        String proposal = "{\"reference\":\"不动产登记-2027-000321\",\"roll\":{\"households\":[" + String.join(",",
                household("1", 1, "101", "62.35", owner("张建国", "11010519491231002X", null)),
                household("1", 1, "102", "58.10", owner("李芳", null, "13904340000"))) + "]}}";
        String path = "/api/survey/communities/" + id + "/buildings/1/roll-proposals";

        var first = register.post(path, proposal, "Idempotency-Key", "reg-000321");
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(register.post(path, proposal, "Idempotency-Key", "reg-000321").json().get("id").asString())
                .isEqualTo(first.json().get("id").asString());
        assertThat(register.post(path, proposal).json().get("errors").get(0).get("field").asString())
                .isEqualTo("Idempotency-Key");
        String proposalId = first.json().get("id").asString();
        String roll = "/api/survey/communities/" + id + "/buildings/1/households";
        assertThat(office.get(roll).json().get("households").asInt()).isZero();

        // the street sees it among those to decide; another district's system and office do not
        JsonNode toDecide = street.get("/api/survey/roll-proposals?status=PROPOSED&size=200").json();
        assertThat(toDecide.get("content").toString()).contains(proposalId);
        Http elsewhere = as("register-220303", "INTEGRATION", Map.of("scope", "survey.read survey.rolls.propose",
                "district", "220303"));
        assertThat(elsewhere.post(path, proposal, "Idempotency-Key", "x").status()).isEqualTo(404);
        assertThat(elsewhere.get("/api/survey/roll-proposals/" + proposalId).status()).isEqualTo(404);
        assertThat(Http.at(port).as(TestIssuer.get().districtOffice("220303"))
                .get("/api/survey/roll-proposals/" + proposalId).status()).isEqualTo(404);
        // the register proposes; it does not decide
        assertThat(register.post("/api/survey/roll-proposals/" + proposalId + "/confirmation", "{}").status())
                .isEqualTo(403);

        var confirmed = street.post("/api/survey/roll-proposals/" + proposalId + "/confirmation", "{}");
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        assertThat(confirmed.json().get("status").asString()).isEqualTo("CONFIRMED");
        assertThat(confirmed.json().get("decidedBy").asString()).isEqualTo("street-1");
        JsonNode applied = office.get(roll).json();
        assertThat(applied.get("households").asInt()).isEqualTo(2);
        assertThat(applied.get("roll").get(0).get("owner").get("name").asString()).isEqualTo("张建国");
        assertThat(street.post("/api/survey/roll-proposals/" + proposalId + "/rejection", "{\"reason\":\"x\"}").json()
                .get("code").asString()).isEqualTo("ROLL_PROPOSAL_DECIDED");

        // a rejected proposal changes nothing and says why
        String other = register.post(path, proposal.replace("62.35", "63.00"), "Idempotency-Key", "reg-000322").json()
                .get("id").asString();
        var rejected = street.post("/api/survey/roll-proposals/" + other + "/rejection",
                "{\"reason\":\"1单元101面积与现场测绘不符\"}");
        assertThat(rejected.json().get("status").asString()).isEqualTo("REJECTED");
        assertThat(register.get("/api/survey/roll-proposals/" + other).json().get("reason").asString())
                .isEqualTo("1单元101面积与现场测绘不符");
        assertThat(office.get(roll).json().get("exclusiveArea").decimalValue()).isEqualByComparingTo("120.45");
    }
}
