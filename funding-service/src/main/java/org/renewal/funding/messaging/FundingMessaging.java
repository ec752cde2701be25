package org.renewal.funding.messaging;

import java.math.BigDecimal;

import org.renewal.funding.ledger.FundingService;
import org.renewal.platform.rules.Fen;
import org.apache.kafka.clients.consumer.ConsumerRecord;
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
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * funding-service's inputs: approved plans open funding plans; project events bring units, progress,
 * acceptance and the evaluation (→ reward); survey's household rolls feed resident shares. Each is
 * applied at most once (the plan by its id, the others as state or by read-model version), and each
 * source aggregate's events only forward (the dispatcher).
 */
@Configuration(proxyBeanMethods = false)
class FundingMessaging {

    private final EventDispatcher plans;
    private final EventDispatcher projects;
    private final EventDispatcher rolls;
    private final FundingService funding;

    FundingMessaging(EventDispatchers dispatchers, FundingService funding) {
        this.funding = funding;
        this.plans = dispatchers.listener("funding-plan-plan")
                .on(PlanApproved.class, (e, plan) -> funding.open(plan))
                .build();
        this.projects = dispatchers.listener("funding-project-project")
                .on(UnitContracted.class, (e, u) -> funding.contracted(u.projectId(), e.aggregateVersion(), u.role(),
                        u.unitName(), u.creditCode(), Fen.fromEvent("contractAmount", u.contractAmount())))
                .on(ProgressReported.class, (e, p) -> funding.progress(p.projectId(), e.aggregateVersion(),
                        percent(p.overall())))
                .on(AcceptancePassed.class, (e, a) -> funding.accepted(a.projectId(), e.aggregateVersion()))
                .on(ProjectEvaluated.class, (e, v) -> funding.evaluated(v.projectId(), e.aggregateVersion(), v.grade()))
                .build();
        this.rolls = dispatchers.listener("funding-survey-community")
                .on(HouseholdRollChanged.class, funding::apply)
                .build();
    }

    @Bean
    KafkaAdmin.NewTopics fundingTopics(TopicDeclarations topics) {
        return topics.withDeadLetters(FundingTopics.FUNDING, PlanTopics.PLAN, ProjectTopics.PROJECT, SurveyTopics.COMMUNITY);
    }

    @KafkaListener(id = "funding-plan-plan", idIsGroup = false, topics = PlanTopics.PLAN)
    void onPlan(ConsumerRecord<String, String> record) {
        plans.dispatch(record);
    }

    @KafkaListener(id = "funding-project-project", idIsGroup = false, topics = ProjectTopics.PROJECT)
    void onProject(ConsumerRecord<String, String> record) {
        projects.dispatch(record);
    }

    @KafkaListener(id = "funding-survey-community", idIsGroup = false, topics = SurveyTopics.COMMUNITY)
    void onSurvey(ConsumerRecord<String, String> record) {
        rolls.dispatch(record);
    }

    /** A progress figure no project could report (outside 0–100 %) is an invalid event: dead letters. */
    private static BigDecimal percent(BigDecimal overall) {
        if (overall == null || overall.signum() < 0 || overall.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new InvalidEventException("progress of " + overall + " % is outside 0..100", null);
        }
        return overall;
    }
}
