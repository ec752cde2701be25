package org.renewal.platform.integration;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.renewal.platform.schedule.ClusterLeases;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Delivers the change feed to each active subscription's URL, one event at a time in the feed's order (so in order
 * per aggregate), at least once: the subscription's position moves past an event only after its receiver answered
 * 2xx, so a crash or a restart repeats at most the event in flight, with the same {@code webhook-id}. A replica
 * delivers to a subscription only while it holds the subscription's lease (a find-and-modify on its document), so
 * two replicas never deliver the same event to the same subscription at once, and a replica that dies frees it
 * after {@link #LEASE}. A failed delivery is tried again after a wait that doubles from {@code first-retry} up to
 * {@code longest-retry}; when every attempt has failed for {@code pause-after} (or the receiver answers 410 Gone)
 * the subscription is paused with the reason, and resumes where it stopped when its holder resumes it.
 */
public class WebhookDelivery implements SmartLifecycle {

    static final String DELIVERIES = "integration_deliveries";
    static final Duration LEASE = Duration.ofSeconds(45);
    /** How long one lease delivers before it lets other subscriptions and replicas have a turn. */
    private static final Duration TURN = Duration.ofSeconds(20);
    private static final int PAGE = 20;
    private static final Logger log = LoggerFactory.getLogger(WebhookDelivery.class);

    private final MongoTemplate mongo;
    private final FeedStore feed;
    private final IntegrationProperties properties;
    private final Clock clock;
    private final HttpClient http;
    private final String holder = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();
    private final Set<String> busy = ConcurrentHashMap.newKeySet();
    private final Timer latency;
    private final ClusterLeases leases;
    private volatile ScheduledExecutorService ticker;
    private volatile ExecutorService workers;
    private volatile boolean stopping;

    public WebhookDelivery(MongoTemplate mongo, FeedStore feed, IntegrationProperties properties, Clock clock,
                           MeterRegistry meters, ClusterLeases leases) {
        this.mongo = mongo;
        this.leases = leases;
        this.feed = feed;
        this.properties = properties;
        this.clock = clock;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();
        this.latency = Timer.builder("renewal.webhooks.delivery.lag")
                .description("from storing an event in the feed to its receiver's 2xx (first attempts and retries)")
                .publishPercentiles(0.5, 0.99).register(meters);
    }

    /** Looks for work now (new events were stored, a subscription was created or resumed). */
    public void wake() {
        ScheduledExecutorService current = ticker;
        if (current != null) {
            try {
                current.execute(this::tick);
            } catch (RejectedExecutionException stopping) {
                // stopping: the next start looks again
            }
        }
    }

    /** Hands every subscription with work due, whose lease is free, to a worker (one worker per subscription). */
    void tick() {
        try {
            Instant now = clock.instant();
            Query due = Query.query(new Criteria().andOperator(
                    where("status").is(Subscription.Status.ACTIVE.name()),
                    new Criteria().orOperator(where("nextAttemptAt").is(null), where("nextAttemptAt").lte(Date.from(now))),
                    new Criteria().orOperator(where("leaseUntil").is(null), where("leaseUntil").lt(Date.from(now)))));
            due.fields().include("_id");
            for (Document d : mongo.find(due, Document.class, Subscription.COLLECTION)) {
                String id = d.getString("_id");
                if (busy.add(id)) {
                    try {
                        workers.execute(() -> {
                            try {
                                deliver(id);
                            } finally {
                                busy.remove(id);
                            }
                        });
                    } catch (RejectedExecutionException stopping) {
                        busy.remove(id);
                    }
                }
            }
        } catch (RuntimeException e) {
            log.warn("webhooks: could not look for work: {}", e.toString());
        }
    }

    /** One turn of deliveries to one subscription, under its lease. */
    void deliver(String id) {
        Subscription s = take(id);
        if (s == null) {
            return;
        }
        Instant end = clock.instant().plus(TURN);
        try {
            while (!stopping && clock.instant().isBefore(end) && s != null) {
                boolean replaying = s.replay() != null;
                FeedStore.Page page = replaying
                        ? feed.read(s.replay().position(), replayFilter(s), PAGE)
                        : feed.read(s.position(), FeedStore.filter(s.district(), s.street(), set(s.types())), PAGE);
                if (page.entries().isEmpty()) {
                    if (!replaying) {
                        return;
                    }
                    s = update(s, new Update().unset("replay"));
                    continue;
                }
                for (FeedStore.Entry entry : page.entries()) {
                    if (stopping) {
                        return;
                    }
                    Attempt attempt = post(s, entry, replaying);
                    record(s, entry, attempt, replaying);
                    if (!attempt.delivered()) {
                        failed(s, attempt);
                        return;
                    }
                    Instant now = clock.instant();
                    Update moved = new Update().set("attempts", 0).set("failingSince", null).set("nextAttemptAt", null)
                            .set("lastError", null).set("lastDeliveredAt", Date.from(now));
                    if (replaying) {
                        moved.set("replay.position", s.replay().position().after(entry.partition(), entry.offset(), now)
                                .encode());
                    } else {
                        moved.set("position", s.position().after(entry.partition(), entry.offset(), now).encode());
                        latency.record(Duration.between(entry.at(), now));
                    }
                    s = update(s, moved);
                    if (s == null) {
                        return; // the lease was lost or the subscription removed: another turn continues
                    }
                }
            }
        } catch (RuntimeException e) {
            log.warn("webhooks: delivery to subscription {} interrupted, it continues next turn: {}", id, e.toString());
        } finally {
            mongo.updateFirst(Query.query(where("_id").is(id).and("leaseHolder").is(holder)),
                    new Update().set("leaseUntil", Date.from(clock.instant())).unset("leaseHolder"),
                    Subscription.COLLECTION);
        }
    }

    private Criteria replayFilter(Subscription s) {
        Criteria time = where("at").gte(Date.from(s.replay().from())).lt(Date.from(s.replay().to()));
        Criteria scope = FeedStore.filter(s.district(), s.street(), set(s.types()));
        return scope == null ? time : new Criteria().andOperator(scope, time);
    }

    private static Set<String> set(List<String> types) {
        return types == null ? Set.of() : Set.copyOf(types);
    }

    /** Takes the subscription's lease if it is active, due and free; null otherwise. */
    private Subscription take(String id) {
        Instant now = clock.instant();
        Query free = Query.query(new Criteria().andOperator(where("_id").is(id),
                where("status").is(Subscription.Status.ACTIVE.name()),
                new Criteria().orOperator(where("nextAttemptAt").is(null), where("nextAttemptAt").lte(Date.from(now))),
                new Criteria().orOperator(where("leaseUntil").is(null), where("leaseUntil").lt(Date.from(now)))));
        Document taken = mongo.findAndModify(free, new Update().set("leaseHolder", holder)
                        .set("leaseUntil", Date.from(now.plus(LEASE))),
                FindAndModifyOptions.options().returnNew(true), Document.class, Subscription.COLLECTION);
        return taken == null ? null : Subscription.of(taken);
    }

    /** Applies an update while this replica holds the lease (renewing it); null when it no longer does. */
    private Subscription update(Subscription s, Update update) {
        update.set("leaseUntil", Date.from(clock.instant().plus(LEASE)));
        Document after = mongo.findAndModify(Query.query(where("_id").is(s.id()).and("leaseHolder").is(holder)
                        .and("status").is(Subscription.Status.ACTIVE.name())), update,
                FindAndModifyOptions.options().returnNew(true), Document.class, Subscription.COLLECTION);
        return after == null ? null : Subscription.of(after);
    }

    /** The outcome of one POST. */
    record Attempt(Instant at, Integer status, String error, long millis) {

        boolean delivered() {
            return status != null && status >= 200 && status < 300;
        }

        String describe() {
            return status != null ? "HTTP " + status : error;
        }
    }

    Attempt post(Subscription s, FeedStore.Entry entry, boolean replay) {
        Instant at = clock.instant();
        long timestamp = at.getEpochSecond();
        long started = System.nanoTime();
        try {
            URI target = URI.create(s.url());
            if (!properties.allowHttp() && !Subscriptions.publicEnough(target.getHost())) {
                return new Attempt(at, null, "the target's address is this machine or link-local: not delivered",
                        elapsed(started));
            }
            HttpRequest request = HttpRequest.newBuilder(target)
                    .timeout(properties.requestTimeout())
                    .header("Content-Type", "application/cloudevents+json; charset=utf-8")
                    .header("webhook-id", entry.eventId())
                    .header("webhook-timestamp", Long.toString(timestamp))
                    .header("webhook-signature", WebhookSignatures.header(s.validSecrets(at), entry.eventId(),
                            timestamp, entry.body()))
                    .header("User-Agent", "Renewal-Webhooks/1")
                    .header("X-Renewal-Subscription", s.id())
                    .header("X-Renewal-Replay", Boolean.toString(replay))
                    .POST(HttpRequest.BodyPublishers.ofString(entry.body(), StandardCharsets.UTF_8))
                    .build();
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            return new Attempt(at, response.statusCode(), null, elapsed(started));
        } catch (IOException | IllegalArgumentException e) {
            return new Attempt(at, null, e.getClass().getSimpleName()
                    + (e.getMessage() != null ? ": " + e.getMessage() : ""), elapsed(started));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Attempt(at, null, "interrupted", elapsed(started));
        }
    }

    private static long elapsed(long started) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    }

    private void record(Subscription s, FeedStore.Entry entry, Attempt attempt, boolean replay) {
        mongo.insert(new Document("subscriptionId", s.id()).append("at", Date.from(attempt.at()))
                .append("eventId", entry.eventId()).append("type", entry.type()).append("subject", entry.subject())
                .append("attempt", s.attempts() + 1)
                .append("replay", replay).append("status", attempt.status())
                .append("outcome", attempt.delivered() ? "DELIVERED" : "FAILED").append("error", attempt.error())
                .append("durationMs", attempt.millis()), DELIVERIES);
    }

    /** A failed attempt: wait longer before the next, or pause when failures have lasted too long. */
    private void failed(Subscription s, Attempt attempt) {
        Instant now = clock.instant();
        int attempts = s.attempts() + 1;
        Instant since = s.failingSince() != null ? s.failingSince() : attempt.at();
        Update update = new Update().set("attempts", attempts).set("failingSince", Date.from(since))
                .set("lastError", attempt.describe());
        if (attempt.status() != null && attempt.status() == 410) {
            pause(update, now, "the receiver answered 410 Gone: it no longer accepts deliveries (接收方已停用)");
        } else if (!Duration.between(since, now).minus(properties.pauseAfter()).isNegative()) {
            pause(update, now, "every delivery failed since " + since + " (" + attempts + " attempts; last: "
                    + attempt.describe() + ") — 持续投递失败，已暂停");
        } else {
            update.set("nextAttemptAt", Date.from(now.plus(backoff(attempts))));
        }
        update(s, update);
    }

    private static void pause(Update update, Instant now, String reason) {
        update.set("status", Subscription.Status.PAUSED.name()).set("pausedReason", reason)
                .set("pausedAt", Date.from(now)).set("nextAttemptAt", null);
    }

    /** The wait after the n-th failure in a row: doubling from the first retry, at most the longest, ±10 %. */
    Duration backoff(int failures) {
        long first = properties.firstRetry().toMillis();
        long longest = properties.longestRetry().toMillis();
        long wait = failures >= 40 ? longest : Math.min(longest, first << Math.max(0, failures - 1));
        long jitter = wait / 10;
        return Duration.ofMillis(wait - jitter + ThreadLocalRandom.current().nextLong(2 * jitter + 1));
    }

    /** Once an hour, on one replica: events and delivery records older than the retention go. */
    void housekeeping() {
        try {
            leases.runOncePerInterval("integration-retention", Duration.ofHours(1), () -> {
                long events = feed.purge();
                long records = purge();
                if (events + records > 0) {
                    log.info("integration: removed {} feed events and {} delivery records past the retention", events,
                            records);
                }
            });
        } catch (RuntimeException e) {
            log.warn("integration: retention sweep failed, next hour again: {}", e.toString());
        }
    }

    /** Removes delivery records older than the feed's retention. */
    long purge() {
        Instant before = clock.instant().minus(properties.retention());
        return mongo.remove(Query.query(where("at").lt(Date.from(before))), DELIVERIES).getDeletedCount();
    }

    @Override
    public synchronized void start() {
        if (ticker != null) {
            return;
        }
        stopping = false;
        java.util.concurrent.atomic.AtomicInteger n = new java.util.concurrent.atomic.AtomicInteger();
        workers = Executors.newFixedThreadPool(properties.deliveryThreads(),
                r -> daemon(r, "webhook-delivery-" + n.getAndIncrement()));
        ticker = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "webhook-ticker"));
        long period = properties.pollInterval().toMillis();
        ticker.scheduleWithFixedDelay(this::tick, period, period, TimeUnit.MILLISECONDS);
        ticker.scheduleWithFixedDelay(this::housekeeping, 1, 60, TimeUnit.MINUTES);
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    @Override
    public synchronized void stop() {
        if (ticker == null) {
            return;
        }
        stopping = true;
        ticker.shutdownNow();
        workers.shutdown();
        try {
            // a delivery in flight ends (at most the request timeout); its lease is released by its turn's end
            workers.awaitTermination(properties.requestTimeout().toMillis() + 1000, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        workers.shutdownNow();
        ticker = null;
        workers = null;
    }

    @Override
    public boolean isRunning() {
        return ticker != null;
    }
}
