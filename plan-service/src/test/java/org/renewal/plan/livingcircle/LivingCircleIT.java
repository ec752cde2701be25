package org.renewal.plan.livingcircle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.renewal.contracts.survey.CommunityFacts;
import org.renewal.contracts.survey.CommunityRegistered;
import org.renewal.contracts.survey.SurveyTopics;
import org.renewal.platform.embedded.TestIssuer;
import org.renewal.platform.events.EventEnvelopes;
import org.renewal.platform.test.EmbeddedInfrastructure;
import org.renewal.platform.test.Http;
import org.renewal.platform.test.RawProducer;
import org.renewal.platform.test.ServiceIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Living circles: the facility register and each community's gaps within 300, 500 and 1,000 m. */
@ServiceIntegrationTest
class LivingCircleIT {

    static final String DISTRICT = "220397";
    static final BigDecimal LAT = new BigDecimal("43.1706000");
    static final BigDecimal LON = new BigDecimal("124.3502000");
    /** Metres per degree of latitude on the mean sphere. */
    static final double METRES_PER_DEGREE = Reach.EARTH_RADIUS_M * Math.PI / 180;

    @LocalServerPort
    int port;

    @Autowired
    EventEnvelopes envelopes;

    @Test
    void aCommunitysCirclesNameWhatIsWithinReachAndSuggestMenuItemsForTheGaps() {
        String community = UUID.randomUUID().toString();
        try (RawProducer producer = new RawProducer(EmbeddedInfrastructure.get().kafkaBootstrapServers())) {
            producer.send(SurveyTopics.COMMUNITY, community, envelopes.write(envelopes.wrap(community, 1, Instant.now(),
                    new CommunityRegistered(community, "圈内小区", DISTRICT, DISTRICT + "001", null, 1990, null,
                            List.of(new CommunityFacts.Building("1", 6, 2, 24, new BigDecimal("1500.00"), false)), 1, 24,
                            new BigDecimal("1500.00"), LAT, LON))));
        }
        Http office = Http.at(port).as(TestIssuer.get().districtOffice(DISTRICT));
        Http street = Http.at(port).as(TestIssuer.get().token("street-x", "STREET",
                java.util.Map.of("district", DISTRICT, "street", DISTRICT + "001")));
        await().atMost(Duration.ofSeconds(30)).until(() ->
                office.get("/api/plan/living-circles/communities/" + community).status() == 200);

        // a kindergarten 299 m north is within the 5-minute circle; a day-care centre 301 m north is not
        assertThat(office.post("/api/plan/living-circles/facilities", facility("KINDERGARTEN", "北山幼儿园", 299))
                .status()).isEqualTo(201);
        assertThat(street.post("/api/plan/living-circles/facilities", facility("ELDERLY_DAY_CARE", "日间照料中心", 301))
                .status()).isEqualTo(201);
        // a primary school at 480 m: in the 10-minute circle (500 m); a middle school at 1,200 m: outside the 15-minute
        office.post("/api/plan/living-circles/facilities", facility("PRIMARY_SCHOOL", "实验小学", 480));
        office.post("/api/plan/living-circles/facilities", facility("MIDDLE_SCHOOL", "第三中学", 1200));

        JsonNode circles = office.get("/api/plan/living-circles/communities/" + community).json();
        assertThat(circles.get("located").asBoolean()).isTrue();
        assertThat(circles.get("basis").asString()).contains("GB 50180-2018");
        JsonNode five = type(circles, "FIVE_MINUTE", "KINDERGARTEN");
        assertThat(five.get("present").asBoolean()).isTrue();
        assertThat(five.get("distance").asInt()).isEqualTo(299);
        JsonNode dayCare = type(circles, "FIVE_MINUTE", "ELDERLY_DAY_CARE");
        assertThat(dayCare.get("present").asBoolean()).isFalse();
        assertThat(dayCare.get("nearest").asString()).isEqualTo("日间照料中心");
        assertThat(dayCare.get("suggestedMenuItem").asString()).isEqualTo("OLD_BUILDING_REUSE");
        assertThat(type(circles, "TEN_MINUTE", "PRIMARY_SCHOOL").get("present").asBoolean()).isTrue();
        JsonNode middle = type(circles, "FIFTEEN_MINUTE", "MIDDLE_SCHOOL");
        assertThat(middle.get("present").asBoolean()).isFalse();
        assertThat(middle.get("suggestedMenuItem").isNull()).isTrue();
        assertThat(circles.get("suggestedMenuItems")).extracting(JsonNode::asString)
                .contains("OLD_BUILDING_REUSE", "COMMUNITY_SERVICE_CENTRE", "CAR_PARKS_AND_SQUARES");
        assertThat(circle(circles, "FIVE_MINUTE").get("missing").asInt()).isEqualTo(7);

        JsonNode gaps = office.get("/api/plan/living-circles/gaps").json();
        assertThat(gaps).hasSize(1);
        assertThat(gaps.get(0).get("fiveMinute").asInt()).isEqualTo(7);
        assertThat(gaps.get(0).get("tenMinute").asInt()).isEqualTo(2);
        assertThat(gaps.get(0).get("fifteenMinute").asInt()).isEqualTo(6);

        // bad input names the field; other districts and residents see nothing of it
        JsonNode bad = office.post("/api/plan/living-circles/facilities",
                "{\"type\":\"KINDERGARTEN\",\"name\":\"x\",\"latitude\":91,\"longitude\":124}").json();
        assertThat(bad.get("errors").get(0).get("field").asString()).isEqualTo("latitude");
        assertThat(office.post("/api/plan/living-circles/facilities",
                "{\"type\":\"CASINO\",\"name\":\"x\",\"latitude\":43,\"longitude\":124}").status()).isEqualTo(400);
        assertThat(Http.at(port).as(TestIssuer.get().districtOffice("220302"))
                .get("/api/plan/living-circles/communities/" + community).status()).isEqualTo(404);
        assertThat(Http.at(port).as(TestIssuer.get().districtOffice("220302"))
                .get("/api/plan/living-circles/facilities").json().get("content")).isEmpty();
        assertThat(office.get("/api/plan/living-circles/facilities?type=KINDERGARTEN").json().get("content")).hasSize(1);
    }

    private static String facility(String type, String name, int metresNorth) {
        BigDecimal lat = LAT.add(BigDecimal.valueOf(metresNorth / METRES_PER_DEGREE)).setScale(7, RoundingMode.HALF_UP);
        return "{\"type\":\"" + type + "\",\"name\":\"" + name + "\",\"latitude\":" + lat + ",\"longitude\":" + LON + "}";
    }

    private static JsonNode circle(JsonNode circles, String circle) {
        for (JsonNode c : circles.get("circles")) {
            if (c.get("circle").asString().equals(circle)) {
                return c;
            }
        }
        throw new AssertionError(circle);
    }

    private static JsonNode type(JsonNode circles, String circle, String type) {
        for (JsonNode t : circle(circles, circle).get("types")) {
            if (t.get("type").asString().equals(type)) {
                return t;
            }
        }
        throw new AssertionError(type);
    }
}
