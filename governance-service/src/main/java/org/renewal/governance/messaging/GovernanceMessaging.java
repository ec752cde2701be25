package org.renewal.governance.messaging;

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
import org.renewal.platform.consumer.EventDispatcher;
import org.renewal.platform.consumer.EventDispatchers;
import org.renewal.governance.community.GovernanceService;
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

    private final EventDispatcher plans;
    private final EventDispatcher projects;
    private final EventDispatcher rolls;

    GovernanceMessaging(EventDispatchers dispatchers, GovernanceService governance) {
        this.plans = dispatchers.listener("governance-plan-plan")
                .on(PlanApproved.class, (e, plan) -> governance.open(plan))
                .build();
        this.projects = dispatchers.listener("governance-project-project")
                .on(AcceptancePassed.class, (e, a) -> governance.acceptancePassed(a.communityId()))
                .on(ProjectHandedOver.class, (e, h) -> governance.handedOver(h.communityId(), h.handedOverOn()))
                .build();
        this.rolls = dispatchers.listener("governance-survey-community")
                .on(HouseholdRollChanged.class, governance::apply)
                .build();
    }

    @Bean
    KafkaAdmin.NewTopics governanceTopics(TopicDeclarations topics) {
        return topics.withDeadLetters(GovernanceTopics.COMMUNITY, PlanTopics.PLAN, ProjectTopics.PROJECT,
                SurveyTopics.COMMUNITY);
    }

    @KafkaListener(id = "governance-plan-plan", idIsGroup = false, topics = PlanTopics.PLAN)
    void onPlan(ConsumerRecord<String, String> record) {
        plans.dispatch(record);
    }

    @KafkaListener(id = "governance-project-project", idIsGroup = false, topics = ProjectTopics.PROJECT)
    void onProject(ConsumerRecord<String, String> record) {
        projects.dispatch(record);
    }

    @KafkaListener(id = "governance-survey-community", idIsGroup = false, topics = SurveyTopics.COMMUNITY)
    void onSurvey(ConsumerRecord<String, String> record) {
        rolls.dispatch(record);
    }
}
