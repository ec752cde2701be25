package org.renewal.plan.messaging;

import org.renewal.contracts.plan.PlanTopics;
import org.renewal.platform.consumer.TopicDeclarations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;

/** Declares the topics plan-service produces to, so they exist before the first event. */
@Configuration(proxyBeanMethods = false)
class PlanTopicsConfiguration {

    @Bean
    KafkaAdmin.NewTopics planTopics(TopicDeclarations topics) {
        return topics.withDeadLetters(PlanTopics.MENU, PlanTopics.PLAN, PlanTopics.VOTE);
    }
}
