package org.renewal.platform.outbox;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Publishes outbox events ({@code acks=all}, idempotent producer) and removes each from its
 * document once the broker has it. One thread does all publishing, so one aggregate's events leave
 * in order. While the broker is unreachable, immediate publishes are skipped and the periodic
 * sweep retries; nothing is dropped, and no HTTP request ever waits on Kafka.
 *
 * <p>The sweep asks the store for pending events (a range over the {@code outbox_pending} index on
 * {@code pendingEvents.createdAt}) only when something can be waiting: after a start (a crash may
 * have left events behind), while this process has left events unpublished (a skipped or failed
 * publish, a write that failed half-way), and once every {@code full-sweep-interval} for what
 * another replica's crash left behind. A sweep that finds nothing costs nothing otherwise, which
 * matters on a store without secondary indexes (the embedded development store scans the collection).
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final String PENDING_SINCE = "pendingEvents.createdAt";

    private final KafkaTemplate<String, String> kafka;
    private final MongoTemplate mongo;
    private final MongoMappingContext mappingContext;
    private final OutboxProperties properties;
    private final Counter published;
    private final AtomicLong backlog = new AtomicLong();
    private final AtomicBoolean brokerReachable = new AtomicBoolean(true);
    /** When this process last left events unpublished (epoch ms); the start counts as such a moment. */
    private final AtomicLong leftBehindAt = new AtomicLong(System.currentTimeMillis());
    /** The cut-off of the last sweep that found nothing left to publish (epoch ms). */
    private volatile long cleanUpTo = Long.MIN_VALUE;
    private volatile long lastQueried;
    private volatile boolean indexed;
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
        if (events.isEmpty()) {
            return;
        }
        if (!brokerReachable.get()) {
            leftBehind();
            return;
        }
        submit(() -> publishOrLeaveBehind(List.of(new PendingDocument(collection, id, events))));
    }

    /**
     * Hands a publish to the relay's thread; when the relay is stopping or stopped the events stay in their
     * documents (stored with the change) for the sweep — another replica's, or this one's after its restart.
     */
    private void submit(Runnable publish) {
        ScheduledExecutorService current = executor;
        if (current == null) {
            leftBehind();
            return;
        }
        try {
            current.execute(publish);
        } catch (java.util.concurrent.RejectedExecutionException stopping) {
            leftBehind();
        }
    }

    /**
     * Stops after the web server has drained its requests and the Kafka listeners have stopped (both stop in
     * higher phases), so what they write while finishing is still published; starts before either.
     */
    @Override
    public int getPhase() {
        return PHASE;
    }

    /** Between the web server's graceful drain and its stop. */
    static final int PHASE = org.springframework.boot.web.server.context.WebServerApplicationContext
            .GRACEFUL_SHUTDOWN_PHASE - 512;

    /** Queues the events of many freshly inserted documents of one collection; returns at once. */
    public void publishSoon(String collection, Map<String, List<OutboxEvent>> eventsById) {
        if (eventsById.isEmpty()) {
            return;
        }
        if (!brokerReachable.get()) {
            leftBehind();
            return;
        }
        List<PendingDocument> documents = new ArrayList<>();
        eventsById.forEach((id, events) -> documents.add(new PendingDocument(collection, id, events)));
        submit(() -> publishOrLeaveBehind(documents));
    }

    /**
     * Tells the relay that events may be in the store that it was not handed or could not publish (a
     * write that failed after it may have reached the store, say): the sweep looks for them.
     */
    public void leftBehind() {
        leftBehindAt.accumulateAndGet(System.currentTimeMillis(), Math::max);
    }

    /**
     * Publishes every event left in any outbox document older than the grace period, when something
     * can be waiting (see the class comment); otherwise does nothing.
     */
    public void sweep() {
        long now = System.currentTimeMillis();
        boolean mayWait = leftBehindAt.get() >= cleanUpTo
                || now - lastQueried >= properties.fullSweepInterval().toMillis();
        if (!mayWait) {
            return;
        }
        List<String> collections = outboxCollections();
        if (!indexed) {
            collections.forEach(c -> mongo.indexOps(c).createIndex(
                    new Index().on(PENDING_SINCE, Sort.Direction.ASC).named("outbox_pending")));
            indexed = true;
        }
        long before = now - properties.sweepGrace().toMillis();
        lastQueried = now;
        long waiting = 0;
        boolean clean = true;
        for (String collection : collections) {
            var pendingQuery = query(where(PENDING_SINCE).lt(Instant.ofEpochMilli(before)));
            var q = Query.of(pendingQuery).limit(properties.batchSize());
            q.fields().include("pendingEvents");
            List<PendingDocument> pending = new ArrayList<>();
            for (Document doc : mongo.find(q, Document.class, collection)) {
                pending.add(new PendingDocument(collection, String.valueOf(doc.get("_id")), events(doc)));
            }
            // counted only when there is more than one batch: the common case asks the store once
            waiting += pending.size() < properties.batchSize() ? pending.size() : mongo.count(pendingQuery, collection);
            if (pending.size() == properties.batchSize()) {
                clean = false;
            }
            if (!pending.isEmpty()) {
                if (!publish(pending)) {
                    backlog.set(waiting);
                    return;
                }
                // the gauge shows what is still waiting once this sweep is done, not what it found
                waiting -= pending.size();
            }
        }
        backlog.set(waiting);
        if (clean) {
            // everything created before the cut-off is published; later leftovers mark themselves again
            cleanUpTo = before;
        }
    }

    /** Publishes now; what cannot be published (broker or store unreachable) is left to the sweep. */
    private void publishOrLeaveBehind(List<PendingDocument> documents) {
        try {
            if (brokerReachable.get() && publish(documents)) {
                return;
            }
        } catch (RuntimeException e) {
            log.warn("outbox events stay pending, the sweep publishes them: {}", e.toString());
        }
        leftBehind();
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
        removePublished(documents);
        return true;
    }

    /**
     * Removes exactly the events just published from their documents; events recorded since stay (event ids are
     * unique). One bulk write per collection, one update by id per document, each naming only that document's
     * events: a single update naming every event of the batch had the store compare each pending event with all of
     * them (on the development store 8 % of its CPU during a national import; docs/performance.md, change 12).
     */
    void removePublished(List<PendingDocument> documents) {
        Map<String, BulkOperations> byCollection = new LinkedHashMap<>();
        int removed = 0;
        for (PendingDocument doc : documents) {
            List<String> eventIds = doc.events().stream().map(OutboxEvent::eventId).toList();
            byCollection.computeIfAbsent(doc.collection(), c -> mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, c))
                    .updateOne(query(where("_id").is(doc.id())), new Update().pull("pendingEvents",
                            new Document("eventId", new Document("$in", eventIds))));
            removed += eventIds.size();
        }
        byCollection.values().forEach(BulkOperations::execute);
        published.increment(removed);
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

    record PendingDocument(String collection, String id, List<OutboxEvent> events) {
    }
}
