package org.renewal.plan.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.renewal.plan.messaging.SurveyEvents.communityRegistered;
import static org.renewal.plan.messaging.SurveyEvents.communityReserved;
import static org.renewal.plan.messaging.SurveyEvents.eligibilityAssessed;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.renewal.contracts.survey.SurveyTopics;
import org.renewal.plan.programme.ProgrammeStage;
import org.renewal.platform.test.ConsumerGroups;
import org.renewal.platform.test.EmbeddedInfrastructure;
import org.renewal.platform.test.RawProducer;
import org.renewal.platform.test.TopicProbe;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.support.KafkaHeaders;

/**
 * plan-service applies the survey events that reach it together (one poll: here, everything sent while it was
 * stopped) in a few bulk writes. The outcome must be the one of applying them one at a time: the same community
 * document, the same programme entry and stage, every event once in the timeline; a record that is not an event
 * among them goes to the dead-letter topic and the others are applied.
 */
class SurveyEventBatchesIT {

    private final String group = "plan-batches-" + UUID.randomUUID();
    private final String database = "plan-batches-" + UUID.randomUUID();

    @Test
    void eventsArrivingTogetherEndAsWhenEachArrivesAlone() {
        EmbeddedInfrastructure infra = EmbeddedInfrastructure.get();
        String alone = UUID.randomUUID().toString();
        String together = UUID.randomUUID().toString();
        String afterPoison = UUID.randomUUID().toString();
        try (RawProducer survey = new RawProducer(infra.kafkaBootstrapServers())) {
            try (ConfigurableApplicationContext plan = startPlanService()) {
                MongoTemplate mongo = plan.getBean(MongoTemplate.class);
                List<String> events = lifeOf(alone);
                for (int i = 0; i < events.size(); i++) {
                    survey.send(SurveyTopics.COMMUNITY, alone, events.get(i));
                    long seen = Math.min(i + 1, 3);
                    await().atMost(Duration.ofSeconds(30)).until(() -> timeline(mongo, alone) == seen);
                    ConsumerGroups.awaitCaughtUp(infra.kafkaBootstrapServers(), group, SurveyTopics.COMMUNITY,
                            Duration.ofSeconds(30));
                }
            }

            lifeOf(together).forEach(event -> survey.send(SurveyTopics.COMMUNITY, together, event));
            survey.send(SurveyTopics.COMMUNITY, afterPoison, "{ not an event, between good ones");
            survey.send(SurveyTopics.COMMUNITY, afterPoison, communityRegistered(afterPoison, 1, "毒丸之后"));

            try (ConfigurableApplicationContext plan = startPlanService()) {
                MongoTemplate mongo = plan.getBean(MongoTemplate.class);
                await().atMost(Duration.ofSeconds(60)).until(() -> document(mongo, "communities", afterPoison) != null);
                ConsumerGroups.awaitCaughtUp(infra.kafkaBootstrapServers(), group, SurveyTopics.COMMUNITY,
                        Duration.ofSeconds(30));

                Document community = document(mongo, "communities", together);
                assertThat(community).isEqualTo(document(mongo, "communities", alone));
                assertThat(community).containsEntry("name", "批量小区").containsEntry("reserveStatus", "RESERVED")
                        .containsEntry("eligibility", "PRIORITY").containsEntry("sourceVersion", 3L);
                Document programme = document(mongo, "programme_communities", together);
                assertThat(programme).isEqualTo(document(mongo, "programme_communities", alone));
                assertThat(programme).containsEntry("stageOrder", ProgrammeStage.RESERVED.ordinal())
                        .containsEntry("reserved", true).containsEntry("name", "批量小区");
                assertThat(timeline(mongo, together)).isEqualTo(3);
                assertThat(document(mongo, "communities", afterPoison)).containsEntry("name", "毒丸之后");
                // (other plan-service instances of this test run, in other groups, dead-letter it too)
                assertThat(TopicProbe.await(infra.kafkaBootstrapServers(), SurveyTopics.COMMUNITY + ".DLT",
                        r -> afterPoison.equals(r.key()) && fromThisGroup(r), 1, Duration.ofSeconds(30))).hasSize(1);
            }
        }
    }

    /** Registered, assessed, reserved — and the assessment delivered a second time. */
    private static List<String> lifeOf(String community) {
        String assessed = UUID.randomUUID().toString();
        return List.of(
                SurveyEvents.communityRegistered(UUID.randomUUID().toString(), community, 1, "批量小区", 30),
                eligibilityAssessed(assessed, community, 2, "PRIORITY", "72.50"),
                communityReserved(UUID.randomUUID().toString(), community, 3, "PRIORITY", "72.50"),
                eligibilityAssessed(assessed, community, 2, "PRIORITY", "72.50"));
    }

    /** The document without what differs between two communities by nature: the id and when it was written. */
    private static Document document(MongoTemplate mongo, String collection, String id) {
        Document d = mongo.getCollection(collection).find(new Document("_id", id)).first();
        if (d != null) {
            d.remove("_id");
            d.remove("updatedAt");
        }
        return d;
    }

    private boolean fromThisGroup(ConsumerRecord<String, String> deadLetter) {
        Header header = deadLetter.headers().lastHeader(KafkaHeaders.DLT_ORIGINAL_CONSUMER_GROUP);
        return header != null && group.equals(new String(header.value(), StandardCharsets.UTF_8));
    }

    private static long timeline(MongoTemplate mongo, String community) {
        return mongo.getCollection("community_timeline").countDocuments(new Document("communityId", community));
    }

    private ConfigurableApplicationContext startPlanService() {
        return StandalonePlanService.start(database, group);
    }
}
