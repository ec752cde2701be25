package org.renewal.project.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.renewal.contracts.governance.GovernanceReady;
import org.renewal.contracts.governance.GovernanceTopics;
import org.renewal.contracts.plan.PlanApproved;
import org.renewal.contracts.plan.PlanTopics;
import org.renewal.contracts.project.ProjectTopics;
import org.renewal.platform.consumer.TopicDeclarations;
import org.renewal.platform.events.EventEnvelope;
import org.renewal.platform.events.EventEnvelopes;
import org.renewal.platform.web.CorrelationId;
import org.renewal.project.project.ProjectService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * Creates a project for each approved plan (a duplicate event creates nothing: the project's id is the
 * plan's) and keeps which communities have their governance in place.
 */
@Configuration(proxyBeanMethods = false)
class ProjectMessaging {

    private static final Logger log = LoggerFactory.getLogger(ProjectMessaging.class);

    private final EventEnvelopes envelopes;
    private final ProjectService projects;

    ProjectMessaging(EventEnvelopes envelopes, ProjectService projects) {
        this.envelopes = envelopes;
        this.projects = projects;
    }

    @Bean
    KafkaAdmin.NewTopics projectTopics(TopicDeclarations topics) {
        return topics.withDeadLetters(ProjectTopics.PROJECT, PlanTopics.PLAN, GovernanceTopics.COMMUNITY);
    }

    @KafkaListener(id = "project-plan-plan", idIsGroup = false, topics = PlanTopics.PLAN)
    void onPlanEvent(ConsumerRecord<String, String> record) {
        EventEnvelope envelope = envelopes.read(record.value());
        try (CorrelationId.Scope ignored = CorrelationId.bind(envelope.correlationId(), envelope.eventId())) {
            if (PlanApproved.TYPE.equals(envelope.type()) && envelope.version() == PlanApproved.VERSION) {
                boolean created = projects.create(envelopes.payload(envelope, PlanApproved.class));
                log.info("plan {} approved: project {}", envelope.aggregateId(), created ? "created" : "already there");
            }
        }
    }

    @KafkaListener(id = "project-governance-community", idIsGroup = false, topics = GovernanceTopics.COMMUNITY)
    void onGovernanceEvent(ConsumerRecord<String, String> record) {
        EventEnvelope envelope = envelopes.read(record.value());
        try (CorrelationId.Scope ignored = CorrelationId.bind(envelope.correlationId(), envelope.eventId())) {
            if (GovernanceReady.TYPE.equals(envelope.type()) && envelope.version() == GovernanceReady.VERSION) {
                projects.apply(envelope, envelopes.payload(envelope, GovernanceReady.class));
            }
        }
    }
}
