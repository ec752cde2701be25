package org.renewal.survey.messaging;

import org.renewal.contracts.survey.SurveyTopics;
import org.renewal.platform.consumer.TopicDeclarations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;

/** Declares the topics survey-service produces to, so they exist before the first event. */
@Configuration(proxyBeanMethods = false)
class SurveyTopicsConfiguration {

    @Bean
    KafkaAdmin.NewTopics surveyTopics(TopicDeclarations topics) {
        return topics.withDeadLetters(SurveyTopics.COMMUNITY);
    }
}
