package org.renewal.plan.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.renewal.plan.messaging.SurveyEvents.communityRegistered;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.renewal.contracts.survey.SurveyTopics;
import org.renewal.plan.PlanApplication;
import org.renewal.platform.embedded.ChildProcess;
import org.renewal.platform.embedded.EmbeddedMongoMain;
import org.renewal.platform.test.ConsumerGroups;
import org.renewal.platform.test.EmbeddedInfrastructure;
import org.renewal.platform.test.RawProducer;
import org.renewal.platform.test.TopicProbe;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Issue 10, "MongoDB stopped while a service consumes": offsets do not advance past what could not be
 * stored, nothing goes to the dead letters, and when the store returns consumption resumes with no event
 * skipped. The store here is a MongoDB wire server this test stops and starts on the same port and data.
 */
class StoreOutageIT {

    private final String group = "plan-store-outage-" + UUID.randomUUID();

    @Test
    void aStoreOutageDelaysConsumptionButSkipsNothing() throws Exception {
        EmbeddedInfrastructure infra = EmbeddedInfrastructure.get();
        int port = org.renewal.platform.test.FreePorts.next();
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("renewal-store-outage-");
        // the store as its own process, its data on disk: stopped and started like a real server
        ChildProcess store = new ChildProcess("mongo:" + port, EmbeddedMongoMain.class, dir.resolve("mongo.log"), "256m",
                "--port", Integer.toString(port), "--dir", dir.resolve("data").toString()).start(Duration.ofSeconds(60));
        String uri = "mongodb://localhost:" + port + "/?serverSelectionTimeoutMS=2000&connectTimeoutMS=2000";
        List<String> before = ids(5);
        List<String> during = ids(10);
        try (RawProducer survey = new RawProducer(infra.kafkaBootstrapServers());
             ConfigurableApplicationContext plan = new SpringApplicationBuilder(PlanApplication.class).run(
                     "--server.port=0", "--management.server.port=0", "--spring.kafka.bootstrap-servers=" + infra.kafkaBootstrapServers(),
                     "--spring.mongodb.uri=" + uri, "--spring.mongodb.database=plan-store-outage",
                     "--spring.kafka.consumer.group-id=" + group)) {
            MongoTemplate mongo = plan.getBean(MongoTemplate.class);
            before.forEach(id -> survey.send(SurveyTopics.COMMUNITY, id, communityRegistered(id, 1, "停库之前")));
            await().atMost(Duration.ofSeconds(30)).until(() -> count(mongo, before) == before.size());
            ConsumerGroups.awaitCaughtUp(infra.kafkaBootstrapServers(), group, SurveyTopics.COMMUNITY, Duration.ofSeconds(30));

            store.stop();
            during.forEach(id -> survey.send(SurveyTopics.COMMUNITY, id, communityRegistered(id, 1, "停库期间")));
            // the consumer keeps retrying the record it could not store: its group lags, and goes on lagging
            await().atMost(Duration.ofSeconds(30)).until(() -> lag(infra.kafkaBootstrapServers()) > 0);
            await().during(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(10))
                    .until(() -> lag(infra.kafkaBootstrapServers()) > 0);

            store.start(Duration.ofSeconds(60));
            await().atMost(Duration.ofSeconds(90)).until(() -> count(mongo, during) == during.size());
            ConsumerGroups.awaitCaughtUp(infra.kafkaBootstrapServers(), group, SurveyTopics.COMMUNITY, Duration.ofSeconds(60));
            assertThat(count(mongo, before)).isEqualTo(before.size());
            assertThat(TopicProbe.await(infra.kafkaBootstrapServers(), SurveyTopics.COMMUNITY + ".DLT",
                    r -> during.contains(r.key()) || before.contains(r.key()), 1, Duration.ofSeconds(10))).isEmpty();
        } finally {
            store.close();
        }
    }

    private long lag(String bootstrap) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            var committed = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
            long lag = 0;
            for (var e : admin.listOffsets(committed.keySet().stream().filter(tp -> tp.topic().equals(SurveyTopics.COMMUNITY))
                    .collect(java.util.stream.Collectors.toMap(tp -> tp, tp -> OffsetSpec.latest())))
                    .all().get(10, TimeUnit.SECONDS).entrySet()) {
                TopicPartition tp = e.getKey();
                lag += e.getValue().offset() - committed.get(tp).offset();
            }
            return lag;
        }
    }

    private static long count(MongoTemplate mongo, List<String> ids) {
        return mongo.getCollection("communities").countDocuments(new Document("_id", new Document("$in", ids)));
    }

    private static List<String> ids(int n) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add(UUID.randomUUID().toString());
        }
        return ids;
    }
}
