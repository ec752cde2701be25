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
import org.renewal.plan.programme.ProgrammeReadModel;
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
    private final ProgrammeReadModel programme;

    SurveyEventsListener(EventEnvelopes envelopes, CommunityReadModel communities, ProgrammeReadModel programme) {
        this.envelopes = envelopes;
        this.communities = communities;
        this.programme = programme;
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
                case CommunityRegistered.TYPE -> {
                    CommunityFacts facts = envelopes.payload(envelope, CommunityRegistered.class);
                    programme.apply(envelope, facts);
                    yield communities.apply(envelope, facts);
                }
                case CommunityUpdated.TYPE -> {
                    CommunityFacts facts = envelopes.payload(envelope, CommunityUpdated.class);
                    programme.apply(envelope, facts);
                    yield communities.apply(envelope, facts);
                }
                case EligibilityAssessed.TYPE -> {
                    EligibilityAssessed assessed = envelopes.payload(envelope, EligibilityAssessed.class);
                    programme.apply(envelope, assessed);
                    yield communities.apply(envelope, assessed);
                }
                case CommunityReserved.TYPE -> {
                    CommunityReserved reserved = envelopes.payload(envelope, CommunityReserved.class);
                    programme.apply(envelope, reserved);
                    yield communities.apply(envelope, reserved);
                }
                case CommunityRemovedFromReserve.TYPE -> {
                    CommunityRemovedFromReserve removed = envelopes.payload(envelope, CommunityRemovedFromReserve.class);
                    programme.apply(envelope, removed);
                    yield communities.apply(envelope, removed);
                }
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
