package org.renewal.platform.config;


import io.micrometer.core.instrument.MeterRegistry;
import io.swagger.v3.oas.models.OpenAPI;
import org.renewal.platform.consumer.EventDispatchers;
import org.renewal.platform.consumer.KafkaErrorHandling;
import org.renewal.platform.consumer.ReadModelUpdates;
import org.renewal.platform.consumer.TopicDeclarations;
import org.renewal.platform.dictionary.Dictionary;
import org.renewal.platform.dictionary.DictionaryController;
import org.renewal.platform.events.EventEnvelopes;
import org.renewal.platform.health.MongoPingHealthIndicator;
import org.renewal.platform.openapi.OpenApiDefaults;
import org.renewal.platform.outbox.OutboxProperties;
import org.renewal.platform.outbox.OutboxRelay;
import org.renewal.platform.outbox.OutboxWriter;
import org.renewal.platform.web.CorrelationIdFilter;
import org.renewal.platform.web.ProblemDetailsAdvice;
import org.renewal.platform.web.ProblemMessages;
import org.renewal.platform.web.Problems;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DefaultErrorHandler;
import tools.jackson.databind.json.JsonMapper;

/** Everything a service gets from the platform by depending on it. */
@AutoConfiguration(afterName = {
        "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
        "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration",
        "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration"})
@EnableConfigurationProperties(OutboxProperties.class)
public class PlatformAutoConfiguration {

    @Bean
    EventEnvelopes eventEnvelopes(JsonMapper json) {
        return new EventEnvelopes(json);
    }

    @Bean
    OutboxRelay outboxRelay(KafkaTemplate<String, String> kafka, MongoTemplate mongo, MongoMappingContext context,
                            OutboxProperties properties, MeterRegistry meters) {
        return new OutboxRelay(kafka, mongo, context, properties, meters);
    }

    /** Leases that make a scheduled sweep run once per cluster, however many replicas schedule it. */
    @Bean
    org.renewal.platform.schedule.ClusterLeases clusterLeases(MongoTemplate mongo) {
        return new org.renewal.platform.schedule.ClusterLeases(mongo, java.time.Clock.systemUTC());
    }

    @Bean
    OutboxWriter outboxWriter(MongoTemplate mongo, EventEnvelopes envelopes, OutboxRelay relay) {
        return new OutboxWriter(mongo, envelopes, relay);
    }

    @Bean
    EventDispatchers eventDispatchers(EventEnvelopes envelopes, MongoTemplate mongo) {
        return new EventDispatchers(envelopes, mongo);
    }

    @Bean
    org.renewal.platform.consumer.DispatcherEndpoints dispatcherEndpoints(
            ObjectProvider<org.renewal.platform.consumer.EventDispatcher> dispatchers,
            @Value("${spring.kafka.consumer.group-id}") String group) {
        return new org.renewal.platform.consumer.DispatcherEndpoints(dispatchers, group);
    }

    @Bean
    ReadModelUpdates readModelUpdates(MongoTemplate mongo) {
        return new ReadModelUpdates(mongo);
    }

    @Bean
    @ConditionalOnMissingBean
    DefaultErrorHandler kafkaErrorHandler(KafkaTemplate<String, String> kafka,
                                          @Value("${renewal.kafka.max-retries:4}") int maxRetries) {
        return KafkaErrorHandling.errorHandler(kafka, maxRetries);
    }

    @Bean
    TopicDeclarations topicDeclarations(@Value("${renewal.kafka.partitions:3}") int partitions,
                                        @Value("${renewal.kafka.replication-factor:1}") short replicationFactor) {
        return new TopicDeclarations(partitions, replicationFactor);
    }

    @Bean
    ProblemMessages problemMessages() {
        return new ProblemMessages();
    }

    @Bean
    Problems problems(ProblemMessages messages) {
        return new Problems(messages);
    }

    @Bean
    ProblemDetailsAdvice problemDetailsAdvice(Problems problems) {
        return new ProblemDetailsAdvice(problems);
    }

    @Bean
    FilterRegistrationBean<CorrelationIdFilter> correlationIdFilter() {
        FilterRegistrationBean<CorrelationIdFilter> registration = new FilterRegistrationBean<>(new CorrelationIdFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean(name = "kafkaBrokerHealthIndicator")
    org.renewal.platform.health.KafkaBrokerHealthIndicator kafkaHealthIndicator(
            org.springframework.kafka.core.KafkaAdmin admin) {
        return new org.renewal.platform.health.KafkaBrokerHealthIndicator(admin);
    }

    @Bean(name = "mongoStoreHealthIndicator")
    MongoPingHealthIndicator mongoHealthIndicator(MongoTemplate mongo) {
        return new MongoPingHealthIndicator(mongo);
    }

    @Bean
    DictionaryController dictionaryController(ObjectProvider<Dictionary> dictionaries) {
        return new DictionaryController(dictionaries.orderedStream().toList());
    }

    @Bean
    @ConditionalOnMissingBean
    OpenAPI openApi(@Value("${renewal.api.title:${spring.application.name}}") String title,
                    @Value("${renewal.api.description:}") String description,
                    @Value("${renewal.api.version:v1}") String version,
                    @Value("${renewal.security.public-issuer-uri}") String publicIssuerUri) {
        return OpenApiDefaults.openApi(title, description, version, publicIssuerUri);
    }

    @Bean
    OpenApiCustomizer standardErrorResponses() {
        return OpenApiDefaults.standardErrors();
    }

    @Bean
    org.renewal.platform.openapi.ExampleAndTagHygiene exampleAndTagHygiene() {
        return new org.renewal.platform.openapi.ExampleAndTagHygiene();
    }

    @Bean
    org.renewal.platform.openapi.DerivedExamples derivedExamples() {
        return new org.renewal.platform.openapi.DerivedExamples();
    }

    @Bean
    org.renewal.platform.openapi.NullableProperties nullableProperties() {
        return new org.renewal.platform.openapi.NullableProperties();
    }

    @Bean
    org.renewal.platform.openapi.ResponseRequirements responseRequirements() {
        return new org.renewal.platform.openapi.ResponseRequirements();
    }

    @Bean
    org.renewal.platform.openapi.OperationIds operationIds(@Value("${spring.application.name}") String name) {
        return new org.renewal.platform.openapi.OperationIds(name);
    }
}
