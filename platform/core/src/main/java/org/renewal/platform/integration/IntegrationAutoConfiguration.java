package org.renewal.platform.integration;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;
import org.renewal.platform.events.EventEnvelopes;
import org.renewal.platform.schedule.ClusterLeases;
import org.renewal.platform.security.AccessRules;
import org.renewal.platform.security.Role;
import org.renewal.platform.security.VisibleRecord;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.listener.BatchMessageListener;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ConsumerAwareRebalanceListener;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.FixedBackOff;
import tools.jackson.databind.json.JsonMapper;

/**
 * Other systems' way in without Kafka (ADR 18): every service that names its exported topics under
 * {@code renewal.integration.topics} keeps a change feed of its own events and delivers them to webhook
 * subscriptions. The feed is filled by a consumer group of its own ({@code <group>-feed}) that copies the exported
 * events as they are — it applies nothing, so it reads records directly rather than through a dispatcher.
 */
@AutoConfiguration(afterName = "org.renewal.platform.config.PlatformAutoConfiguration")
@Conditional(IntegrationAutoConfiguration.TopicsNamed.class)
@EnableConfigurationProperties(IntegrationProperties.class)
public class IntegrationAutoConfiguration {

    /** Only where a service names the topics it exports. */
    static class TopicsNamed implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return Binder.get(context.getEnvironment())
                    .bind("renewal.integration.topics", Bindable.mapOf(String.class, Object.class)).isBound();
        }
    }

    @Bean
    FeedStore integrationFeed(MongoTemplate mongo, IntegrationProperties properties, EventEnvelopes envelopes,
                              @Value("${spring.application.name}") String application) {
        return new FeedStore(mongo, properties, envelopes, JsonMapper.builder().build(), Clock.systemUTC(), application);
    }

    @Bean
    WebhookDelivery webhookDelivery(MongoTemplate mongo, FeedStore feed, IntegrationProperties properties,
                                    MeterRegistry meters, ClusterLeases leases) {
        return new WebhookDelivery(mongo, feed, properties, Clock.systemUTC(), meters, leases);
    }

    @Bean
    Subscriptions integrationSubscriptions(MongoTemplate mongo, FeedStore feed, IntegrationProperties properties,
                                           WebhookDelivery delivery) {
        return new Subscriptions(mongo, feed, properties, Clock.systemUTC(), delivery);
    }

    @Bean
    FeedController feedController(Subscriptions subscriptions) {
        return new FeedController(subscriptions);
    }

    @Bean
    WebhookController webhookController(Subscriptions subscriptions) {
        return new WebhookController(subscriptions);
    }

    /** The feed's consumer: a group of its own, batches stored with one write, retried while the store is away. */
    @Bean
    ConcurrentMessageListenerContainer<String, String> integrationFeedConsumer(
            ConsumerFactory<String, String> consumers, FeedStore feed, WebhookDelivery delivery,
            IntegrationProperties properties, @Value("${spring.kafka.consumer.group-id}") String group) {
        ContainerProperties container = new ContainerProperties(properties.topics().keySet().toArray(String[]::new));
        container.setGroupId(group + "-feed");
        container.setMessageListener((BatchMessageListener<String, String>) records -> {
            if (feed.ingest(records) > 0) {
                delivery.wake();
            }
        });
        container.setConsumerRebalanceListener(new ConsumerAwareRebalanceListener() {
            @Override
            public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
                List<String> names = new ArrayList<>();
                partitions.forEach(p -> names.add(p.topic() + ":" + p.partition()));
                feed.partitionsAssigned(names);
            }
        });
        ConcurrentMessageListenerContainer<String, String> listener =
                new ConcurrentMessageListenerContainer<>(consumers, container);
        listener.setBeanName("integration-feed");
        DefaultErrorHandler retry = new DefaultErrorHandler((record, e) -> LoggerFactory
                .getLogger(IntegrationAutoConfiguration.class).error("feed: {} could not be stored", record, e),
                new FixedBackOff(1000L, FixedBackOff.UNLIMITED_ATTEMPTS));
        listener.setCommonErrorHandler(retry);
        return listener;
    }

    /** Integration clients with the service's read scope, and the city office. */
    @Bean
    AccessRules integrationAccess(@Value("${renewal.api-prefix}") String prefix) {
        String scope = "SCOPE_" + prefix.substring(prefix.lastIndexOf('/') + 1) + ".read";
        String city = Role.CITY_OFFICE.authority();
        String subscriptions = prefix + "/webhooks/subscriptions";
        return rules -> rules
                .requestMatchers(HttpMethod.GET, prefix + "/feed", prefix + "/feed/head", prefix + "/feed/event-types",
                        subscriptions, subscriptions + "/*", subscriptions + "/*/deliveries")
                .hasAnyAuthority(scope, city)
                .requestMatchers(HttpMethod.POST, subscriptions, subscriptions + "/*/secret-rotations",
                        subscriptions + "/*/replays", subscriptions + "/*/resumption")
                .hasAnyAuthority(scope, city)
                .requestMatchers(HttpMethod.DELETE, subscriptions + "/*").hasAnyAuthority(scope, city);
    }

    /** Another client's subscription is not found, before a write's body is read. */
    @Bean
    VisibleRecord webhookSubscription(Subscriptions subscriptions, @Value("${renewal.api-prefix}") String prefix) {
        return new VisibleRecord(prefix + "/webhooks/subscriptions/{subscriptionId}", "subscriptionId",
                subscriptions::visible);
    }
}
