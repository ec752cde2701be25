package org.renewal.plan.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.renewal.contracts.funding.FundingTopics;
import org.renewal.contracts.funding.FundsPledged;
import org.renewal.contracts.funding.FundsReceived;
import org.renewal.contracts.funding.FundsRefunded;
import org.renewal.contracts.funding.LedgerEntryReversed;
import org.renewal.contracts.governance.GovernanceTopics;
import org.renewal.contracts.governance.SatisfactionPublished;
import org.renewal.contracts.governance.PropertyManagerEngaged;
import org.renewal.contracts.plan.PlanApproved;
import org.renewal.contracts.plan.PlanSubmitted;
import org.renewal.contracts.plan.PlanTopics;
import org.renewal.contracts.project.AcceptancePassed;
import org.renewal.contracts.project.InspectionFindingClosed;
import org.renewal.contracts.project.InspectionFindingOpened;
import org.renewal.contracts.project.MilestoneLate;
import org.renewal.contracts.project.ProgressReported;
import org.renewal.contracts.project.ProjectEvaluated;
import org.renewal.contracts.project.ProjectHandedOver;
import org.renewal.contracts.project.ProjectStarted;
import org.renewal.contracts.project.ProjectTopics;
import org.renewal.plan.programme.ProgrammeReadModel;
import org.renewal.platform.consumer.TopicDeclarations;
import org.renewal.platform.events.EventEnvelope;
import org.renewal.platform.events.EventEnvelopes;
import org.renewal.platform.web.CorrelationId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.KafkaAdmin;

/** Feeds the programme read model from plan's own, project's, funding's and governance's events. */
@Configuration(proxyBeanMethods = false)
class ProgrammeEventsListener {

    private final EventEnvelopes envelopes;
    private final ProgrammeReadModel programme;

    ProgrammeEventsListener(EventEnvelopes envelopes, ProgrammeReadModel programme) {
        this.envelopes = envelopes;
        this.programme = programme;
    }

    @Bean
    KafkaAdmin.NewTopics consumedProgrammeTopics(TopicDeclarations topics) {
        return topics.withDeadLetters(ProjectTopics.PROJECT, GovernanceTopics.COMMUNITY, FundingTopics.FUNDING);
    }

    @KafkaListener(id = "plan-programme-plan", idIsGroup = false, topics = PlanTopics.PLAN)
    void onPlan(ConsumerRecord<String, String> record) {
        handle(record, e -> {
            switch (e.type()) {
                case PlanSubmitted.TYPE -> programme.apply(e, envelopes.payload(e, PlanSubmitted.class));
                case PlanApproved.TYPE -> programme.apply(e, envelopes.payload(e, PlanApproved.class));
                default -> {
                }
            }
        });
    }

    @KafkaListener(id = "plan-programme-project", idIsGroup = false, topics = ProjectTopics.PROJECT)
    void onProject(ConsumerRecord<String, String> record) {
        handle(record, e -> {
            switch (e.type()) {
                case ProjectStarted.TYPE -> programme.apply(e, envelopes.payload(e, ProjectStarted.class));
                case MilestoneLate.TYPE -> programme.apply(e, envelopes.payload(e, MilestoneLate.class));
                case ProgressReported.TYPE -> programme.apply(e, envelopes.payload(e, ProgressReported.class));
                case InspectionFindingOpened.TYPE -> programme.apply(e, envelopes.payload(e, InspectionFindingOpened.class));
                case InspectionFindingClosed.TYPE -> programme.apply(e, envelopes.payload(e, InspectionFindingClosed.class));
                case AcceptancePassed.TYPE -> programme.apply(e, envelopes.payload(e, AcceptancePassed.class));
                case ProjectEvaluated.TYPE -> programme.apply(e, envelopes.payload(e, ProjectEvaluated.class));
                case ProjectHandedOver.TYPE -> programme.apply(e, envelopes.payload(e, ProjectHandedOver.class));
                default -> {
                }
            }
        });
    }

    @KafkaListener(id = "plan-programme-governance", idIsGroup = false, topics = GovernanceTopics.COMMUNITY)
    void onGovernance(ConsumerRecord<String, String> record) {
        handle(record, e -> {
            switch (e.type()) {
                case PropertyManagerEngaged.TYPE -> programme.apply(e, envelopes.payload(e, PropertyManagerEngaged.class));
                case SatisfactionPublished.TYPE -> programme.apply(e, envelopes.payload(e, SatisfactionPublished.class));
                default -> {
                }
            }
        });
    }

    @KafkaListener(id = "plan-programme-funding", idIsGroup = false, topics = FundingTopics.FUNDING)
    void onFunding(ConsumerRecord<String, String> record) {
        handle(record, e -> {
            switch (e.type()) {
                case FundsPledged.TYPE -> programme.apply(e, envelopes.payload(e, FundsPledged.class));
                case FundsReceived.TYPE -> programme.apply(e, envelopes.payload(e, FundsReceived.class));
                case FundsRefunded.TYPE -> programme.apply(e, envelopes.payload(e, FundsRefunded.class));
                case LedgerEntryReversed.TYPE -> programme.apply(e, envelopes.payload(e, LedgerEntryReversed.class));
                default -> {
                }
            }
        });
    }

    /** Reads the envelope, carries its correlation id into the logs, and applies version-1 events only. */
    private void handle(ConsumerRecord<String, String> record, java.util.function.Consumer<EventEnvelope> apply) {
        EventEnvelope e = envelopes.read(record.value());
        try (CorrelationId.Scope ignored = CorrelationId.bind(e.correlationId(), e.eventId())) {
            if (e.version() == 1) {
                apply.accept(e);
            }
        }
    }
}
