package org.renewal.plan.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.renewal.plan.messaging.SurveyEvents.communityRegistered;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.renewal.contracts.survey.SurveyTopics;
import org.renewal.platform.test.ConsumerGroups;
import org.renewal.platform.test.EmbeddedInfrastructure;
import org.renewal.platform.test.RawProducer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * plan-service is stopped while survey publishes, then started again: it catches up from its
 * committed offsets; no event is lost and none is applied twice.
 */
class PlanCatchUpIT {

    private final String group = "plan-catch-up-" + UUID.randomUUID();
    private final String database = "plan-catch-up-" + UUID.randomUUID();

    @Test
    void catchesUpAfterADowntimeWithoutLosingOrDoubleApplying() {
        EmbeddedInfrastructure infra = EmbeddedInfrastructure.get();
        List<String> before = ids(5);
        List<String> during = ids(10);
        try (RawProducer survey = new RawProducer(infra.kafkaBootstrapServers())) {
            try (ConfigurableApplicationContext plan = startPlanService()) {
                before.forEach(id -> survey.send(SurveyTopics.COMMUNITY, id, communityRegistered(id, 1, "原名")));
                MongoTemplate mongo = plan.getBean(MongoTemplate.class);
                await().atMost(Duration.ofSeconds(30)).until(() -> count(mongo, before) == before.size());
                ConsumerGroups.awaitCaughtUp(infra.kafkaBootstrapServers(), group, SurveyTopics.COMMUNITY,
                        Duration.ofSeconds(30));
            }

            // while plan-service is down: new communities, and redeliveries of what it already applied
            during.forEach(id -> survey.send(SurveyTopics.COMMUNITY, id, communityRegistered(id, 1, "停机期间")));
            before.forEach(id -> survey.send(SurveyTopics.COMMUNITY, id, communityRegistered(id, 1, "重复投递")));

            try (ConfigurableApplicationContext plan = startPlanService()) {
                MongoTemplate mongo = plan.getBean(MongoTemplate.class);
                await().atMost(Duration.ofSeconds(60)).until(() -> count(mongo, during) == during.size());
                ConsumerGroups.awaitCaughtUp(infra.kafkaBootstrapServers(), group, SurveyTopics.COMMUNITY,
                        Duration.ofSeconds(30));

                assertThat(count(mongo, before)).isEqualTo(before.size());
                assertThat(names(mongo, before)).containsOnly("原名");
                assertThat(names(mongo, during)).containsOnly("停机期间");
            }
        }
    }

    private ConfigurableApplicationContext startPlanService() {
        return StandalonePlanService.start(database, group);
    }

    private static List<String> ids(int n) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add(UUID.randomUUID().toString());
        }
        return ids;
    }

    private static long count(MongoTemplate mongo, List<String> ids) {
        return mongo.getCollection("communities").countDocuments(new Document("_id", new Document("$in", ids)));
    }

    private static List<String> names(MongoTemplate mongo, List<String> ids) {
        List<String> names = new ArrayList<>();
        mongo.getCollection("communities").find(new Document("_id", new Document("$in", ids)))
                .forEach(d -> names.add(d.getString("name")));
        return names;
    }
}
