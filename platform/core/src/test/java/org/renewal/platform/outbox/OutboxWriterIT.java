package org.renewal.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.renewal.contracts.EventPayload;
import org.renewal.platform.events.EventEnvelopes;
import org.renewal.platform.outbox.OutboxRelay.PendingDocument;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import tools.jackson.databind.json.JsonMapper;
import org.renewal.platform.WireProtocolMongo;

/**
 * The writer, and the relay's removal of what it published, against the MongoDB wire-protocol server through the
 * real driver (the relay not started: nothing is sent to a broker).
 */
class OutboxWriterIT {

    private static WireProtocolMongo store;
    private static MongoTemplate mongo;
    private static OutboxWriter writer;
    private static OutboxRelay relay;
    private static SimpleMeterRegistry meters;

    @BeforeAll
    static void start() {
        store = WireProtocolMongo.start("outbox-writer-test");
        mongo = store.template();
        meters = new SimpleMeterRegistry();
        relay = new OutboxRelay(null, mongo, (org.springframework.data.mongodb.core.mapping.MongoMappingContext)
                mongo.getConverter().getMappingContext(), new OutboxProperties(null, null, null, null, null), meters);
        writer = new OutboxWriter(mongo, new EventEnvelopes(JsonMapper.builder().build()), relay);
    }

    @AfterAll
    static void stop() {
        store.close();
    }

    @Test
    void anEventTheRelayRemovedIsNotWrittenBackByALaterSave() {
        Counter counter = new Counter("c-1");
        counter.increment();
        writer.save(counter);
        Counter loaded = mongo.findById("c-1", Counter.class);
        // the relay publishes the first event and removes it (as it does: by collection, not bumping the version)
        // while the copy above is being changed
        mongo.updateFirst(Query.query(Criteria.where("_id").is("c-1")), new Update().pull("pendingEvents",
                new Document("eventId", new Document("$in", List.of(pendingIds().get(0))))), "counters");

        loaded.increment();
        writer.save(loaded);

        assertThat(pendingIds()).hasSize(1);
        assertThat(mongo.findById("c-1", Counter.class).count).isEqualTo(2);
        assertThat(loaded.getVersion()).isEqualTo(1);
    }

    /**
     * A replica killed between writing an aggregate and publishing its event leaves the event pending in the document;
     * the next change of that aggregate, on any replica, hands the relay that event first and its own after it, so
     * the broker gets the aggregate's events in order (a forward-only consumer skips an older event that arrives
     * after a newer one: a pledge was lost that way in the scaled journey).
     */
    @Test
    void aChangeHandsTheRelayTheEventsStillPendingFirstThenItsOwn() {
        List<List<String>> handed = new java.util.ArrayList<>();
        OutboxRelay recording = new OutboxRelay(null, mongo, (org.springframework.data.mongodb.core.mapping
                .MongoMappingContext) mongo.getConverter().getMappingContext(),
                new OutboxProperties(null, null, null, null, null), new SimpleMeterRegistry()) {
            @Override
            public void publishSoon(String collection, String id, List<OutboxEvent> events) {
                handed.add(events.stream().map(OutboxEvent::eventId).toList());
            }
        };
        OutboxWriter writing = new OutboxWriter(mongo, new EventEnvelopes(JsonMapper.builder().build()), recording);
        Counter counter = new Counter("c-pending-" + java.util.UUID.randomUUID());
        counter.increment();
        writing.save(counter);
        String left = handed.get(0).get(0); // handed over, never published: the replica died

        Counter loaded = mongo.findById(counter.getId(), Counter.class);
        loaded.increment();
        writing.save(loaded);

        assertThat(handed.get(1)).hasSize(2).startsWith(left);
        assertThat(pendingIdsOf(counter.getId())).containsExactlyElementsOf(handed.get(1));
    }

    private List<String> pendingIdsOf(String id) {
        Document doc = mongo.findById(id, Document.class, "counters");
        return doc.getList("pendingEvents", Document.class).stream().map(e -> e.getString("eventId")).toList();
    }

    @Test
    void aStaleCopyIsRefusedAndChangesNothing() {
        Counter counter = new Counter("c-2");
        writer.save(counter);
        Counter first = mongo.findById("c-2", Counter.class);
        Counter second = mongo.findById("c-2", Counter.class);
        first.increment();
        writer.save(first);

        second.increment();
        second.increment();

        assertThatThrownBy(() -> writer.save(second)).isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(mongo.findById("c-2", Counter.class).count).isEqualTo(1);
    }

    @Test
    void aFieldSetToNullIsRemoved() {
        Counter counter = new Counter("c-3");
        counter.note = "temporary";
        writer.save(counter);
        Counter loaded = mongo.findById("c-3", Counter.class);

        loaded.note = null;
        writer.save(loaded);

        assertThat(mongo.getCollection("counters").find(new Document("_id", "c-3")).first()).doesNotContainKey("note");
    }

    @Test
    void theRelayStopsAfterTheWebServerHasDrainedAndTheListenersHaveStopped() {
        // a request finishing during a graceful shutdown still hands its events to a running relay (the rolling
        // restart in ScaledProgrammeJourneyIT met a 500 when the relay stopped first, in the default last phase)
        assertThat(relay.getPhase())
                .isLessThan(org.springframework.boot.web.server.context.WebServerApplicationContext.GRACEFUL_SHUTDOWN_PHASE)
                .isLessThan(org.springframework.kafka.listener.AbstractMessageListenerContainer.DEFAULT_PHASE)
                .isGreaterThan(org.springframework.boot.web.server.context.WebServerApplicationContext.START_STOP_LIFECYCLE_PHASE);
    }

    private static List<Object> pendingIds() {
        Document doc = mongo.getCollection("counters").find(new Document("_id", "c-1")).first();
        return doc.getList("pendingEvents", Document.class).stream().map(e -> e.get("eventId")).map(Object.class::cast)
                .toList();
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

    @org.springframework.data.mongodb.core.mapping.Document("counters")
    static class Counter extends OutboxAggregate {
        int count;
        String note;

        Counter() {
        }

        Counter(String id) {
            super(id);
        }

        void increment() {
            count++;
            record(new Counted(getId(), count));
        }
    }

    record Counted(String id, int count) implements EventPayload {
        @Override
        public String eventType() {
            return "test.Counted";
        }

        @Override
        public int eventVersion() {
            return 1;
        }

        @Override
        public String topic() {
            return "renewal.test.counter";
        }
    }
}
