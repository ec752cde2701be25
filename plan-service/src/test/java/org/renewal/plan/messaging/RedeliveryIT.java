package org.renewal.plan.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.renewal.contracts.EventPayload;
import org.renewal.contracts.funding.FundingTopics;
import org.renewal.contracts.funding.FundsPledged;
import org.renewal.contracts.funding.FundsReceived;
import org.renewal.contracts.plan.PlanApproved;
import org.renewal.contracts.plan.PlanTopics;
import org.renewal.contracts.survey.CommunityFacts;
import org.renewal.contracts.survey.CommunityRegistered;
import org.renewal.contracts.survey.SurveyTopics;
import org.renewal.platform.events.EventEnvelopes;
import org.renewal.platform.test.ConsumerGroups;
import org.renewal.platform.test.EmbeddedInfrastructure;
import org.renewal.platform.test.RawProducer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Issue 10, "consumer killed after its effect, before its offset commit": the worst case of it — every
 * record of every consumed topic redelivered — made exact by rewinding the stopped service's committed
 * offsets to the beginning. The restarted service must apply nothing a second time, including the
 * funding sums it keeps with increments.
 */
class RedeliveryIT {

    private final String group = "plan-redelivery-" + UUID.randomUUID();
    private final String database = "plan-redelivery-" + UUID.randomUUID();
    private static final List<String> TOPICS = List.of(SurveyTopics.COMMUNITY, PlanTopics.PLAN, FundingTopics.FUNDING);

    @Test
    void everyRecordRedeliveredAfterARestartChangesNothing() throws Exception {
        EmbeddedInfrastructure infra = EmbeddedInfrastructure.get();
        String community = UUID.randomUUID().toString();
        String plan = UUID.randomUUID().toString();
        Document before;
        long timelineBefore;
        try (RawProducer producer = new RawProducer(infra.kafkaBootstrapServers());
             ConfigurableApplicationContext service = start()) {
            EventEnvelopes envelopes = service.getBean(EventEnvelopes.class);
            send(producer, envelopes, SurveyTopics.COMMUNITY, community, 1, new CommunityRegistered(community, "重投小区",
                    "220396", "220396001", null, 1990, null, List.of(new CommunityFacts.Building("1", 6, 2, 24,
                    new BigDecimal("1500.00"), false)), 1, 24, new BigDecimal("1500.00"), null, null));
            send(producer, envelopes, PlanTopics.PLAN, plan, 1, new PlanApproved(plan, community, "重投小区", "220396",
                    "220396001", 1, List.of(), 900_000, List.of(new PlanApproved.Source("GOVERNMENT_DISTRICT", null, null,
                    900_000)), List.of("1"), 24, new BigDecimal("1500.00")));
            // (in service the plan is plan-service's own before any funding event exists; here it arrives as an event)
            MongoTemplate store = service.getBean(MongoTemplate.class);
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                Document c = store.findById(community, Document.class, "programme_communities");
                return c != null && plan.equals(c.getString("planId"));
            });
            send(producer, envelopes, FundingTopics.FUNDING, plan, 1, new FundsPledged(plan, "r1", "GOVERNMENT_DISTRICT",
                    "区财政", 900_000, LocalDate.parse("2026-03-01")));
            send(producer, envelopes, FundingTopics.FUNDING, plan, 2, new FundsReceived(plan, "r2", "GOVERNMENT_DISTRICT",
                    "区财政", 600_000, LocalDate.parse("2026-03-02")));
            MongoTemplate mongo = service.getBean(MongoTemplate.class);
            await().atMost(Duration.ofSeconds(30)).until(() -> received(mongo, community) == 600_000);
            for (String topic : TOPICS) {
                ConsumerGroups.awaitCaughtUp(infra.kafkaBootstrapServers(), group, topic, Duration.ofSeconds(30));
            }
            before = mongo.findById(community, Document.class, "programme_communities");
            timelineBefore = mongo.getCollection("community_timeline").countDocuments(new Document("communityId", community));
        }

        int rewound = rewindToTheBeginning(infra.kafkaBootstrapServers());
        assertThat(rewound).isPositive();

        try (ConfigurableApplicationContext service = start()) {
            MongoTemplate mongo = service.getBean(MongoTemplate.class);
            for (String topic : TOPICS) {
                ConsumerGroups.awaitCaughtUp(infra.kafkaBootstrapServers(), group, topic, Duration.ofSeconds(60));
            }
            Document after = mongo.findById(community, Document.class, "programme_communities");
            assertThat(received(mongo, community)).isEqualTo(600_000);
            assertThat(((Document) after.get("fundingPledged")).get("GOVERNMENT_DISTRICT"))
                    .isEqualTo(((Document) before.get("fundingPledged")).get("GOVERNMENT_DISTRICT"));
            assertThat(after.get("stageOrder")).isEqualTo(before.get("stageOrder"));
            assertThat(mongo.getCollection("community_timeline").countDocuments(new Document("communityId", community)))
                    .isEqualTo(timelineBefore);
            assertThat(mongo.findById(community, Document.class, "communities").getString("name")).isEqualTo("重投小区");
        }
    }

    /** Sets the stopped group's committed offset of every partition of the consumed topics to 0. */
    private int rewindToTheBeginning(String bootstrap) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
            admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS)
                    .forEach((tp, offset) -> {
                        if (TOPICS.contains(tp.topic()) && offset != null && offset.offset() > 0) {
                            offsets.put(tp, new OffsetAndMetadata(0));
                        }
                    });
            admin.alterConsumerGroupOffsets(group, offsets).all().get(10, TimeUnit.SECONDS);
            return offsets.size();
        }
    }

    private static long received(MongoTemplate mongo, String community) {
        Document c = mongo.findById(community, Document.class, "programme_communities");
        Object byChannel = c == null ? null : c.get("fundingReceived");
        Object fen = byChannel instanceof Document d ? d.get("GOVERNMENT_DISTRICT") : null;
        return fen instanceof Number n ? n.longValue() : 0;
    }

    private static void send(RawProducer producer, EventEnvelopes envelopes, String topic, String key, long version,
                             EventPayload payload) {
        producer.send(topic, key, envelopes.write(envelopes.wrap(key, version, Instant.now(), payload)));
    }

    private ConfigurableApplicationContext start() {
        return StandalonePlanService.start(database, group);
    }
}
