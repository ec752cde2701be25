package org.renewal.governance.community;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.renewal.contracts.governance.GovernanceTopics;
import org.renewal.contracts.plan.PlanApproved;
import org.renewal.contracts.plan.PlanTopics;
import org.renewal.platform.consumer.TopicDeclarations;
import org.renewal.platform.events.EventEnvelope;
import org.renewal.platform.events.EventEnvelopes;
import org.renewal.platform.outbox.OutboxWriter;
import org.renewal.platform.web.CorrelationId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.KafkaAdmin;

/** Opens a community's governance record when its plan is approved; a duplicate event opens nothing. */
@Configuration(proxyBeanMethods = false)
class PlanEventsListener {

    private final EventEnvelopes envelopes;
    private final MongoTemplate mongo;
    private final OutboxWriter outbox;

    PlanEventsListener(EventEnvelopes envelopes, MongoTemplate mongo, OutboxWriter outbox) {
        this.envelopes = envelopes;
        this.mongo = mongo;
        this.outbox = outbox;
    }

    @Bean
    KafkaAdmin.NewTopics governanceTopics(TopicDeclarations topics) {
        return topics.withDeadLetters(GovernanceTopics.COMMUNITY, PlanTopics.PLAN);
    }

    @KafkaListener(id = "governance-plan-plan", idIsGroup = false, topics = PlanTopics.PLAN)
    void onPlanEvent(ConsumerRecord<String, String> record) {
        EventEnvelope envelope = envelopes.read(record.value());
        try (CorrelationId.Scope ignored = CorrelationId.bind(envelope.correlationId(), envelope.eventId())) {
            if (PlanApproved.TYPE.equals(envelope.type()) && envelope.version() == PlanApproved.VERSION) {
                PlanApproved plan = envelopes.payload(envelope, PlanApproved.class);
                if (!mongo.exists(Query.query(Criteria.where("_id").is(plan.communityId())), GovernanceRecord.class)) {
                    try {
                        outbox.save(GovernanceRecord.open(plan));
                    } catch (DuplicateKeyException alreadyOpened) {
                        // a redelivery raced the first: the record is there
                    }
                }
            }
        }
    }
}
