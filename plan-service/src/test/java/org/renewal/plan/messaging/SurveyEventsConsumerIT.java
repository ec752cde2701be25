package org.renewal.plan.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.renewal.plan.messaging.SurveyEvents.communityRegistered;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.renewal.contracts.survey.SurveyTopics;
import org.renewal.platform.test.ConsumerGroups;
import org.renewal.platform.test.EmbeddedInfrastructure;
import org.renewal.platform.test.Http;
import org.renewal.platform.test.RawProducer;
import org.renewal.platform.test.ServiceIntegrationTest;
import org.renewal.platform.embedded.TestIssuer;
import org.renewal.platform.test.TopicProbe;
import org.springframework.boot.test.web.server.LocalServerPort;

/** survey.CommunityRegistered from the real broker into plan-service's read model, at most once. */
@ServiceIntegrationTest
class SurveyEventsConsumerIT {

    static final String GROUP = "plan-service";
    static RawProducer survey;

    @LocalServerPort
    int port;

    @BeforeAll
    static void producer() {
        survey = new RawProducer(kafka());
    }

    @AfterAll
    static void close() {
        survey.close();
    }

    @Test
    void aRegisteredCommunityAppearsInTheReadModel() {
        String id = UUID.randomUUID().toString();

        survey.send(SurveyTopics.COMMUNITY, id, communityRegistered(id, 1, "北山小区"));

        var community = awaitCommunity(id);
        assertThat(community.get("name").asString()).isEqualTo("北山小区");
        assertThat(community.get("households").asInt()).isEqualTo(30);
        assertThat(community.get("floorArea").decimalValue()).isEqualByComparingTo("1234.50");
        assertThat(community.get("sourceVersion").asLong()).isEqualTo(1);
    }

    @Test
    void duplicatesAndOlderEventsChangeNothing() {
        String id = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();
        survey.send(SurveyTopics.COMMUNITY, id, SurveyEvents.communityRegistered(eventId, id, 2, "第二版", 30));
        awaitCommunity(id);

        survey.send(SurveyTopics.COMMUNITY, id, SurveyEvents.communityRegistered(eventId, id, 2, "重复投递", 99));
        survey.send(SurveyTopics.COMMUNITY, id, communityRegistered(id, 1, "迟到的旧版"));
        ConsumerGroups.awaitCaughtUp(kafka(), GROUP, SurveyTopics.COMMUNITY, Duration.ofSeconds(30));

        var community = Http.at(port).as(TestIssuer.get().districtOffice("220302")).get("/api/plan/communities/" + id).json();
        assertThat(community.get("name").asString()).isEqualTo("第二版");
        assertThat(community.get("households").asInt()).isEqualTo(30);
        assertThat(community.get("sourceVersion").asLong()).isEqualTo(2);
    }

    @Test
    void aPoisonRecordGoesToTheDeadLetterTopicAndThePartitionKeepsFlowing() {
        String id = UUID.randomUUID().toString();

        survey.send(SurveyTopics.COMMUNITY, id, "{ this is not an event");
        survey.send(SurveyTopics.COMMUNITY, id, communityRegistered(id, 1, "毒丸之后"));

        assertThat(awaitCommunity(id).get("name").asString()).isEqualTo("毒丸之后");
        var deadLetters = TopicProbe.await(kafka(), SurveyTopics.COMMUNITY + ".DLT",
                r -> id.equals(r.key()), 1, Duration.ofSeconds(30));
        assertThat(deadLetters).hasSize(1);
        assertThat(deadLetters.get(0).value()).isEqualTo("{ this is not an event");
        assertThat(deadLetters.get(0).headers().lastHeader("kafka_dlt-exception-fqcn")).isNotNull();

        // the city office lists it with why it failed, and replays it corrected; the district office may not
        Http city = Http.at(port).as(TestIssuer.get().cityOffice());
        tools.jackson.databind.JsonNode letter = null;
        for (tools.jackson.databind.JsonNode l : city.get("/api/plan/dead-letters").json()) {
            if (id.equals(l.get("key").asString())) {
                letter = l;
            }
        }
        assertThat(letter).isNotNull();
        assertThat(letter.get("originalTopic").asString()).isEqualTo(SurveyTopics.COMMUNITY);
        assertThat(letter.get("failure").asString()).isNotBlank();
        assertThat(Http.at(port).as(TestIssuer.get().districtOffice("220302")).get("/api/plan/dead-letters").status())
                .isEqualTo(403);
        var json = tools.jackson.databind.json.JsonMapper.builder().build();
        var replayed = city.post("/api/plan/dead-letters/replay", json.writeValueAsString(java.util.Map.of(
                "topic", letter.get("topic").asString(), "partition", letter.get("partition").asInt(),
                "offset", letter.get("offset").asLong(), "value", communityRegistered(id, 2, "修正后重放"))));
        assertThat(replayed.status()).as(replayed.body()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30)).until(() -> "修正后重放".equals(awaitCommunity(id).get("name").asString()));
        assertThat(city.post("/api/plan/dead-letters/replay", "{\"topic\":\"" + letter.get("topic").asString()
                + "\",\"partition\":" + letter.get("partition").asInt() + ",\"offset\":999999}").status()).isEqualTo(404);
        assertThat(city.post("/api/plan/dead-letters/replay", "{\"topic\":\"secrets\",\"partition\":0,\"offset\":0}")
                .status()).isEqualTo(400);
    }

    @Test
    void anUnknownCommunityIs404Problem() {
        var response = Http.at(port).as(TestIssuer.get().districtOffice("220302")).get("/api/plan/communities/" + UUID.randomUUID());

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("code").asString()).isEqualTo("COMMUNITY_NOT_FOUND");
    }

    private tools.jackson.databind.JsonNode awaitCommunity(String id) {
        Http http = Http.at(port).as(TestIssuer.get().districtOffice("220302"));
        await().atMost(Duration.ofSeconds(30)).until(() -> http.get("/api/plan/communities/" + id).status() == 200);
        return http.get("/api/plan/communities/" + id).json();
    }

    private static String kafka() {
        return EmbeddedInfrastructure.get().kafkaBootstrapServers();
    }
}
