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
import org.renewal.platform.consumer.EventDispatcher;
import org.renewal.platform.consumer.EventDispatchers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * Feeds the programme read model from plan's own, project's, funding's and governance's events, each through
 * a dispatcher (forward-only per source aggregate; {@link ProgrammeReadModel} also keeps each source's version).
 */
@Configuration(proxyBeanMethods = false)
class ProgrammeEventsListener {

    private final EventDispatcher plans;
    private final EventDispatcher projects;
    private final EventDispatcher governance;
    private final EventDispatcher funding;

    ProgrammeEventsListener(EventDispatchers dispatchers, ProgrammeReadModel programme) {
        this.plans = dispatchers.listener("plan-programme-plan")
                .on(PlanSubmitted.class, programme::apply)
                .on(PlanApproved.class, programme::apply)
                .build();
        this.projects = dispatchers.listener("plan-programme-project")
                .on(ProjectStarted.class, programme::apply)
                .on(MilestoneLate.class, programme::apply)
                .on(ProgressReported.class, programme::apply)
                .on(InspectionFindingOpened.class, programme::apply)
                .on(InspectionFindingClosed.class, programme::apply)
                .on(AcceptancePassed.class, programme::apply)
                .on(ProjectEvaluated.class, programme::apply)
                .on(ProjectHandedOver.class, programme::apply)
                .build();
        this.governance = dispatchers.listener("plan-programme-governance")
                .on(PropertyManagerEngaged.class, programme::apply)
                .on(SatisfactionPublished.class, programme::apply)
                .build();
        this.funding = dispatchers.listener("plan-programme-funding")
                .on(FundsPledged.class, programme::apply)
                .on(FundsReceived.class, programme::apply)
                .on(FundsRefunded.class, programme::apply)
                .on(LedgerEntryReversed.class, programme::apply)
                .build();
    }

    @Bean
    KafkaAdmin.NewTopics consumedProgrammeTopics(TopicDeclarations topics) {
        return topics.withDeadLetters(ProjectTopics.PROJECT, GovernanceTopics.COMMUNITY, FundingTopics.FUNDING);
    }

    @KafkaListener(id = "plan-programme-plan", idIsGroup = false, topics = PlanTopics.PLAN)
    void onPlan(ConsumerRecord<String, String> record) {
        plans.dispatch(record);
    }

    @KafkaListener(id = "plan-programme-project", idIsGroup = false, topics = ProjectTopics.PROJECT)
    void onProject(ConsumerRecord<String, String> record) {
        projects.dispatch(record);
    }

    @KafkaListener(id = "plan-programme-governance", idIsGroup = false, topics = GovernanceTopics.COMMUNITY)
    void onGovernance(ConsumerRecord<String, String> record) {
        governance.dispatch(record);
    }

    @KafkaListener(id = "plan-programme-funding", idIsGroup = false, topics = FundingTopics.FUNDING)
    void onFunding(ConsumerRecord<String, String> record) {
        funding.dispatch(record);
    }
}
