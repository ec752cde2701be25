package org.renewal.platform.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.renewal.platform.WireProtocolMongo;

/** Replicas taking one lease at once, against the MongoDB wire-protocol server through the real driver. */
class ClusterLeasesIT {

    private static WireProtocolMongo store;
    private static MongoTemplate mongo;

    @BeforeAll
    static void start() {
        store = WireProtocolMongo.start("lease-test");
        mongo = store.template();
    }

    @AfterAll
    static void stop() {
        store.close();
    }

    @Test
    void replicasRunningTheSameSweepAtOnceRunItOnce() throws Exception {
        int replicas = 8;
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch go = new CountDownLatch(1);
        // the run holds on until every other replica has tried (and found the lease taken)
        CountDownLatch othersTried = new CountDownLatch(replicas - 1);
        ExecutorService pool = Executors.newFixedThreadPool(replicas);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int i = 0; i < replicas; i++) {
            ClusterLeases replica = new ClusterLeases(mongo, Clock.systemUTC(), "replica-" + i);
            results.add(pool.submit(() -> {
                go.await();
                boolean ran = replica.runOnce("gap-sweep", Duration.ofMinutes(30), Duration.ofMinutes(50), () -> {
                    runs.incrementAndGet();
                    try {
                        othersTried.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
                if (!ran) {
                    othersTried.countDown();
                }
                return ran;
            }));
        }
        go.countDown();
        int ran = 0;
        for (Future<Boolean> r : results) {
            ran += r.get(60, TimeUnit.SECONDS) ? 1 : 0;
        }
        pool.shutdown();

        assertThat(runs).hasValue(1);
        assertThat(ran).isEqualTo(1);
    }

    @Test
    void theLeaseIsHeldAtLeastItsMinimumAfterTheRunAndThenFree() {
        MutableClock clock = new MutableClock(Instant.parse("2026-12-07T02:00:00Z"));
        ClusterLeases a = new ClusterLeases(mongo, clock, "a");
        ClusterLeases b = new ClusterLeases(mongo, clock, "b");
        AtomicInteger runs = new AtomicInteger();

        assertThat(a.runOnce("late-sweep", Duration.ofMinutes(30), Duration.ofMinutes(50), runs::incrementAndGet)).isTrue();
        clock.now = clock.now.plus(Duration.ofMinutes(29));
        assertThat(b.runOnce("late-sweep", Duration.ofMinutes(30), Duration.ofMinutes(50), runs::incrementAndGet))
                .as("a replica whose schedule fires 29 minutes later").isFalse();
        clock.now = clock.now.plus(Duration.ofMinutes(1));
        assertThat(b.runOnce("late-sweep", Duration.ofMinutes(30), Duration.ofMinutes(50), runs::incrementAndGet)).isTrue();
        assertThat(runs).hasValue(2);
    }

    @Test
    void aSweepEveryFiveSecondsRunsAgainAfterHalfAnInterval() {
        MutableClock clock = new MutableClock(Instant.parse("2026-12-07T04:00:00Z"));
        ClusterLeases a = new ClusterLeases(mongo, clock, "a");
        ClusterLeases b = new ClusterLeases(mongo, clock, "b");

        assertThat(a.runOncePerInterval("fast", Duration.ofSeconds(5), () -> { })).isTrue();
        clock.now = clock.now.plusMillis(2499);
        assertThat(b.runOncePerInterval("fast", Duration.ofSeconds(5), () -> { })).isFalse();
        clock.now = clock.now.plusMillis(1);
        assertThat(b.runOncePerInterval("fast", Duration.ofSeconds(5), () -> { })).isTrue();
    }

    @Test
    void aFailedRunReleasesTheLeaseAndAKilledHolderKeepsItOnlyUntilItsMaximum() {
        MutableClock clock = new MutableClock(Instant.parse("2026-12-07T03:00:00Z"));
        ClusterLeases failing = new ClusterLeases(mongo, clock, "failing");
        ClusterLeases other = new ClusterLeases(mongo, clock, "other");
        try {
            failing.runOnce("eligibility", Duration.ZERO, Duration.ofMinutes(50), () -> {
                throw new IllegalStateException("the sweep fails");
            });
        } catch (IllegalStateException expected) {
            // released at once (atLeast zero) although the run failed
        }
        assertThat(other.runOnce("eligibility", Duration.ZERO, Duration.ofMinutes(50), () -> { })).isTrue();

        // a holder killed mid-run never releases: the lease stays taken until its maximum
        mongo.getCollection(ClusterLeases.COLLECTION).updateOne(new Document("_id", "eligibility"),
                new Document("$set", new Document("until", Date.from(clock.now.plus(Duration.ofMinutes(50))))
                        .append("holder", "killed")));
        assertThat(other.runOnce("eligibility", Duration.ZERO, Duration.ofMinutes(50), () -> { })).isFalse();
        clock.now = clock.now.plus(Duration.ofMinutes(50));
        assertThat(other.runOnce("eligibility", Duration.ZERO, Duration.ofMinutes(50), () -> { })).isTrue();
    }

    private static final class MutableClock extends Clock {
        Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
