package org.renewal.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.renewal.platform.events.EventEnvelopes;
import org.renewal.platform.outbox.OutboxRelay.PendingDocument;
import org.renewal.platform.outbox.OutboxWriterIT.Counter;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * The relay's removal of published events, against the MongoDB wire-protocol server through the real driver: exactly
 * the published events leave their documents; events recorded after the relay read them stay.
 */
class OutboxRelayRemovalIT {

    private static MongoServer server;
    private static MongoClient client;
    private static MongoTemplate mongo;
    private static OutboxRelay relay;
    private static OutboxWriter writer;
    private static SimpleMeterRegistry meters;

    @BeforeAll
    static void start() {
        server = new MongoServer(new MemoryBackend());
        client = MongoClients.create(server.bindAndGetConnectionString());
        mongo = new MongoTemplate(client, "outbox-relay-test");
        meters = new SimpleMeterRegistry();
        relay = new OutboxRelay(null, mongo, (MongoMappingContext) mongo.getConverter().getMappingContext(),
                new OutboxProperties(null, null, null, null, null), meters);
        writer = new OutboxWriter(mongo, new EventEnvelopes(JsonMapper.builder().build()), relay);
    }

    @AfterAll
    static void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void onlyThePublishedEventsLeaveTheirDocumentsAndLaterOnesStay() {
        List<PendingDocument> published = new ArrayList<>();
        for (String id : List.of("r-1", "r-2", "r-3")) {
            Counter counter = new Counter(id);
            counter.increment();
            counter.increment();
            writer.save(counter);
            // what the relay read and published: the two events recorded so far
            published.add(new PendingDocument("counters", id, pending(id)));
            // recorded after the relay read the document, before it removes what it published
            Counter later = mongo.findById(id, Counter.class);
            later.increment();
            writer.save(later);
        }
        Counter untouched = new Counter("r-4");
        untouched.increment();
        writer.save(untouched);
        double before = meters.counter("renewal.outbox.published").count();

        relay.removePublished(published);

        for (String id : List.of("r-1", "r-2", "r-3")) {
            assertThat(pending(id)).as(id).extracting(OutboxEvent::eventId).hasSize(1)
                    .doesNotContainAnyElementsOf(published.stream().filter(p -> p.id().equals(id))
                            .flatMap(p -> p.events().stream()).map(OutboxEvent::eventId).toList());
        }
        assertThat(pending("r-4")).hasSize(1);
        assertThat(meters.counter("renewal.outbox.published").count() - before).isEqualTo(6);
    }

    private static List<OutboxEvent> pending(String id) {
        Document doc = mongo.getCollection("counters").find(new Document("_id", id)).first();
        return doc.getList("pendingEvents", Document.class).stream()
                .map(e -> mongo.getConverter().read(OutboxEvent.class, e)).toList();
    }
}
