package org.renewal.plan.messaging;

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
import org.renewal.platform.consumer.EventDispatcher;
import org.renewal.platform.consumer.EventDispatchers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * Feeds the programme read model from plan's own, project's, funding's and governance's events through one
 * dispatcher (forward-only per topic and source aggregate; {@link ProgrammeReadModel} also keeps each source's
 * version).
 */
@Configuration(proxyBeanMethods = false)
class ProgrammeEventsListener {

    @Bean
    KafkaAdmin.NewTopics consumedProgrammeTopics(TopicDeclarations topics) {
        return topics.withDeadLetters(ProjectTopics.PROJECT, GovernanceTopics.COMMUNITY, FundingTopics.FUNDING);
    }

    /**
     * One listener over the four topics, one route table: the programme read model is one document per community
     * and year, and {@link ProgrammeReadModel} keeps each source's version beside what it took from it.
     */
    @Bean
    EventDispatcher programmeSources(EventDispatchers dispatchers, ProgrammeReadModel programme) {
        return dispatchers.listener("plan-programme", PlanTopics.PLAN, ProjectTopics.PROJECT,
                        GovernanceTopics.COMMUNITY, FundingTopics.FUNDING)
                .on(PlanSubmitted.class, programme::apply)
                .on(PlanApproved.class, programme::apply)
                .on(ProjectStarted.class, programme::apply)
                .on(MilestoneLate.class, programme::apply)
                .on(ProgressReported.class, programme::apply)
                .on(InspectionFindingOpened.class, programme::apply)
                .on(InspectionFindingClosed.class, programme::apply)
                .on(AcceptancePassed.class, programme::apply)
                .on(ProjectEvaluated.class, programme::apply)
                .on(ProjectHandedOver.class, programme::apply)
                .on(PropertyManagerEngaged.class, programme::apply)
                .on(SatisfactionPublished.class, programme::apply)
                .on(FundsPledged.class, programme::apply)
                .on(FundsReceived.class, programme::apply)
                .on(FundsRefunded.class, programme::apply)
                .on(LedgerEntryReversed.class, programme::apply)
                .build();
    }
}
