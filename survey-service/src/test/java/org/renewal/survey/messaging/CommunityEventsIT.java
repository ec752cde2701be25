package org.renewal.survey.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.renewal.contracts.survey.CommunityRegistered;
import org.renewal.contracts.survey.SurveyTopics;
import org.renewal.platform.events.EventEnvelope;
import org.renewal.platform.events.EventEnvelopes;
import org.renewal.platform.test.EmbeddedInfrastructure;
import org.renewal.platform.test.Http;
import org.renewal.platform.test.ServiceIntegrationTest;
import org.renewal.platform.embedded.TestIssuer;
import org.renewal.platform.test.TopicProbe;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Register → outbox → real broker: the event leaves once the write is stored, and the outbox empties. */
@ServiceIntegrationTest
class CommunityEventsIT {

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    EventEnvelopes envelopes;

    @Test
    void registeringPublishesCommunityRegisteredWithTheRequestsCorrelationId() {
        var created = Http.at(port).as(TestIssuer.get().districtOffice("220302")).post("/api/survey/communities", """
                {"name":"事件小区","districtCode":"220302","streetCode":"220302003","buildYear":1996,
                 "buildings":[{"number":"1","households":40,"floorArea":2600.25},{"number":"2","households":20,"floorArea":1300}]}""",
                "X-Correlation-Id", "it-corr-1");
        String id = created.json().get("id").asString();

        List<ConsumerRecord<String, String>> records = TopicProbe.await(
                EmbeddedInfrastructure.get().kafkaBootstrapServers(), SurveyTopics.COMMUNITY,
                r -> id.equals(r.key()) && r.value().contains("\"survey.CommunityRegistered\""), 1,
                Duration.ofSeconds(30));

        assertThat(records).hasSize(1);
        EventEnvelope envelope = envelopes.read(records.get(0).value());
        assertThat(envelope.type()).isEqualTo("survey.CommunityRegistered");
        assertThat(envelope.version()).isEqualTo(1);
        assertThat(envelope.aggregateId()).isEqualTo(id);
        assertThat(envelope.aggregateVersion()).isEqualTo(1);
        assertThat(envelope.correlationId()).isEqualTo("it-corr-1");
        CommunityRegistered event = envelopes.payload(envelope, CommunityRegistered.class);
        assertThat(event.households()).isEqualTo(60);
        assertThat(event.floorArea()).isEqualByComparingTo("3900.25");
        assertThat(records.get(0).value()).doesNotContain("ownerName").doesNotContain("org.renewal");

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                assertThat(pendingEvents(id)).isEmpty());
    }

    private List<?> pendingEvents(String id) {
        Document doc = mongo.getCollection("communities").find(new Document("_id", id)).first();
        return doc.getList("pendingEvents", Object.class);
    }
}
