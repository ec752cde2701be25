package org.renewal.survey.menu;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.renewal.contracts.plan.MenuItemPublished;
import org.renewal.contracts.plan.MenuItemRetired;
import org.renewal.contracts.plan.PlanTopics;
import org.renewal.platform.consumer.TopicDeclarations;
import org.renewal.platform.events.EventEnvelope;
import org.renewal.platform.events.EventEnvelopes;
import org.renewal.platform.web.CorrelationId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.KafkaAdmin;

/** Keeps the menu read model from plan-service's {@code plan.MenuItemPublished} events. */
@Configuration(proxyBeanMethods = false)
class MenuEventsListener {

    private static final Logger log = LoggerFactory.getLogger(MenuEventsListener.class);

    private final EventEnvelopes envelopes;
    private final MenuCatalogue catalogue;

    MenuEventsListener(EventEnvelopes envelopes, MenuCatalogue catalogue) {
        this.envelopes = envelopes;
        this.catalogue = catalogue;
    }

    @Bean
    KafkaAdmin.NewTopics consumedPlanMenuTopics(TopicDeclarations topics) {
        return topics.withDeadLetters(PlanTopics.MENU);
    }

    @KafkaListener(id = "survey-plan-menu", idIsGroup = false, topics = PlanTopics.MENU)
    void onMenuEvent(ConsumerRecord<String, String> record) {
        EventEnvelope envelope = envelopes.read(record.value());
        try (CorrelationId.Scope ignored = CorrelationId.bind(envelope.correlationId(), envelope.eventId())) {
            boolean applied = switch (envelope.version() == 1 ? envelope.type() : "") {
                case MenuItemPublished.TYPE -> catalogue.apply(envelope, envelopes.payload(envelope, MenuItemPublished.class));
                case MenuItemRetired.TYPE -> catalogue.apply(envelope, envelopes.payload(envelope, MenuItemRetired.class));
                default -> false;
            };
            log.debug("{} {} for {}: {}", envelope.type(), envelope.eventId(), envelope.aggregateId(),
                    applied ? "applied" : "not applied (duplicate, older or not for us)");
        }
    }
}
