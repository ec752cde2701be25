package org.renewal.platform.test;

import org.renewal.platform.embedded.TestIssuer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * A service started against real MongoDB and Apache Kafka images, as production runs them.
 * Skipped (not failed) where no Docker engine runs; the embedded variants cover those machines.
 */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class ContainersIntegrationTest {

    @Container
    protected static final MongoDBContainer mongoDb = new MongoDBContainer("mongo:7.0");

    @Container
    protected static final KafkaContainer kafka = new KafkaContainer("apache/kafka:4.1.1");

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void containers(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", mongoDb::getReplicaSetUrl);
        registry.add("spring.kafka.bootstrap-servers", kafka::getBootstrapServers);
        registry.add("renewal.security.issuer-uri", () -> TestIssuer.get().issuer());
        registry.add("renewal.security.jwk-set-uri", () -> TestIssuer.get().jwkSetUri());
    }
}
