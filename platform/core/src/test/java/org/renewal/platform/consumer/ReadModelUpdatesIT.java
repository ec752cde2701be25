package org.renewal.platform.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;

/** Against the MongoDB wire-protocol server through the real driver. */
class ReadModelUpdatesIT {

    private static MongoServer server;
    private static MongoClient client;
    private static MongoTemplate mongo;
    private final ReadModelUpdates updates = new ReadModelUpdates(mongo);

    @BeforeAll
    static void start() {
        server = new MongoServer(new MemoryBackend());
        client = MongoClients.create(server.bindAndGetConnectionString());
        mongo = new MongoTemplate(client, "read-model-test");
    }

    @AfterAll
    static void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void appliesTheFirstEventAndCreatesTheDocument() {
        assertThat(updates.applyIfNewer(View.class, "a", 1, new Update().set("name", "v1"))).isTrue();

        assertThat(doc("a")).containsEntry("name", "v1").containsEntry("sourceVersion", 1L);
    }

    @Test
    void aDuplicateChangesNothing() {
        updates.applyIfNewer(View.class, "b", 1, new Update().set("name", "v1"));

        boolean applied = updates.applyIfNewer(View.class, "b", 1, new Update().set("name", "tampered"));

        assertThat(applied).isFalse();
        assertThat(doc("b")).containsEntry("name", "v1");
    }

    @Test
    void anOlderEventArrivingLateChangesNothing() {
        updates.applyIfNewer(View.class, "c", 3, new Update().set("name", "v3"));

        boolean applied = updates.applyIfNewer(View.class, "c", 2, new Update().set("name", "v2"));

        assertThat(applied).isFalse();
        assertThat(doc("c")).containsEntry("name", "v3").containsEntry("sourceVersion", 3L);
    }

    @Test
    void aNewerEventIsApplied() {
        updates.applyIfNewer(View.class, "d", 1, new Update().set("name", "v1"));

        assertThat(updates.applyIfNewer(View.class, "d", 2, new Update().set("name", "v2"))).isTrue();
        assertThat(doc("d")).containsEntry("name", "v2").containsEntry("sourceVersion", 2L);
        assertThat(mongo.getCollection("views").countDocuments(new Document("_id", "d"))).isEqualTo(1);
    }

    /** A read model as services keep them. */
    @org.springframework.data.mongodb.core.mapping.Document("views")
    record View(String id, String name, long sourceVersion) {
    }

    private Document doc(String id) {
        return mongo.getCollection("views").find(new Document("_id", id)).first();
    }
}
