package org.renewal.platform.test;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/**
 * The broker and store shared by all integration tests of one JVM, started on first use and
 * stopped when the JVM ends. Tests that break the broker start a {@link KafkaNode} of their own.
 */
public final class EmbeddedInfrastructure {

    private static EmbeddedInfrastructure instance;

    private final KafkaNode kafka;
    private final MongoServer mongo;
    private final String mongoUri;

    private EmbeddedInfrastructure() {
        this.mongo = new MongoServer(new MemoryBackend());
        this.mongoUri = mongo.bindAndGetConnectionString();
        this.kafka = KafkaNode.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            kafka.close();
            mongo.shutdownNow();
        }, "embedded-infrastructure-shutdown"));
    }

    public static synchronized EmbeddedInfrastructure get() {
        if (instance == null) {
            instance = new EmbeddedInfrastructure();
        }
        return instance;
    }

    public String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    public String mongoUri() {
        return mongoUri;
    }
}
