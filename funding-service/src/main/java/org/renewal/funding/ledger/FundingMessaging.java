package org.renewal.funding.ledger;

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
import org.renewal.platform.events.EventEnvelope;
import org.renewal.platform.events.EventEnvelopes;
import org.renewal.platform.web.CorrelationId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * funding-service's inputs: approved plans open funding plans; project events bring units, progress,
 * acceptance and the evaluation (→ reward); survey's household rolls feed resident shares. Each is
 * applied at most once (the plan by its id, the others as state or by read-model version). Also the
 * hourly gap check.
 */
@Configuration(proxyBeanMethods = false)
class FundingMessaging {

    private final EventEnvelopes envelopes;
    private final FundingService funding;

    FundingMessaging(EventEnvelopes envelopes, FundingService funding) {
        this.envelopes = envelopes;
        this.funding = funding;
    }

    @Bean
    KafkaAdmin.NewTopics fundingTopics(TopicDeclarations topics) {
        return topics.withDeadLetters(FundingTopics.FUNDING, PlanTopics.PLAN, ProjectTopics.PROJECT, SurveyTopics.COMMUNITY);
    }

    @KafkaListener(id = "funding-plan-plan", idIsGroup = false, topics = PlanTopics.PLAN)
    void onPlan(ConsumerRecord<String, String> record) {
        EventEnvelope e = envelopes.read(record.value());
        try (CorrelationId.Scope ignored = CorrelationId.bind(e.correlationId(), e.eventId())) {
            if (PlanApproved.TYPE.equals(e.type()) && e.version() == 1) {
                funding.open(envelopes.payload(e, PlanApproved.class));
            }
        }
    }

    @KafkaListener(id = "funding-project-project", idIsGroup = false, topics = ProjectTopics.PROJECT)
    void onProject(ConsumerRecord<String, String> record) {
        EventEnvelope e = envelopes.read(record.value());
        try (CorrelationId.Scope ignored = CorrelationId.bind(e.correlationId(), e.eventId())) {
            if (e.version() != 1) {
                return;
            }
            switch (e.type()) {
                case UnitContracted.TYPE -> {
                    UnitContracted u = envelopes.payload(e, UnitContracted.class);
                    funding.contracted(u.projectId(), e.aggregateVersion(), u.role(), u.unitName(), u.creditCode(),
                            Fen.fromEvent("contractAmount", u.contractAmount()));
                }
                case ProgressReported.TYPE -> {
                    ProgressReported p = envelopes.payload(e, ProgressReported.class);
                    funding.progress(p.projectId(), e.aggregateVersion(), percent(p.overall()));
                }
                case AcceptancePassed.TYPE -> funding.accepted(envelopes.payload(e, AcceptancePassed.class).projectId(),
                        e.aggregateVersion());
                case ProjectEvaluated.TYPE -> {
                    ProjectEvaluated v = envelopes.payload(e, ProjectEvaluated.class);
                    funding.evaluated(v.projectId(), e.aggregateVersion(), v.grade());
                }
                default -> {
                }
            }
        }
    }

    /** A progress figure no project could report (outside 0–100 %) is an invalid event: dead letters. */
    private static java.math.BigDecimal percent(java.math.BigDecimal overall) {
        if (overall == null || overall.signum() < 0 || overall.compareTo(java.math.BigDecimal.valueOf(100)) > 0) {
            throw new org.renewal.platform.events.InvalidEventException("progress of " + overall + " % is outside 0..100",
                    null);
        }
        return overall;
    }

    @KafkaListener(id = "funding-survey-community", idIsGroup = false, topics = SurveyTopics.COMMUNITY)
    void onSurvey(ConsumerRecord<String, String> record) {
        EventEnvelope e = envelopes.read(record.value());
        try (CorrelationId.Scope ignored = CorrelationId.bind(e.correlationId(), e.eventId())) {
            if (HouseholdRollChanged.TYPE.equals(e.type()) && e.version() == 1) {
                funding.apply(e, envelopes.payload(e, HouseholdRollChanged.class));
            }
        }
    }

    @Scheduled(initialDelayString = "${renewal.funding.gap-check-initial-delay:PT1M}",
            fixedDelayString = "${renewal.funding.gap-check-interval:PT1H}")
    void gapCheck() {
        funding.announceGaps();
    }
}
