package org.renewal.platform.consumer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.renewal.platform.events.EventEnvelopes;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Makes each listener's {@link EventDispatcher} (or, for a listener that applies a batch of events together, its
 * {@link EventRoutes}), and remembers which listener ids have one, so a test can prove that every Kafka listener
 * of an application reads its events through the platform. One bean per application.
 */
public class EventDispatchers {

    private final EventEnvelopes envelopes;
    private final MongoTemplate mongo;
    private final Map<String, Set<String>> listeners = new ConcurrentHashMap<>();

    public EventDispatchers(EventEnvelopes envelopes, MongoTemplate mongo) {
        this.envelopes = envelopes;
        this.mongo = mongo;
    }

    /**
     * A dispatcher for the listener of this id on these topics (one read model fed by several services is one
     * listener with one route table). Declared as a bean, it is the listener: the platform registers it with Kafka
     * under this id ({@code DispatcherEndpoints}); the id also names its positions, kept per topic when there are
     * several.
     */
    public EventDispatcher.Builder listener(String id, String topic, String... moreTopics) {
        List<String> topics = new ArrayList<>();
        topics.add(Objects.requireNonNull(topic, "topic"));
        topics.addAll(List.of(moreTopics));
        return new EventDispatcher.Builder(id, topics, envelopes, mongo, this::register);
    }

    /** A dispatcher a {@code @KafkaListener} method of this id calls itself (tests, special containers). */
    public EventDispatcher.Builder listener(String id) {
        return new EventDispatcher.Builder(id, List.of(), envelopes, mongo, this::register);
    }

    /**
     * A table of routes for the batch listener of this id, which applies a batch's events together and keeps them
     * forward-only itself (in one {@link ReadModelUpdates} write per document, by each source's version).
     */
    public <R> EventRoutes.Builder<R> batchListener(String id) {
        return EventRoutes.builder(envelopes, routes -> register(id, routes));
    }

    private void register(String id, Set<String> routes) {
        if (listeners.putIfAbsent(id, routes) != null) {
            throw new IllegalStateException("two dispatchers for listener " + id);
        }
    }

    /** Each listener id with a dispatcher, and the {@code type v<version>} it applies. */
    public Map<String, Set<String>> listeners() {
        return new TreeMap<>(listeners);
    }
}
