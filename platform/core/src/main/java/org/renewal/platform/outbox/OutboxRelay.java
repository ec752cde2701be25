package org.renewal.platform.outbox;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Publishes outbox events ({@code acks=all}, idempotent producer) and removes each from its
 * document once the broker has it. One thread does all publishing, so one aggregate's events leave
 * in order. While the broker is unreachable, immediate publishes are skipped and the periodic
 * sweep retries; nothing is dropped, and no HTTP request ever waits on Kafka.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final KafkaTemplate<String, String> kafka;
    private final MongoTemplate mongo;
    private final MongoMappingContext mappingContext;
    private final OutboxProperties properties;
    private final Counter published;
    private final AtomicLong backlog = new AtomicLong();
    private final AtomicBoolean brokerReachable = new AtomicBoolean(true);
    private ScheduledExecutorService executor;

    public OutboxRelay(KafkaTemplate<String, String> kafka, MongoTemplate mongo, MongoMappingContext mappingContext,
                       OutboxProperties properties, MeterRegistry meters) {
        this.kafka = kafka;
        this.mongo = mongo;
        this.mappingContext = mappingContext;
        this.properties = properties;
        this.published = Counter.builder("renewal.outbox.published").description("events published from the outbox")
                .register(meters);
        Gauge.builder("renewal.outbox.backlog", backlog, AtomicLong::get)
                .description("documents whose events are still unpublished after the grace period (seen by the last sweep)")
                .register(meters);
    }

    /** Queues the events of one freshly written document for publishing; returns at once. */
    public void publishSoon(String collection, String id, List<OutboxEvent> events) {
        if (events.isEmpty() || executor == null || !brokerReachable.get()) {
            return;
        }
        executor.execute(() -> {
            if (brokerReachable.get()) {
                publish(List.of(new PendingDocument(collection, id, events)));
            }
        });
    }

    /** Queues the events of many freshly inserted documents of one collection; returns at once. */
    public void publishSoon(String collection, Map<String, List<OutboxEvent>> eventsById) {
        if (eventsById.isEmpty() || executor == null || !brokerReachable.get()) {
            return;
        }
        List<PendingDocument> documents = new ArrayList<>();
        eventsById.forEach((id, events) -> documents.add(new PendingDocument(collection, id, events)));
        executor.execute(() -> {
            if (brokerReachable.get()) {
                publish(documents);
            }
        });
    }

    /** Publishes every event left in any outbox document older than the grace period. */
    public void sweep() {
        Instant before = Instant.now().minus(properties.sweepGrace());
        List<String> collections = outboxCollections();
        long waiting = 0;
        for (String collection : collections) {
            waiting += mongo.count(query(where("pendingEvents.createdAt").lt(before)), collection);
        }
        backlog.set(waiting);
        for (String collection : collections) {
            List<PendingDocument> pending = new ArrayList<>();
            var q = query(where("pendingEvents.createdAt").lt(before)).limit(properties.batchSize());
            q.fields().include("pendingEvents");
            for (Document doc : mongo.find(q, Document.class, collection)) {
                pending.add(new PendingDocument(collection, String.valueOf(doc.get("_id")), events(doc)));
            }
            if (!pending.isEmpty() && !publish(pending)) {
                return;
            }
        }
    }

    private boolean publish(List<PendingDocument> documents) {
        try {
            List<CompletableFuture<?>> sends = new ArrayList<>();
            for (PendingDocument doc : documents) {
                for (OutboxEvent event : doc.events()) {
                    sends.add(kafka.send(event.topic(), event.key(), event.envelope()));
                    if (sends.size() == 1) {
                        // the first send probes the broker: while it is down, give up after one wait
                        sends.get(0).get(properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
                    }
                }
            }
            CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new))
                    .get(properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            if (brokerReachable.getAndSet(false)) {
                log.warn("broker unreachable, outbox events stay pending until it returns: {}", e.toString());
            }
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            return false;
        }
        if (!brokerReachable.getAndSet(true)) {
            log.info("broker reachable again, outbox publishing resumed");
        }
        for (PendingDocument doc : documents) {
            // one write per document removes exactly the events just published (newer ones stay)
            List<String> ids = doc.events().stream().map(OutboxEvent::eventId).toList();
            mongo.updateFirst(query(where("_id").is(doc.id())), new Update().pull("pendingEvents",
                    new Document("eventId", new Document("$in", ids))), doc.collection());
            published.increment(ids.size());
        }
        return true;
    }

    private List<OutboxEvent> events(Document doc) {
        List<OutboxEvent> events = new ArrayList<>();
        for (Document e : doc.getList("pendingEvents", Document.class)) {
            events.add(mongo.getConverter().read(OutboxEvent.class, e));
        }
        return events;
    }

    private List<String> outboxCollections() {
        List<String> names = new ArrayList<>();
        for (MongoPersistentEntity<?> entity : mappingContext.getPersistentEntities()) {
            if (OutboxAggregate.class.isAssignableFrom(entity.getType())) {
                names.add(entity.getCollection());
            }
        }
        return names;
    }

    @Override
    public void start() {
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "outbox-relay");
            t.setDaemon(true);
            return t;
        });
        long interval = properties.sweepInterval().toMillis();
        executor.scheduleWithFixedDelay(this::sweepSafely, interval, interval, TimeUnit.MILLISECONDS);
    }

    private void sweepSafely() {
        try {
            sweep();
        } catch (RuntimeException e) {
            log.warn("outbox sweep failed, will retry: {}", e.toString());
        }
    }

    @Override
    public void stop() {
        if (executor != null) {
            executor.shutdown();
            try {
                executor.awaitTermination(properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            executor = null;
        }
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }

    private record PendingDocument(String collection, String id, List<OutboxEvent> events) {
    }
}
