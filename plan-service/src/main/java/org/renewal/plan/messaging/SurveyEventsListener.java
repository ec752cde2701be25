package org.renewal.plan.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.renewal.contracts.survey.CommunityFacts;
import org.renewal.contracts.survey.CommunityRegistered;
import org.renewal.contracts.survey.CommunityUpdated;
import org.renewal.contracts.survey.SurveyTopics;
import org.renewal.plan.community.CommunityReadModel;
import org.renewal.platform.consumer.TopicDeclarations;
import org.renewal.platform.events.EventEnvelope;
import org.renewal.platform.events.EventEnvelopes;
import org.renewal.platform.web.CorrelationId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.KafkaAdmin;

/** Consumes survey-service's community events into plan-service's read model. */
@Configuration(proxyBeanMethods = false)
class SurveyEventsListener {

    private static final Logger log = LoggerFactory.getLogger(SurveyEventsListener.class);

    private final EventEnvelopes envelopes;
    private final CommunityReadModel communities;

    SurveyEventsListener(EventEnvelopes envelopes, CommunityReadModel communities) {
        this.envelopes = envelopes;
        this.communities = communities;
    }

    @Bean
    KafkaAdmin.NewTopics consumedSurveyTopics(TopicDeclarations topics) {
        return topics.withDeadLetters(SurveyTopics.COMMUNITY);
    }

    @KafkaListener(id = "plan-survey-community", idIsGroup = false, topics = SurveyTopics.COMMUNITY)
    void onCommunityEvent(ConsumerRecord<String, String> record) {
        EventEnvelope envelope = envelopes.read(record.value());
        try (CorrelationId.Scope ignored = CorrelationId.bind(envelope.correlationId(), envelope.eventId())) {
            CommunityFacts facts = null;
            if (CommunityRegistered.TYPE.equals(envelope.type()) && envelope.version() == CommunityRegistered.VERSION) {
                facts = envelopes.payload(envelope, CommunityRegistered.class);
            } else if (CommunityUpdated.TYPE.equals(envelope.type()) && envelope.version() == CommunityUpdated.VERSION) {
                facts = envelopes.payload(envelope, CommunityUpdated.class);
            }
            if (facts != null) {
                boolean applied = communities.apply(envelope, facts);
                log.debug("{} {} for {}: {}", envelope.type(), envelope.eventId(), envelope.aggregateId(),
                        applied ? "applied" : "already applied");
            }
        }
    }
}
