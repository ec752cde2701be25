package org.renewal.survey.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Date;
import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.renewal.contracts.survey.SurveyTopics;
import org.renewal.platform.embedded.TestIssuer;
import org.renewal.platform.test.EmbeddedInfrastructure;
import org.renewal.platform.test.Http;
import org.renewal.platform.test.ServiceIntegrationTest;
import org.renewal.platform.test.TopicProbe;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The relay asks the store for pending events only when something can be waiting; what another
 * replica left behind (it crashed after the broker took an event but before removing it) is still
 * found, by the periodic full sweep, and published again (consumers are idempotent by event id).
 */
@ServiceIntegrationTest
@TestPropertySource(properties = "renewal.outbox.full-sweep-interval=2s")
class OutboxSweepIT {

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Test
    void anEventAnotherReplicaLeftInTheStoreIsPublishedByThePeriodicSweep() {
        Http office = Http.at(port).as(TestIssuer.get().districtOffice("220302"));
        var created = office.post("/api/survey/communities", """
                {"name":"遗留事件小区","districtCode":"220302","streetCode":"220302011","buildYear":1991,
                 "buildings":[{"number":"1","floors":6,"households":24,"floorArea":1500}]}""");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();
        String bootstrap = EmbeddedInfrastructure.get().kafkaBootstrapServers();
        var first = TopicProbe.await(bootstrap, SurveyTopics.COMMUNITY, r -> id.equals(r.key())
                && r.value().contains("\"survey.CommunityRegistered\""), 1, Duration.ofSeconds(30));
        assertThat(first).hasSize(1);
        await().atMost(Duration.ofSeconds(15)).until(() -> pending(id).isEmpty());

        // another replica's write: the same event, still in the document, never handed to this relay
        String envelope = first.get(0).value();
        String eventId = JsonMapper.builder().build().readTree(envelope).get("eventId").asString();
        mongo.getCollection("communities").updateOne(new Document("_id", id), new Document("$push",
                new Document("pendingEvents", new Document("eventId", eventId).append("topic", SurveyTopics.COMMUNITY)
                        .append("key", id).append("type", "survey.CommunityRegistered").append("createdAt", new Date())
                        .append("envelope", envelope))));

        var both = TopicProbe.await(bootstrap, SurveyTopics.COMMUNITY, r -> id.equals(r.key())
                && r.value().contains("\"survey.CommunityRegistered\""), 2, Duration.ofSeconds(30));
        assertThat(both).hasSize(2);
        assertThat(both.get(1).value()).isEqualTo(envelope);
        await().atMost(Duration.ofSeconds(15)).until(() -> pending(id).isEmpty());
    }

    private List<Object> pending(String id) {
        Document doc = mongo.getCollection("communities").find(new Document("_id", id)).first();
        return doc.getList("pendingEvents", Object.class);
    }
}
