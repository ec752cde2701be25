package org.renewal.survey.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.renewal.contracts.survey.SurveyTopics;
import org.renewal.platform.test.ContainersIntegrationTest;
import org.renewal.platform.test.Http;
import org.renewal.platform.embedded.TestIssuer;
import org.renewal.platform.test.TopicProbe;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The outbox path against real MongoDB and Apache Kafka images, as production runs them.
 */
class CommunityContainersIT extends ContainersIntegrationTest {

    @Autowired
    MongoTemplate mongo;

    @Test
    void registeringPublishesThroughTheOutboxOnRealMongoAndKafka() {
        var created = Http.at(port).as(TestIssuer.get().districtOffice("220302")).post("/api/survey/communities", """
                {"name":"容器小区","districtCode":"220302","streetCode":"220302001","buildYear":1993,
                 "buildings":[{"number":"1","households":12,"floorArea":800.5}]}""");
        assertThat(created.status()).isEqualTo(201);
        String id = created.json().get("id").asString();

        var records = TopicProbe.await(kafka.getBootstrapServers(), SurveyTopics.COMMUNITY,
                r -> id.equals(r.key()) && r.value().contains("\"survey.CommunityRegistered\""), 1,
                Duration.ofSeconds(60));

        assertThat(records).hasSize(1);
        assertThat(records.get(0).value()).contains("\"type\":\"survey.CommunityRegistered\"");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                mongo.getCollection("communities").find(new Document("_id", id)).first()
                        .getList("pendingEvents", Object.class)).isEmpty());
    }
}
