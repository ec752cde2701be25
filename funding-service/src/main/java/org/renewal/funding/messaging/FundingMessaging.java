package org.renewal.funding.messaging;

import java.math.BigDecimal;

import org.renewal.funding.ledger.FundingService;
import org.renewal.platform.rules.Fen;
import org.renewal.contracts.funding.FundingTopics;
import org.renewal.contracts.plan.PlanApproved;
import org.renewal.contracts.plan.PlanTopics;
import org.renewal.contracts.project.AcceptancePassed;
import org.renewal.contracts.project.ProgressReported;
import org.renewal.contracts.project.ProjectEvaluated;
import org.renewal.contracts.project.ProjectTopics;
import org.renewal.contracts.project.UnitContracted;
import org.renewal.contracts.survey.HouseholdRollChanged;
import org.renewal.contracts.survey.SurveyTopics;
import org.renewal.platform.consumer.TopicDeclarations;
import org.renewal.platform.consumer.EventDispatcher;
import org.renewal.platform.consumer.EventDispatchers;
import org.renewal.platform.events.InvalidEventException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * funding-service's inputs: approved plans open funding plans; project events bring units, progress,
 * acceptance and the evaluation (→ reward); survey's household rolls feed resident shares. Each is
 * applied at most once (the plan by its id, the others as state or by read-model version), and each
 * source aggregate's events only forward (the dispatcher).
 */
@Configuration(proxyBeanMethods = false)
class FundingMessaging {

    @Bean
    KafkaAdmin.NewTopics fundingTopics(TopicDeclarations topics) {
        return topics.withDeadLetters(FundingTopics.FUNDING, PlanTopics.PLAN, ProjectTopics.PROJECT, SurveyTopics.COMMUNITY);
    }

    @Bean
    EventDispatcher fundingPlans(EventDispatchers dispatchers, FundingService funding) {
        return dispatchers.listener("funding-plan-plan", PlanTopics.PLAN)
                .on(PlanApproved.class, (e, plan) -> funding.open(plan))
                .build();
    }

    @Bean
    EventDispatcher fundingProjects(EventDispatchers dispatchers, FundingService funding) {
        return dispatchers.listener("funding-project-project", ProjectTopics.PROJECT)
                .on(UnitContracted.class, (e, u) -> funding.contracted(u.projectId(), e.aggregateVersion(), u.role(),
                        u.unitName(), u.creditCode(), Fen.fromEvent("contractAmount", u.contractAmount())))
                .on(ProgressReported.class, (e, p) -> funding.progress(p.projectId(), e.aggregateVersion(),
                        percent(p.overall())))
                .on(AcceptancePassed.class, (e, a) -> funding.accepted(a.projectId(), e.aggregateVersion()))
                .on(ProjectEvaluated.class, (e, v) -> funding.evaluated(v.projectId(), e.aggregateVersion(), v.grade()))
                .build();
    }

    @Bean
    EventDispatcher fundingRolls(EventDispatchers dispatchers, FundingService funding) {
        return dispatchers.listener("funding-survey-community", SurveyTopics.COMMUNITY)
                .on(HouseholdRollChanged.class, funding::apply)
                .build();
    }

    /** A progress figure no project could report (outside 0–100 %) is an invalid event: dead letters. */
    private static BigDecimal percent(BigDecimal overall) {
        if (overall == null || overall.signum() < 0 || overall.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new InvalidEventException("progress of " + overall + " % is outside 0..100", null);
        }
        return overall;
    }
}
