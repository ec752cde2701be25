package org.renewal.plan.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.renewal.contracts.funding.FundingTopics;
import org.renewal.contracts.funding.FundsPledged;
import org.renewal.platform.events.EventEnvelope;
import org.renewal.platform.events.EventEnvelopes;
import org.renewal.platform.outbox.OutboxProperties;
import org.renewal.platform.outbox.OutboxRelay;
import org.renewal.platform.test.EmbeddedInfrastructure;
import org.renewal.platform.test.RawProducer;
import org.renewal.platform.test.ServiceIntegrationTest;
import org.renewal.platform.test.TopicProbe;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Two replicas' outbox relays sweep the same backlog at the same moment (each reads it before the other removes
 * what it published), so events reach the broker twice: the consumer applies each once. The backlog is funding
 * entries (what plan-service's programme read model sums) waiting in an outbox document of this service's store.
 */
@ServiceIntegrationTest
class TwoRelaysIT {

    static final int DOCUMENTS = 20;
    static final int PER_DOCUMENT = 10;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    MongoMappingContext mappingContext;

    @Autowired
    EventEnvelopes envelopes;

    @Test
    void twoRelaysPublishingTheSameBacklogAtOnceHaveEachEventAppliedOnce() throws Exception {
        String plan = UUID.randomUUID().toString();
        String community = UUID.randomUUID().toString();
        List<String> backlog = new ArrayList<>();
        // the plan's community in the programme (as survey's and plan's events would have left it)
        mongo.insert(new Document("_id", community).append("name", "两个中继小区").append("districtCode", "220397")
                .append("planId", plan).append("stageOrder", 0), "programme_communities");
        long expected = 0;
        for (int d = 0; d < DOCUMENTS; d++) {
            List<Document> pending = new ArrayList<>();
            for (int i = 0; i < PER_DOCUMENT; i++) {
                long amount = 1 + d * PER_DOCUMENT + i;
                expected += amount;
                EventEnvelope e = envelopes.wrap(plan, 1 + d * PER_DOCUMENT + i, Instant.now(), new FundsPledged(plan,
                        UUID.randomUUID().toString(), "GOVERNMENT_DISTRICT", "区级财政", amount, LocalDate.parse("2026-05-01")));
                pending.add(new Document("eventId", e.eventId()).append("topic", FundingTopics.FUNDING).append("key", plan)
                        .append("type", e.type()).append("createdAt", java.util.Date.from(Instant.EPOCH))
                        .append("envelope", envelopes.write(e)));
            }
            // outbox documents of a collection the relays sweep; the first is the plan (naming its community for the
            // read model), the others stand for other plans (one plan per community: each its own)
            String id = d == 0 ? plan : "relay-backlog-" + UUID.randomUUID();
            backlog.add(id);
            mongo.insert(new Document("_id", id).append("communityId", d == 0 ? community : id)
                    .append("pendingEvents", pending), "plans");
        }
        try {
            OutboxRelay first = relay();
            OutboxRelay second = relay();
            CyclicBarrier together = new CyclicBarrier(2);
            CompletableFuture<Void> a = CompletableFuture.runAsync(() -> sweepTogether(first, together));
            CompletableFuture<Void> b = CompletableFuture.runAsync(() -> sweepTogether(second, together));
            CompletableFuture.allOf(a, b).join();

            // a later event on the same key: once it is applied, every copy before it on the partition was read
            try (RawProducer producer = new RawProducer(EmbeddedInfrastructure.get().kafkaBootstrapServers())) {
                producer.send(FundingTopics.FUNDING, plan, envelopes.write(envelopes.wrap(plan, 100_000, Instant.now(),
                        new FundsPledged(plan, "marker", "GOVERNMENT_DISTRICT", "区级财政", 1_000_000, LocalDate.parse("2026-05-02")))));
            }
            long total = expected + 1_000_000;
            await().atMost(Duration.ofSeconds(60)).until(() -> pledged(community) == total);

            int events = DOCUMENTS * PER_DOCUMENT;
            int published = TopicProbe.await(EmbeddedInfrastructure.get().kafkaBootstrapServers(), FundingTopics.FUNDING,
                    r -> plan.equals(r.key()), 2 * events + 1, Duration.ofSeconds(5)).size();
            assertThat(published).as("records on the topic").isGreaterThan(events);
            assertThat(pledged(community)).isEqualTo(total);
            Document read = mongo.findById(community, Document.class, "programme_communities");
            assertThat(read.get("ledger", Document.class)).hasSize(events + 1);
            assertThat(mongo.getCollection("plans").countDocuments(new Document("_id", new Document("$in", backlog))
                    .append("pendingEvents.0", new Document("$exists", true)))).isZero();
            org.slf4j.LoggerFactory.getLogger(TwoRelaysIT.class).info("two relays: {} events in the backlog, {} records "
                    + "published, each applied once ({} fen)", events, published, total);
        } finally {
            mongo.getCollection("plans").deleteMany(new Document("_id", new Document("$in", backlog)));
            mongo.getCollection("programme_communities").deleteOne(new Document("_id", community));
        }
    }

    private OutboxRelay relay() {
        return new OutboxRelay(kafka, mongo, mappingContext, new OutboxProperties(null, Duration.ZERO, null, null, null),
                new SimpleMeterRegistry());
    }

    private static void sweepTogether(OutboxRelay relay, CyclicBarrier together) {
        try {
            together.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        relay.sweep();
    }

    private long pledged(String community) {
        Document read = mongo.findById(community, Document.class, "programme_communities");
        Object byChannel = read == null ? null : read.get("fundingPledged");
        if (!(byChannel instanceof Map<?, ?> sums) || sums.get("GOVERNMENT_DISTRICT") == null) {
            return 0;
        }
        return ((Number) sums.get("GOVERNMENT_DISTRICT")).longValue();
    }
}
