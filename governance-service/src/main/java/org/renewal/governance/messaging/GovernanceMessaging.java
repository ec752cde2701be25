package org.renewal.governance.messaging;

import org.renewal.contracts.governance.GovernanceTopics;
import org.renewal.contracts.plan.OwnerVoteClosed;
import org.renewal.contracts.plan.PlanApproved;
import org.renewal.contracts.plan.PlanTopics;
import org.renewal.contracts.project.AcceptancePassed;
import org.renewal.contracts.project.ProjectHandedOver;
import org.renewal.contracts.project.ProjectTopics;
import org.renewal.contracts.survey.CommunityRegistered;
import org.renewal.contracts.survey.CommunityUpdated;
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
 * governance-service's inputs: an approved plan opens the record (once); survey's register (the buildings) and
 * household rolls give the electorate; plan's closed owners' votes are the decisions engagements are checked on; the passed acceptance opens the satisfaction evaluation; the handover starts long-term
 * management.
 */
@Configuration(proxyBeanMethods = false)
class GovernanceMessaging {

    @Bean
    KafkaAdmin.NewTopics governanceTopics(TopicDeclarations topics) {
        return topics.withDeadLetters(GovernanceTopics.COMMUNITY, PlanTopics.PLAN, PlanTopics.VOTE,
                ProjectTopics.PROJECT, SurveyTopics.COMMUNITY);
    }

    @Bean
    EventDispatcher governancePlans(EventDispatchers dispatchers, GovernanceService governance) {
        return dispatchers.listener("governance-plan-plan", PlanTopics.PLAN)
                .on(PlanApproved.class, (e, plan) -> governance.open(plan))
                .build();
    }

    @Bean
    EventDispatcher governanceVotes(EventDispatchers dispatchers, GovernanceService governance) {
        return dispatchers.listener("governance-plan-vote", PlanTopics.VOTE)
                .on(OwnerVoteClosed.class, governance::apply)
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
                .on(CommunityRegistered.class, governance::apply)
                .on(CommunityUpdated.class, governance::apply)
                .on(HouseholdRollChanged.class, governance::apply)
                .build();
    }
}
