package org.renewal.governance.messaging;

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
import org.springframework.kafka.core.KafkaAdmin;

/**
 * governance-service's inputs: an approved plan opens the record (once); survey's household rolls give
 * the electorate; the passed acceptance opens the satisfaction evaluation; the handover starts long-term
 * management.
 */
@Configuration(proxyBeanMethods = false)
class GovernanceMessaging {

    @Bean
    KafkaAdmin.NewTopics governanceTopics(TopicDeclarations topics) {
        return topics.withDeadLetters(GovernanceTopics.COMMUNITY, PlanTopics.PLAN, ProjectTopics.PROJECT,
                SurveyTopics.COMMUNITY);
    }

    @Bean
    EventDispatcher governancePlans(EventDispatchers dispatchers, GovernanceService governance) {
        return dispatchers.listener("governance-plan-plan", PlanTopics.PLAN)
                .on(PlanApproved.class, (e, plan) -> governance.open(plan))
                .build();
    }

    @Bean
    EventDispatcher governanceProjects(EventDispatchers dispatchers, GovernanceService governance) {
        return dispatchers.listener("governance-project-project", ProjectTopics.PROJECT)
                .on(AcceptancePassed.class, (e, a) -> governance.acceptancePassed(a.communityId()))
                .on(ProjectHandedOver.class, (e, h) -> governance.handedOver(h.communityId(), h.handedOverOn()))
                .build();
    }

    @Bean
    EventDispatcher governanceRolls(EventDispatchers dispatchers, GovernanceService governance) {
        return dispatchers.listener("governance-survey-community", SurveyTopics.COMMUNITY)
                .on(HouseholdRollChanged.class, governance::apply)
                .build();
    }
}
