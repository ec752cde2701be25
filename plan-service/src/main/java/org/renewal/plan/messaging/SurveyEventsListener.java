package org.renewal.plan.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.renewal.contracts.survey.CommunityFacts;
import org.renewal.contracts.survey.CommunityRegistered;
import org.renewal.contracts.survey.CommunityRemovedFromReserve;
import org.renewal.contracts.survey.CommunityReserved;
import org.renewal.contracts.survey.CommunityUpdated;
import org.renewal.contracts.survey.EligibilityAssessed;
import org.renewal.contracts.survey.HouseholdRollChanged;
import org.renewal.contracts.survey.QuestionnaireTallied;
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

/** Consumes survey-service's community events into plan-service's read models. */
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
            boolean applied = switch (envelope.version() == 1 ? envelope.type() : "") {
                case CommunityRegistered.TYPE ->
                        communities.apply(envelope, (CommunityFacts) envelopes.payload(envelope, CommunityRegistered.class));
                case CommunityUpdated.TYPE ->
                        communities.apply(envelope, (CommunityFacts) envelopes.payload(envelope, CommunityUpdated.class));
                case EligibilityAssessed.TYPE ->
                        communities.apply(envelope, envelopes.payload(envelope, EligibilityAssessed.class));
                case CommunityReserved.TYPE ->
                        communities.apply(envelope, envelopes.payload(envelope, CommunityReserved.class));
                case CommunityRemovedFromReserve.TYPE ->
                        communities.apply(envelope, envelopes.payload(envelope, CommunityRemovedFromReserve.class));
                case QuestionnaireTallied.TYPE ->
                        communities.apply(envelope, envelopes.payload(envelope, QuestionnaireTallied.class));
                case HouseholdRollChanged.TYPE ->
                        communities.apply(envelope, envelopes.payload(envelope, HouseholdRollChanged.class));
                default -> false;
            };
            log.debug("{} {} for {}: {}", envelope.type(), envelope.eventId(), envelope.aggregateId(),
                    applied ? "applied" : "not applied (duplicate, older or not for us)");
        }
    }
}
