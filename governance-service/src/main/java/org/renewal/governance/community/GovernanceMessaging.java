package org.renewal.governance.community;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.renewal.contracts.governance.GovernanceTopics;
import org.renewal.contracts.plan.PlanApproved;
import org.renewal.contracts.plan.PlanTopics;
import org.renewal.contracts.project.AcceptancePassed;
import org.renewal.contracts.project.ProjectHandedOver;
import org.renewal.contracts.project.ProjectTopics;
import org.renewal.contracts.survey.HouseholdRollChanged;
import org.renewal.contracts.survey.SurveyTopics;
import org.renewal.platform.consumer.TopicDeclarations;
import org.renewal.platform.events.EventEnvelope;
import org.renewal.platform.events.EventEnvelopes;
import org.renewal.platform.web.CorrelationId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * governance-service's inputs: an approved plan opens the record (once); survey's household rolls give
 * the electorate; the passed acceptance opens the satisfaction evaluation; the handover starts long-term
 * management.
 */
@Configuration(proxyBeanMethods = false)
class GovernanceMessaging {

    private final EventEnvelopes envelopes;
    private final GovernanceService governance;

    GovernanceMessaging(EventEnvelopes envelopes, GovernanceService governance) {
        this.envelopes = envelopes;
        this.governance = governance;
    }

    @Bean
    KafkaAdmin.NewTopics governanceTopics(TopicDeclarations topics) {
        return topics.withDeadLetters(GovernanceTopics.COMMUNITY, PlanTopics.PLAN, ProjectTopics.PROJECT,
                SurveyTopics.COMMUNITY);
    }

    @KafkaListener(id = "governance-plan-plan", idIsGroup = false, topics = PlanTopics.PLAN)
    void onPlan(ConsumerRecord<String, String> record) {
        EventEnvelope e = envelopes.read(record.value());
        try (CorrelationId.Scope ignored = CorrelationId.bind(e.correlationId(), e.eventId())) {
            if (PlanApproved.TYPE.equals(e.type()) && e.version() == 1) {
                governance.open(envelopes.payload(e, PlanApproved.class));
            }
        }
    }

    @KafkaListener(id = "governance-project-project", idIsGroup = false, topics = ProjectTopics.PROJECT)
    void onProject(ConsumerRecord<String, String> record) {
        EventEnvelope e = envelopes.read(record.value());
        try (CorrelationId.Scope ignored = CorrelationId.bind(e.correlationId(), e.eventId())) {
            if (AcceptancePassed.TYPE.equals(e.type()) && e.version() == 1) {
                governance.onEvent(envelopes.payload(e, AcceptancePassed.class).communityId(),
                        GovernanceRecord::acceptancePassed);
            } else if (ProjectHandedOver.TYPE.equals(e.type()) && e.version() == 1) {
                ProjectHandedOver h = envelopes.payload(e, ProjectHandedOver.class);
                governance.onEvent(h.communityId(), g -> g.handedOver(h.handedOverOn()));
            }
        }
    }

    @KafkaListener(id = "governance-survey-community", idIsGroup = false, topics = SurveyTopics.COMMUNITY)
    void onSurvey(ConsumerRecord<String, String> record) {
        EventEnvelope e = envelopes.read(record.value());
        try (CorrelationId.Scope ignored = CorrelationId.bind(e.correlationId(), e.eventId())) {
            if (HouseholdRollChanged.TYPE.equals(e.type()) && e.version() == 1) {
                governance.apply(e, envelopes.payload(e, HouseholdRollChanged.class));
            }
        }
    }
}
