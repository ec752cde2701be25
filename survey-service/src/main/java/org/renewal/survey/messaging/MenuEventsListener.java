package org.renewal.survey.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.renewal.contracts.plan.MenuItemPublished;
import org.renewal.contracts.plan.MenuItemRetired;
import org.renewal.contracts.plan.PlanTopics;
import org.renewal.platform.consumer.TopicDeclarations;
import org.renewal.platform.consumer.EventDispatcher;
import org.renewal.platform.consumer.EventDispatchers;
import org.renewal.survey.menu.MenuCatalogue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.KafkaAdmin;

/** Keeps the menu read model from plan-service's {@code plan.MenuItemPublished} events. */
@Configuration(proxyBeanMethods = false)
class MenuEventsListener {

    private final EventDispatcher menu;

    MenuEventsListener(EventDispatchers dispatchers, MenuCatalogue catalogue) {
        this.menu = dispatchers.listener("survey-plan-menu")
                .on(MenuItemPublished.class, catalogue::apply)
                .on(MenuItemRetired.class, catalogue::apply)
                .build();
    }

    @Bean
    KafkaAdmin.NewTopics consumedPlanMenuTopics(TopicDeclarations topics) {
        return topics.withDeadLetters(PlanTopics.MENU);
    }

    @KafkaListener(id = "survey-plan-menu", idIsGroup = false, topics = PlanTopics.MENU)
    void onMenuEvent(ConsumerRecord<String, String> record) {
        menu.dispatch(record);
    }
}
