package org.renewal.project.messaging;

import org.renewal.contracts.governance.GovernanceReady;
import org.renewal.contracts.governance.SatisfactionPublished;
import org.renewal.contracts.governance.GovernanceTopics;
import org.renewal.contracts.plan.PlanApproved;
import org.renewal.contracts.plan.PlanTopics;
import org.renewal.contracts.project.ProjectTopics;
import org.renewal.platform.consumer.TopicDeclarations;
import org.renewal.platform.consumer.EventDispatcher;
import org.renewal.platform.consumer.EventDispatchers;
import org.renewal.project.project.ProjectService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * Creates a project for each approved plan (a duplicate event creates nothing: the project's id is the
 * plan's) and keeps which communities have their governance in place.
 */
@Configuration(proxyBeanMethods = false)
class ProjectMessaging {

    private static final Logger log = LoggerFactory.getLogger(ProjectMessaging.class);

    @Bean
    KafkaAdmin.NewTopics projectTopics(TopicDeclarations topics) {
        return topics.withDeadLetters(ProjectTopics.PROJECT, PlanTopics.PLAN, GovernanceTopics.COMMUNITY);
    }

    @Bean
    EventDispatcher projectPlans(EventDispatchers dispatchers, ProjectService projects) {
        return dispatchers.listener("project-plan-plan", PlanTopics.PLAN)
                .on(PlanApproved.class, (e, plan) -> log.info("plan {} approved: project {}", e.aggregateId(),
                        projects.create(plan) ? "created" : "already there"))
                .build();
    }

    @Bean
    EventDispatcher projectGovernance(EventDispatchers dispatchers, ProjectService projects) {
        return dispatchers.listener("project-governance-community", GovernanceTopics.COMMUNITY)
                .on(GovernanceReady.class, projects::apply)
                .on(SatisfactionPublished.class, projects::apply)
                .build();
    }
}
