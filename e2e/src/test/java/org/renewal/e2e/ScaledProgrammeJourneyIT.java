package org.renewal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.renewal.e2e.Journey.BuildingSpec;
import org.renewal.e2e.Journey.Site;
import tools.jackson.databind.JsonNode;

/**
 * The programme journey as production runs it — two replicas of every service and two gateways, the client's calls
 * spread over both gateways — with every figure of {@link ProgrammeJourneyIT} checked as there, and faults while it
 * runs:
 * <ul>
 *   <li>{@code kill -9} of one replica of each service at random points of the journey (between two of its calls;
 *       the replica may be mid-way through consuming or publishing events), each started again at once;</li>
 *   <li>then a rolling restart (one instance at a time, SIGTERM, wait until ready) while a bounded load generator
 *       keeps writing through the gateways.</li>
 * </ul>
 * It counts and checks: nothing left unpublished in any outbox, no fact announced twice on Kafka, no read model
 * moving backwards while the journey ran, every accepted write's effect present exactly once, and only retriable
 * refusals (503 with Retry-After) during the rolling restart. Figures go to {@code e2e/target/reliability-figures.md}
 * (docs/reliability.md keeps the last run's).
 *
 * <p>The short form is in {@code ./mvnw verify}; {@code -Preliability} rolls every service under a longer load.
 */
@ProgrammeJourneyIT.Scaled(replicas = 2, gateways = 2)
class ScaledProgrammeJourneyIT extends ProgrammeJourneyIT {

    static final long SEED = Long.getLong("reliability.seed", System.nanoTime());
    static final Chaos chaos = new Chaos(new Random(SEED));
    static final List<String> backwards = new CopyOnWriteArrayList<>();

    /** Runs after the journey's own start (the suite scaled by the annotation above): the faults and the sampler. */
    @BeforeAll
    static void injectFaultsBetweenCalls() {
        AtomicBoolean sampling = new AtomicBoolean();
        Map<String, Integer> highest = new ConcurrentHashMap<>();
        AtomicInteger calls = new AtomicInteger();
        api.beforeEachCall(() -> {
            if (sampling.get()) {
                return; // the sampler's own call
            }
            int n = calls.incrementAndGet();
            chaos.beforeCall(n);
            if (n % 10 == 0) {
                sampling.set(true);
                try {
                    sampleOverview(highest);
                } finally {
                    sampling.set(false);
                }
            }
        });
    }

    /** The overview's "reached" counts only grow: a read model that moved backwards shows as a smaller count. */
    private static void sampleOverview(Map<String, Integer> highest) {
        SuiteClient.Response r = api.get("district-tiexi", "/api/plan/programme/overview?year=" + YEAR);
        if (r.status() != 200) {
            return;
        }
        for (JsonNode s : r.json().get("stages")) {
            String stage = s.get("stage").asString();
            int now = s.get("communities").asInt();
            Integer before = highest.merge(stage, now, Math::max);
            if (before != null && now < before) {
                backwards.add(stage + ": " + before + " → " + now);
            }
        }
    }

    @Test
    @Order(15)
    void killedReplicasCameBackAndNothingWasLostDoubledOrMovedBackwards() throws Exception {
        chaos.awaitRestarts();
        assertThat(chaos.killed).as("one replica of each service killed during the journey (seed %d)", SEED)
                .hasSize(suite.services().size());

        Outboxes outboxes = new Outboxes(suite.mongoUri(), suite.services());
        long unpublished = outboxes.awaitEmpty(Duration.ofSeconds(90));
        EventAudit audit = EventAudit.read(suite.kafkaBootstrapServers());

        Map<String, String> shown = new LinkedHashMap<>();
        shown.put("replicas killed (kill -9) and restarted", chaos.killed.size() + " " + chaos.killed);
        shown.put("events on Kafka (this broker, every test so far)", String.valueOf(audit.events()));
        shown.put("events lost (left unpublished in an outbox)", String.valueOf(unpublished));
        shown.put("events delivered more than once (same id, dropped by consumers)", String.valueOf(audit.redelivered()));
        shown.put("facts announced twice (same fact, different event ids)", String.valueOf(audit.announcedTwice().size()));
        shown.put("late milestones announced twice (sweeps)", String.valueOf(audit.lateMilestonesAnnouncedTwice().size()));
        shown.put("read models seen moving backwards (overview sampled every 10 calls)", String.valueOf(backwards.size()));
        shown.put("refusals the client retried after Retry-After", String.valueOf(api.retriedRefusals()));
        shown.put("seed (-Dreliability.seed= repeats the kill points)", String.valueOf(SEED));
        figures("Two replicas, kill -9 during the journey", shown);
        assertThat(unpublished).as("events left unpublished").isZero();
        assertThat(audit.announcedTwice()).as("facts announced twice").isEmpty();
        assertThat(audit.lateMilestonesAnnouncedTwice()).as("late milestones announced twice").isEmpty();
        assertThat(backwards).as("read models that moved backwards").isEmpty();
    }

    @Test
    @Order(70)
    void aRollingRestartUnderLoadLosesNothingAndShowsOnlyRetriableRefusals() throws Exception {
        chaos.stop();
        List<String> rolled = List.of(System.getProperty("reliability.rolling-services", "survey-service,plan-service")
                .split(","));
        // the short form restarts one instance of each (a restart's every step: drain, rebalance, rejoin); the long
        // form all of them
        int perService = Integer.getInteger("reliability.rolling-instances", 1);
        String run = UUID.randomUUID().toString().substring(0, 6);
        Load load = new Load(api, run, Integer.getInteger("reliability.load-threads", 3));
        load.start();
        long started = System.nanoTime();
        try {
            awaitWritesAccepted(load, 5); // the load is flowing before the first instance stops
            for (String service : rolled) {
                List<String> instances = suite.instances(service.trim());
                for (String instance : instances.subList(0, Math.min(perService, instances.size()))) {
                    suite.stop(instance);
                    suite.restart(instance);
                    // one period of the gateways' health check (2 s), so they list it again before the next
                    // instance stops: nothing outside the gateways shows that moment (plan-service takes no calls
                    // from this load), hence a pause rather than a condition
                    Thread.sleep(2_500);
                }
            }
            awaitWritesAccepted(load, 5); // and still flowing after the last one is back
        } finally {
            load.stop();
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        // every accepted registration is in the register exactly once, and reached plan's programme model once
        List<String> registered = ids("/api/survey/communities?name="
                + java.net.URLEncoder.encode("负载-" + run, java.nio.charset.StandardCharsets.UTF_8));
        List<String> accepted = List.copyOf(load.accepted);
        try {
            api.await("every accepted registration in plan's programme model", Journey.WAIT,
                    () -> api.get("district-tiexi", "/api/plan/programme/communities?size=1"),
                    r -> ids("/api/plan/programme/communities?stage=RESERVED").containsAll(accepted));
        } catch (RuntimeException | AssertionError notAll) {
            // counted below
        }
        List<String> planIds = ids("/api/plan/programme/communities?stage=RESERVED");
        long missing = accepted.stream().filter(id -> !registered.contains(id) || !planIds.contains(id)).count();
        long doubled = accepted.stream().filter(id -> Collections.frequency(registered, id) > 1
                || Collections.frequency(planIds, id) > 1).count();
        long unacknowledged = registered.stream().filter(id -> !accepted.contains(id)).count();

        Map<String, String> shown = new LinkedHashMap<>();
        shown.put("instances restarted one at a time (SIGTERM, then ready)", String.join(", ", rolled) + " × "
                + Math.min(perService, 2));
        shown.put("duration", took.toSeconds() + " s");
        shown.put("writes accepted (201)", String.valueOf(accepted.size()));
        shown.put("accepted writes missing from the register or plan's model", String.valueOf(missing));
        shown.put("accepted writes present twice", String.valueOf(doubled));
        shown.put("registrations stored but not acknowledged to the client", String.valueOf(unacknowledged));
        shown.put("reads answered (200)", String.valueOf(load.reads.get()));
        shown.put("refusals retried after Retry-After (503/429)", String.valueOf(api.retriedRefusals() - load.retriedBefore));
        shown.put("failures a client would see (anything else)", load.failures.size() + (load.failures.isEmpty() ? ""
                : ", the first: " + load.failures.subList(0, Math.min(3, load.failures.size()))));
        figures("Rolling restart under load", shown);

        assertThat(load.failures).as("answers other than success or a retriable refusal").isEmpty();
        assertThat(accepted).as("writes accepted during the restart").isNotEmpty();
        assertThat(registered).as("registered communities of this run").containsExactlyInAnyOrderElementsOf(accepted);
        for (String id : accepted) {
            assertThat(Collections.frequency(planIds, id)).as("community %s in plan's model", id).isEqualTo(1);
        }
    }

    /** Waits until the load has had {@code more} writes accepted beyond those it had. */
    private static void awaitWritesAccepted(Load load, int more) {
        int target = load.accepted.size() + more;
        org.awaitility.Awaitility.await("the load's writes accepted").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(100)).until(() -> load.accepted.size() >= target);
    }

    /** Every id a paged list holds, page by page. */
    private static List<String> ids(String path) {
        List<String> ids = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonNode body = api.get("district-tiexi", path + (path.contains("?") ? "&" : "?") + "size=200&page=" + page)
                    .ok(path).json();
            body.get("content").forEach(c -> ids.add(c.get("id").asString()));
            if (page + 1 >= body.get("page").get("totalPages").asInt()) {
                return ids;
            }
        }
    }

    private static void figures(String title, Map<String, String> figures) throws IOException {
        StringBuilder text = new StringBuilder("\n### " + title + " (" + java.time.LocalDate.now() + ")\n\n| figure | value |\n|---|---|\n");
        figures.forEach((k, v) -> text.append("| ").append(k).append(" | ").append(v).append(" |\n"));
        System.out.println(text);
        Path file = Path.of(System.getProperty("basedir", "."), "target", "reliability-figures.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    /** kill -9 of one replica of each service, at random calls of the journey, each started again at once. */
    static final class Chaos {
        final Random random;
        final List<String> killed = new CopyOnWriteArrayList<>();
        final List<Thread> restarts = new CopyOnWriteArrayList<>();
        final List<Throwable> failures = new CopyOnWriteArrayList<>();
        final List<String> order = new ArrayList<>();
        volatile boolean stopped;
        int nextAt;

        Chaos(Random random) {
            this.random = random;
            nextAt = 8 + random.nextInt(15);
        }

        void beforeCall(int call) {
            if (stopped || call < nextAt) {
                return;
            }
            if (order.isEmpty() && killed.isEmpty()) {
                order.addAll(suite.services());
                Collections.shuffle(order, random);
            }
            if (order.isEmpty()) {
                return;
            }
            String service = order.remove(0);
            List<String> instances = suite.instances(service);
            String victim = instances.get(random.nextInt(instances.size()));
            try {
                suite.kill(victim);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            killed.add(victim + "@call" + call);
            Thread restart = new Thread(() -> {
                try {
                    suite.restart(victim);
                } catch (IOException | RuntimeException e) {
                    failures.add(e);
                }
            }, "restart-" + victim);
            restart.start();
            restarts.add(restart);
            nextAt = call + 12 + random.nextInt(20);
        }

        void awaitRestarts() throws InterruptedException {
            stopped = true;
            for (Thread t : restarts) {
                t.join(Duration.ofMinutes(5).toMillis());
            }
            assertThat(failures).as("replicas that did not come back").isEmpty();
        }

        void stop() {
            stopped = true;
        }
    }

    /** A bounded load: each thread registers communities (with an Idempotency-Key) and reads them back, in a loop. */
    static final class Load {
        final SuiteClient api;
        final String run;
        final int threads;
        final List<String> accepted = new CopyOnWriteArrayList<>();
        final List<String> failures = new CopyOnWriteArrayList<>();
        final AtomicInteger reads = new AtomicInteger();
        final AtomicInteger sequence = new AtomicInteger();
        final List<Thread> workers = new ArrayList<>();
        final int retriedBefore;
        volatile boolean running = true;

        Load(SuiteClient api, String run, int threads) {
            this.api = api;
            this.run = run;
            this.threads = threads;
            this.retriedBefore = api.retriedRefusals();
        }

        void start() {
            for (int t = 0; t < threads; t++) {
                Thread worker = new Thread(this::work, "load-" + t);
                worker.start();
                workers.add(worker);
            }
        }

        private void work() {
            // paced, so the load lasts the whole restart (a bounded load, not a saturating one)
            long pause = Long.getLong("reliability.load-pause-ms", 250);
            while (running && sequence.get() < Integer.getInteger("reliability.load-max", 5000)) {
                try {
                    Thread.sleep(pause);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                int n = sequence.incrementAndGet();
                Site site = new Site("负载-" + run + "-" + n, "220302", "220302001", "220302001003",
                        (431_600 + n) / 10_000.0, 124.34, 1990, List.of(new BuildingSpec("1", 6, 1, 4,
                        java.math.BigDecimal.valueOf(240).setScale(2))));
                try {
                    SuiteClient.Response r = api.call("district-tiexi", "POST", "/api/survey/communities",
                            Journey.registration(site), Map.of("Idempotency-Key", "load-" + run + "-" + n));
                    if (r.status() != 201) {
                        failures.add("POST " + r.status() + " " + r.body());
                        continue;
                    }
                    String id = r.json().get("id").asString();
                    accepted.add(id);
                    SuiteClient.Response read = api.get("district-tiexi", "/api/survey/communities/" + id);
                    if (read.status() == 200) {
                        reads.incrementAndGet();
                    } else {
                        failures.add("GET " + read.status() + " " + read.body());
                    }
                } catch (RuntimeException e) {
                    failures.add(e.toString());
                }
            }
        }

        void stop() throws InterruptedException {
            running = false;
            for (Thread t : workers) {
                t.join(Duration.ofMinutes(2).toMillis());
            }
        }
    }
}
