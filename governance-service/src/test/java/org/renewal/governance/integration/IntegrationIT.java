package org.renewal.governance.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.renewal.contracts.EventPayload;
import org.renewal.contracts.governance.GovernanceReady;
import org.renewal.contracts.governance.GovernanceTopics;
import org.renewal.contracts.plan.PlanApproved;
import org.renewal.contracts.plan.PlanTopics;
import org.renewal.platform.embedded.TestIssuer;
import org.renewal.platform.events.EventEnvelopes;
import org.renewal.platform.integration.FeedPosition;
import org.renewal.platform.integration.FeedStore;
import org.renewal.platform.integration.IntegrationProperties;
import org.renewal.platform.integration.WebhookDelivery;
import org.renewal.platform.schedule.ClusterLeases;
import org.renewal.platform.test.EmbeddedInfrastructure;
import org.renewal.platform.test.Http;
import org.renewal.platform.test.RawProducer;
import org.renewal.platform.test.ServiceIntegrationTest;
import org.renewal.platform.test.TopicProbe;
import org.renewal.platform.test.WebhookReceiver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The change feed and webhooks as another government system uses them, against the real broker and store: signed
 * CloudEvents to a real receiver that checks every signature, through an outage, with a second replica delivering
 * at the same time; a feed client that stops and resumes; rotation, replay and pausing; scopes.
 */
@ServiceIntegrationTest
@TestPropertySource(properties = {"renewal.integration.allow-http=true", "renewal.integration.first-retry=100ms",
        "renewal.integration.longest-retry=400ms", "renewal.integration.poll-interval=100ms"})
class IntegrationIT {

    static final String DISTRICT = "220302";
    static final String STREET = "220302001";

    @LocalServerPort
    int port;

    @Autowired
    EventEnvelopes envelopes;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    FeedStore feed;

    @Autowired
    IntegrationProperties properties;

    @Autowired
    ClusterLeases leases;

    @Autowired
    WebhookDelivery delivery;

    Http client(String subject, Map<String, Object> claims) {
        Map<String, Object> all = new HashMap<>();
        all.put("scope", "governance.read");
        all.putAll(claims);
        return Http.at(port).as(TestIssuer.get().token(subject, "INTEGRATION", all));
    }

    Http street() {
        return Http.at(port).as(TestIssuer.get().token("street-1", "STREET",
                Map.of("district", DISTRICT, "street", STREET)));
    }

    /** A community whose plan is approved, then a self-governance group and a party branch: four events. */
    String community(String district, String street) {
        String community = UUID.randomUUID().toString();
        String planId = UUID.randomUUID().toString();
        publish(PlanTopics.PLAN, planId, 3, new PlanApproved(planId, community, "对接小区", district, street, 1,
                List.of(), 0, List.of(), List.of("1"), 7, new BigDecimal("900.00")));
        Http office = Http.at(port).as(TestIssuer.get().token("street-x", "STREET",
                Map.of("district", district, "street", street)));
        String path = "/api/governance/communities/" + community;
        await().atMost(Duration.ofSeconds(30)).until(() -> office.get(path).status() == 200);
        assertThat(office.put(path + "/self-governance-group", """
                {"formedOn":"2026-08-01","members":[{"name":"刘桂芝","position":"组长"},{"name":"王强","position":"组员"},
                 {"name":"赵敏","position":"组员"}]}""").status()).isEqualTo(200);
        assertThat(office.put(path + "/party-branch", """
                {"type":"COMBINED","foundedOn":"2026-06-01","secretary":"李书记","memberCount":12}""").status())
                .isEqualTo(200);
        return community;
    }

    static final int EVENTS_PER_COMMUNITY = 4;

    private void publish(String topic, String key, long version, EventPayload payload) {
        try (RawProducer producer = new RawProducer(EmbeddedInfrastructure.get().kafkaBootstrapServers())) {
            producer.send(topic, key, envelopes.write(envelopes.wrap(key, version, Instant.now(), payload)));
        }
    }

    private static JsonNode subscribe(Http client, String url, String extra) {
        var created = client.post("/api/governance/webhooks/subscriptions", "{\"url\":\"" + url + "\"" + extra + "}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }

    @Test
    void aReceiverThatWasDownGetsEveryEventOnceInOrderPerCommunityWhileTwoReplicasDeliver() {
        try (WebhookReceiver receiver = WebhookReceiver.start().answering(503)) {
            Http treasury = client("treasury-" + UUID.randomUUID(), Map.of());
            JsonNode created = subscribe(treasury, receiver.url(), ",\"districtCode\":\"" + DISTRICT + "\"");
            receiver.knows(created.get("secret").asString());
            String id = created.get("subscription").get("id").asString();
            // a second replica's delivery, on the same store and feed
            WebhookDelivery second = new WebhookDelivery(mongo, feed, properties, Clock.systemUTC(),
                    new SimpleMeterRegistry(), leases);
            second.start();
            try {
                Set<String> ours = new HashSet<>(List.of(community(DISTRICT, STREET), community(DISTRICT, STREET),
                        community(DISTRICT, "220302002")));
                String elsewhere = community("220303", "220303001");

                // down: attempts fail and are retried, the subscription shows why
                await().atMost(Duration.ofSeconds(30)).until(() -> treasury.get("/api/governance/webhooks/subscriptions/"
                        + id).json().get("failedAttempts").asInt() >= 3);
                JsonNode failing = treasury.get("/api/governance/webhooks/subscriptions/" + id).json();
                assertThat(failing.get("lastError").asString()).isEqualTo("HTTP 503");
                assertThat(failing.get("status").asString()).isEqualTo("ACTIVE");

                receiver.answering(204);
                await().atMost(Duration.ofSeconds(60)).until(() -> receiver.acceptedOnce().values().stream()
                        .filter(d -> ours.contains(d.event().get("subject").asString())).count()
                        == (long) ours.size() * EVENTS_PER_COMMUNITY);

                assertThat(receiver.deliveries()).allSatisfy(d -> assertThat(d.verified()).as(d.body()).isTrue());
                // each accepted exactly once although two replicas deliver: no id answered 2xx twice
                Map<String, Integer> accepted = new HashMap<>();
                receiver.deliveries().stream().filter(d -> d.answered() / 100 == 2)
                        .forEach(d -> accepted.merge(d.webhookId(), 1, Integer::sum));
                assertThat(accepted).allSatisfy((event, times) -> assertThat(times).as(event).isEqualTo(1));
                // in order per community: the aggregate's versions rise by one, as the events happened
                Map<String, List<Long>> versions = new HashMap<>();
                receiver.acceptedOnce().values().forEach(d -> versions.computeIfAbsent(d.event().get("subject")
                        .asString(), s -> new ArrayList<>()).add(d.event().get("aggregateversion").asLong()));
                for (String community : ours) {
                    assertThat(versions.get(community)).as(community).isSorted().doesNotHaveDuplicates()
                            .hasSize(EVENTS_PER_COMMUNITY);
                }
                // CloudEvents 1.0, its place, and nothing of another district
                JsonNode event = receiver.acceptedOnce().values().iterator().next().event();
                assertThat(event.get("specversion").asString()).isEqualTo("1.0");
                assertThat(event.get("source").asString()).isEqualTo("urn:renewal:governance-service");
                assertThat(event.get("district").asString()).isEqualTo(DISTRICT);
                assertThat(receiver.deliveries()).noneMatch(d -> elsewhere.equals(d.event().get("subject").asString()));
                // the names of the group's members never leave: the event carries their number
                assertThat(receiver.deliveries()).noneMatch(d -> d.body().contains("刘桂芝"));

                JsonNode log = treasury.get("/api/governance/webhooks/subscriptions/" + id + "/deliveries?size=200")
                        .json();
                List<String> outcomes = new ArrayList<>();
                log.get("content").forEach(d -> outcomes.add(d.get("outcome").asString()));
                assertThat(outcomes).contains("DELIVERED", "FAILED");
                assertThat(treasury.get("/api/governance/webhooks/subscriptions/" + id).json().get("failedAttempts")
                        .asInt()).isZero();
            } finally {
                second.stop();
            }
        }
    }

    @Test
    void aFeedClientThatStopsAndResumesSeesEveryEventOnce() {
        Http register = client("register-" + UUID.randomUUID(), Map.of());
        String start = register.get("/api/governance/feed/head").json().get("cursor").asString();
        Set<String> ours = Set.of(community(DISTRICT, STREET), community(DISTRICT, STREET));

        List<JsonNode> seen = new ArrayList<>();
        String[] cursor = {start};
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            // one page at a time, as a batch job that stops after each page and resumes from the kept cursor
            JsonNode page = register.get("/api/governance/feed?limit=3&cursor=" + cursor[0]).json();
            page.get("events").forEach(seen::add);
            cursor[0] = page.get("cursor").asString();
            return seen.stream().filter(e -> ours.contains(e.get("subject").asString())).count()
                    == (long) ours.size() * EVENTS_PER_COMMUNITY;
        });
        assertThat(register.get("/api/governance/feed?cursor=" + cursor[0]).json().get("retention").asString())
                .isEqualTo("P30D");
        List<String> ids = seen.stream().map(e -> e.get("id").asString()).toList();
        assertThat(ids).doesNotHaveDuplicates();
        assertThat(register.get("/api/governance/feed?cursor=" + cursor[0]).json().get("events")).isEmpty();

        // the broker holding an event twice (a relay that published again after a crash) changes nothing: the feed
        // keeps it once, at its first position
        String twice = ours.iterator().next();
        var record = TopicProbe.await(EmbeddedInfrastructure.get().kafkaBootstrapServers(), GovernanceTopics.COMMUNITY,
                r -> twice.equals(r.key()), 1, Duration.ofSeconds(10)).get(0);
        String after = envelopes.write(envelopes.wrap(twice, 99, Instant.now(), new GovernanceReady(twice,
                "SELF_GOVERNANCE_GROUP", java.time.LocalDate.parse("2026-08-01"))));
        try (RawProducer producer = new RawProducer(EmbeddedInfrastructure.get().kafkaBootstrapServers())) {
            producer.send(GovernanceTopics.COMMUNITY, twice, record.value());
            producer.send(GovernanceTopics.COMMUNITY, twice, after);
        }
        String afterId = envelopes.read(after).eventId();
        List<String> again = new ArrayList<>();
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            again.clear();
            register.get("/api/governance/feed?limit=500&cursor=" + start).json().get("events")
                    .forEach(e -> again.add(e.get("id").asString()));
            return again.contains(afterId);
        });
        assertThat(again).doesNotHaveDuplicates().contains(envelopes.read(record.value()).eventId());

        // a cursor this feed did not write names the field; one older than the retention is 410
        var garbage = register.get("/api/governance/feed?cursor=bm90LWEtY3Vyc29y");
        assertThat(garbage.status()).isEqualTo(400);
        assertThat(garbage.json().get("errors").get(0).get("field").asString()).isEqualTo("cursor");
        String old = FeedPosition.decode(cursor[0]).reissued(Instant.now().minus(Duration.ofDays(31))).encode();
        var expired = register.get("/api/governance/feed?cursor=" + old);
        assertThat(expired.status()).isEqualTo(410);
        assertThat(expired.json().get("code").asString()).isEqualTo("CURSOR_EXPIRED");
        assertThat(register.get("/api/governance/feed?limit=501").status()).isEqualTo(400);
        assertThat(register.get("/api/governance/feed?types=governance.NoSuchThing").json().get("errors").get(0)
                .get("field").asString()).isEqualTo("types[0]");

        // a district's own system reads its district only
        Http otherDistrict = client("gis-220303", Map.of("district", "220303"));
        String elsewhere = community("220303", "220303001");
        List<String> itsSubjects = new ArrayList<>();
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            itsSubjects.clear();
            otherDistrict.get("/api/governance/feed?limit=500&cursor=" + start).json().get("events")
                    .forEach(e -> itsSubjects.add(e.get("subject").asString()));
            return itsSubjects.contains(elsewhere);
        });
        assertThat(itsSubjects).doesNotContainAnyElementsOf(ours);
    }

    @Test
    void aClientOutsideItsScopeIsRefusedAndAnotherClientsSubscriptionIsNotFound() {
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            Http gis = client("gis-" + UUID.randomUUID(), Map.of("district", "220303"));
            var foreign = gis.post("/api/governance/webhooks/subscriptions",
                    "{\"url\":\"" + receiver.url() + "\",\"districtCode\":\"" + DISTRICT + "\"}");
            assertThat(foreign.status()).isEqualTo(403);
            assertThat(foreign.json().get("code").asString()).isEqualTo("PLACE_NOT_YOURS");
            // its own district is fine, and is where a subscription without a place goes
            assertThat(subscribe(gis, receiver.url(), "").get("subscription").get("districtCode").asString())
                    .isEqualTo("220303");

            Http treasury = client("treasury-" + UUID.randomUUID(), Map.of());
            String id = subscribe(treasury, receiver.url(), "").get("subscription").get("id").asString();
            // one client, several subscriptions; a retried creation with the same key is the same subscription
            assertThat(subscribe(treasury, receiver.url(), "").get("subscription").get("id").asString()).isNotEqualTo(id);
            String body = "{\"url\":\"" + receiver.url() + "\"}";
            var keyed = treasury.post("/api/governance/webhooks/subscriptions", body, "Idempotency-Key", "sub-1");
            var again = treasury.post("/api/governance/webhooks/subscriptions", body, "Idempotency-Key", "sub-1");
            assertThat(keyed.status()).isEqualTo(201);
            assertThat(again.json().get("subscription").get("id").asString())
                    .isEqualTo(keyed.json().get("subscription").get("id").asString());
            assertThat(again.json().get("secret").asString()).isEqualTo(keyed.json().get("secret").asString());
            String path = "/api/governance/webhooks/subscriptions/" + id;
            assertThat(gis.get(path).status()).isEqualTo(404);
            assertThat(gis.post(path + "/secret-rotations", "{}").status()).isEqualTo(404);
            assertThat(gis.send("DELETE", path, "application/json", new byte[0]).status()).isEqualTo(404);
            assertThat(gis.get("/api/governance/webhooks/subscriptions").json().get("content").toString())
                    .doesNotContain(id);
            Http city = Http.at(port).as(TestIssuer.get().cityOffice());
            assertThat(city.get(path).status()).isEqualTo(200);
            Http resident = Http.at(port).as(TestIssuer.get().resident(DISTRICT, "1-1-101"));
            assertThat(resident.get("/api/governance/feed").status()).isEqualTo(403);
            assertThat(street().get("/api/governance/feed").status()).isEqualTo(403);

            var bad = treasury.post("/api/governance/webhooks/subscriptions", """
                    {"url":"ftp://example.gov.cn/x","types":["governance.GovernanceOpened","survey.HouseholdRollChanged"],
                     "districtCode":"220302","streetCode":"220303001"}""");
            assertThat(bad.status()).isEqualTo(400);
            List<String> fields = new ArrayList<>();
            bad.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
            assertThat(fields).containsExactlyInAnyOrder("url", "types[1]", "streetCode");
            assertThat(treasury.send("DELETE", path, "application/json", new byte[0]).status()).isEqualTo(204);
            assertThat(treasury.get(path).status()).isEqualTo(404);
        }
    }

    @Test
    void aRotatedSecretSignsBesideTheOldOneAReplayRepeatsIdsAndA410Pauses() {
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            Http treasury = client("treasury-" + UUID.randomUUID(), Map.of());
            Instant before = Instant.now();
            JsonNode created = subscribe(treasury, receiver.url(), ",\"streetCode\":\"" + STREET + "\"");
            String oldSecret = created.get("secret").asString();
            receiver.knows(oldSecret);
            String path = "/api/governance/webhooks/subscriptions/" + created.get("subscription").get("id").asString();
            String first = community(DISTRICT, STREET);
            await().atMost(Duration.ofSeconds(30)).until(() -> receiver.acceptedOnce().size() >= EVENTS_PER_COMMUNITY);

            JsonNode rotated = treasury.post(path + "/secret-rotations", "{}").json();
            String newSecret = rotated.get("secret").asString();
            receiver.knows(newSecret); // the receiver switched at once: the new secret's signature is there
            String second = community(DISTRICT, STREET);
            await().atMost(Duration.ofSeconds(30)).until(() -> receiver.acceptedOnce().values().stream()
                    .filter(d -> second.equals(d.event().get("subject").asString())).count() == EVENTS_PER_COMMUNITY);
            WebhookReceiver.Delivery late = receiver.deliveries().get(receiver.deliveries().size() - 1);
            assertThat(late.signature().split(" ")).hasSize(2);
            assertThat(treasury.get(path).json().get("previousSecretValidUntil").isNull()).isFalse();

            // a replay of the time range delivers the same events again, with the same ids
            int delivered = receiver.deliveries().size();
            var replay = treasury.post(path + "/replays", "{\"from\":\"" + before + "\",\"to\":\"" + Instant.now() + "\"}");
            assertThat(replay.status()).isEqualTo(202);
            await().atMost(Duration.ofSeconds(30)).until(() -> receiver.deliveries().stream().filter(d -> d.replay()
                    && d.answered() == 204).count() == 2L * EVENTS_PER_COMMUNITY);
            assertThat(receiver.deliveries().subList(delivered, receiver.deliveries().size()).stream()
                    .map(WebhookReceiver.Delivery::webhookId).toList()).isSubsetOf(receiver.acceptedOnce().keySet());
            assertThat(treasury.post(path + "/replays", "{\"from\":\"" + Instant.now() + "\",\"to\":\"" + before + "\"}")
                    .json().get("errors").get(0).get("field").asString()).isEqualTo("to");

            // a receiver that answers 410 Gone pauses the subscription at once, with the reason; resuming continues
            receiver.answering(410);
            String third = community(DISTRICT, STREET);
            await().atMost(Duration.ofSeconds(30)).until(() -> treasury.get(path).json().get("status").asString()
                    .equals("PAUSED"));
            assertThat(treasury.get(path).json().get("pausedReason").asString()).contains("410");
            receiver.answering(204);
            assertThat(treasury.post(path + "/resumption", "{}").json().get("status").asString()).isEqualTo("ACTIVE");
            await().atMost(Duration.ofSeconds(30)).until(() -> receiver.acceptedOnce().values().stream()
                    .filter(d -> third.equals(d.event().get("subject").asString())).count() == EVENTS_PER_COMMUNITY);
            assertThat(first).isNotEqualTo(second);
        }
    }

    @Test
    void deliveriesThatFailForTheWholePauseAfterPeriodPauseTheSubscriptionWithTheReason() {
        try (WebhookReceiver receiver = WebhookReceiver.start().answering(500)) {
            Http treasury = client("treasury-" + UUID.randomUUID(), Map.of());
            JsonNode created = subscribe(treasury, receiver.url(), "");
            receiver.knows(created.get("secret").asString());
            String path = "/api/governance/webhooks/subscriptions/" + created.get("subscription").get("id").asString();
            // this replica with a one-second patience instead of the application's
            IntegrationProperties impatient = new IntegrationProperties(properties.topics(), null, true,
                    Duration.ofMillis(100), null, Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofSeconds(1),
                    null, null, null);
            delivery.stop();
            WebhookDelivery replica = new WebhookDelivery(mongo, feed, impatient, Clock.systemUTC(),
                    new SimpleMeterRegistry(), leases);
            replica.start();
            try {
                community(DISTRICT, STREET);
                await().atMost(Duration.ofSeconds(30)).until(() -> treasury.get(path).json().get("status").asString()
                        .equals("PAUSED"));
                JsonNode paused = treasury.get(path).json();
                assertThat(paused.get("pausedReason").asString()).contains("every delivery failed since")
                        .contains("HTTP 500");
                int attempts = receiver.deliveries().size();
                assertThat(attempts).isGreaterThan(1);
                // paused: nothing more is sent
                await().during(Duration.ofMillis(600)).atMost(Duration.ofSeconds(2))
                        .until(() -> receiver.deliveries().size() == attempts);
            } finally {
                replica.stop();
                delivery.start();
            }
        }
    }

    /**
     * The 12345 hotline's system opens a maintenance ticket from a complaint it took: once per work order number
     * (its Idempotency-Key, required of it), only for communities of its places, with its scope alone.
     */
    @Test
    void theHotlineOpensATicketOncePerWorkOrderWithinItsPlaces() {
        String community = community(DISTRICT, STREET);
        String tickets = "/api/governance/communities/" + community + "/tickets";
        Http hotline = client("hotline-220302", Map.of("scope", "governance.read governance.tickets.write",
                "district", DISTRICT));
        String complaint = """
                {"category":"LIGHTING","location":"3号楼2单元楼道","description":"市民来电：声控灯不亮（12345 转办）"}""";

        var first = hotline.post(tickets, complaint, "Idempotency-Key", "12345-20270315-0042");
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        var retry = hotline.post(tickets, complaint, "Idempotency-Key", "12345-20270315-0042");
        assertThat(retry.json().get("id").asString()).isEqualTo(first.json().get("id").asString());
        assertThat(first.json().get("reportedBy").asString()).isEqualTo("hotline-220302");
        assertThat(street().get(tickets).json().get("content").size()).isEqualTo(1);

        var withoutKey = hotline.post(tickets, complaint);
        assertThat(withoutKey.status()).isEqualTo(400);
        assertThat(withoutKey.json().get("errors").get(0).get("field").asString()).isEqualTo("Idempotency-Key");
        Http elsewhere = client("hotline-220303", Map.of("scope", "governance.read governance.tickets.write",
                "district", "220303"));
        assertThat(elsewhere.post(tickets, complaint, "Idempotency-Key", "1").status()).isEqualTo(404);
        Http readOnly = client("reader", Map.of());
        assertThat(readOnly.post(tickets, complaint, "Idempotency-Key", "2").status()).isEqualTo(403);
        assertThat(street().get(tickets).json().get("content").size()).isEqualTo(1);
    }
}
