package org.renewal.survey.messaging;

import org.renewal.contracts.plan.MenuItemPublished;
import org.renewal.contracts.plan.MenuItemRetired;
import org.renewal.contracts.plan.PlanTopics;
import org.renewal.platform.consumer.TopicDeclarations;
import org.renewal.platform.consumer.EventDispatcher;
import org.renewal.platform.consumer.EventDispatchers;
import org.renewal.survey.menu.MenuCatalogue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;

/** Keeps the menu read model from plan-service's {@code plan.MenuItemPublished} events. */
@Configuration(proxyBeanMethods = false)
class MenuEventsListener {

    @Bean
    KafkaAdmin.NewTopics consumedPlanMenuTopics(TopicDeclarations topics) {
        return topics.withDeadLetters(PlanTopics.MENU);
    }

    @Bean
    EventDispatcher menuItems(EventDispatchers dispatchers, MenuCatalogue catalogue) {
        return dispatchers.listener("survey-plan-menu", PlanTopics.MENU)
                .on(MenuItemPublished.class, catalogue::apply)
                .on(MenuItemRetired.class, catalogue::apply)
                .build();
    }
}
