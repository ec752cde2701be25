package org.renewal.plan.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.renewal.contracts.survey.SurveyTopics;
import org.renewal.platform.test.ContainersIntegrationTest;
import org.renewal.platform.test.Http;
import org.renewal.platform.test.RawProducer;
import org.renewal.platform.embedded.TestIssuer;

/**
 * The consumer path against real MongoDB and Apache Kafka images: an event and its duplicate give
 * one read-model entry. Skipped (not failed) where no Docker engine runs.
 */
class SurveyEventsContainersIT extends ContainersIntegrationTest {

    @Test
    void appliesAnEventOnceOnRealMongoAndKafka() {
        String id = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();
        try (RawProducer survey = new RawProducer(kafka.getBootstrapServers())) {
            survey.send(SurveyTopics.COMMUNITY, id, SurveyEvents.communityRegistered(eventId, id, 1, "容器小区", 12));
            survey.send(SurveyTopics.COMMUNITY, id, SurveyEvents.communityRegistered(eventId, id, 1, "重复", 99));
        }

        Http http = Http.at(port).as(TestIssuer.get().districtOffice("220302"));
        await().atMost(Duration.ofSeconds(60)).until(() -> http.get("/api/plan/communities/" + id).status() == 200);
        var community = http.get("/api/plan/communities/" + id).json();
        assertThat(community.get("households").asInt()).isEqualTo(12);
    }
}
