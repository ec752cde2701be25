package org.renewal.survey.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

import io.micrometer.core.instrument.MeterRegistry;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.renewal.contracts.survey.SurveyTopics;
import org.renewal.platform.test.Http;
import org.renewal.platform.test.KafkaNode;
import org.renewal.platform.test.EmbeddedInfrastructure;
import org.renewal.platform.embedded.TestIssuer;
import org.renewal.platform.test.TopicProbe;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The broker is stopped while communities are registered: every POST still answers 201 without
 * waiting on Kafka, and when the broker returns every event is delivered and the outbox empties.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class KafkaOutageIT {

    /** This test's own broker, so stopping it disturbs no other test. */
    static final KafkaNode kafka = KafkaNode.start();
    static final int COMMUNITIES = 20;

    @DynamicPropertySource
    static void ownBroker(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", kafka::bootstrapServers);
        registry.add("spring.mongodb.uri", () -> EmbeddedInfrastructure.get().mongoUri());
        registry.add("renewal.outbox.sweep-interval", () -> "500ms");
        registry.add("renewal.outbox.sweep-grace", () -> "1s");
        registry.add("renewal.security.issuer-uri", () -> TestIssuer.get().issuer());
        registry.add("renewal.security.jwk-set-uri", () -> TestIssuer.get().jwkSetUri());
    }

    @AfterAll
    static void stopBroker() {
        kafka.close();
    }

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    MeterRegistry meters;

    @Test
    void registrationsDuringABrokerOutageAreDeliveredWhenItReturns() {
        kafka.stop();
        Http http = Http.at(port).as(TestIssuer.get().districtOffice("220302"));
        Set<String> ids = new HashSet<>();
        long slowest = 0;
        for (int i = 0; i < COMMUNITIES; i++) {
            long start = System.nanoTime();
            var created = http.post("/api/survey/communities", """
                    {"name":"停机小区%d","districtCode":"220302","streetCode":"220302004","buildYear":1990,
                     "buildings":[{"number":"1","households":10,"floorArea":700}]}""".formatted(i));
            slowest = Math.max(slowest, (System.nanoTime() - start) / 1_000_000);
            assertThat(created.status()).isEqualTo(201);
            ids.add(created.json().get("id").asString());
        }
        // the producer would block up to max.block.ms (5 s) per send if a request waited on Kafka
        assertThat(slowest).as("slowest POST in ms while the broker is down").isLessThan(5_000);
        assertThat(pendingCount(ids)).isEqualTo(COMMUNITIES);
        // operators see it: the outbox backlog gauge (alert RenewalOutboxBacklog) counts the waiting documents
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(backlog()).isGreaterThanOrEqualTo(COMMUNITIES));

        kafka.restart();

        var delivered = TopicProbe.await(kafka.bootstrapServers(), SurveyTopics.COMMUNITY,
                r -> ids.contains(r.key()) && r.value().contains("\"survey.CommunityRegistered\""), COMMUNITIES,
                Duration.ofSeconds(60));
        assertThat(delivered).extracting(r -> r.key()).containsAll(ids);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(pendingCount(ids)).isZero());
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(backlog()).isZero());
    }

    private double backlog() {
        return meters.get("renewal.outbox.backlog").gauge().value();
    }

    private long pendingCount(Set<String> ids) {
        return mongo.getCollection("communities")
                .countDocuments(new Document("_id", new Document("$in", ids)).append("pendingEvents.0",
                        new Document("$exists", true)));
    }
}
