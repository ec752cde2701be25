package org.renewal.platform.consumer;

import java.lang.reflect.Method;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.annotation.KafkaListenerConfigurer;
import org.springframework.kafka.config.KafkaListenerEndpointRegistrar;
import org.springframework.kafka.config.MethodKafkaListenerEndpoint;
import org.springframework.messaging.handler.annotation.support.DefaultMessageHandlerMethodFactory;

/**
 * Registers every {@link EventDispatcher} bean that names a topic as a Kafka listener — its id, its topic, the
 * application's consumer group, and the application's listener container factory (and so its error handling: bounded
 * retries, dead letters, patient retries while the store is down) — exactly as a {@code @KafkaListener} method that
 * called {@link EventDispatcher#dispatch(ConsumerRecord)} would be, without the method.
 */
public class DispatcherEndpoints implements KafkaListenerConfigurer {

    private static final Method DISPATCH;

    static {
        try {
            DISPATCH = EventDispatcher.class.getMethod("dispatch", ConsumerRecord.class);
        } catch (NoSuchMethodException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final ObjectProvider<EventDispatcher> dispatchers;
    private final String group;

    public DispatcherEndpoints(ObjectProvider<EventDispatcher> dispatchers,
                               @Value("${spring.kafka.consumer.group-id}") String group) {
        this.dispatchers = dispatchers;
        this.group = group;
    }

    @Override
    public void configureKafkaListeners(KafkaListenerEndpointRegistrar registrar) {
        DefaultMessageHandlerMethodFactory handlers = new DefaultMessageHandlerMethodFactory();
        handlers.afterPropertiesSet();
        dispatchers.orderedStream().filter(d -> !d.topics().isEmpty()).forEach(dispatcher -> {
            MethodKafkaListenerEndpoint<String, String> endpoint = new MethodKafkaListenerEndpoint<>();
            endpoint.setId(dispatcher.listener());
            endpoint.setGroupId(group);
            endpoint.setTopics(dispatcher.topics().toArray(String[]::new));
            endpoint.setBean(dispatcher);
            endpoint.setMethod(DISPATCH);
            endpoint.setMessageHandlerMethodFactory(handlers);
            registrar.registerEndpoint(endpoint);
        });
    }
}
