package org.renewal.platform.consumer;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.renewal.contracts.EventPayload;
import org.renewal.platform.events.EventEnvelope;
import org.renewal.platform.events.EventEnvelopes;
import org.renewal.platform.web.CorrelationId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Update;

/**
 * What every listener does with a record, in one place: read the envelope (a record that is not one is an
 * {@link org.renewal.platform.events.InvalidEventException}: dead letters), carry its correlation id into the
 * logs, look its (type, version) up in the listener's {@link EventRoutes} (other events are not for it: a debug
 * line), and apply an aggregate's events <b>only forward</b>: the listener keeps, per source aggregate, the
 * newest {@code aggregateVersion} it has applied (collection {@value #POSITIONS}); an event no newer than that —
 * a duplicate, a second replica's outbox sweep publishing the same backlog, a replay from the dead letters after
 * a newer event — changes nothing. The position is written after the handler succeeds, so an event whose
 * handler failed is tried again (handlers are idempotent) and an event is never skipped unapplied.
 *
 * <p>Built by {@link EventDispatchers#listener}; declared as a bean with its topic, the platform registers it as a
 * Kafka listener of that id ({@code DispatcherEndpoints}) — a service writes no listener method at all.
 */
public final class EventDispatcher {

    /** The collection of listener positions: one document per listener and source aggregate. */
    public static final String POSITIONS = "consumer_positions";

    private static final Logger log = LoggerFactory.getLogger(EventDispatcher.class);

    private final String listener;
    private final List<String> topics;
    private final EventEnvelopes envelopes;
    private final EventRoutes<Runnable> routes;
    private final MongoTemplate mongo;
    private final ReadModelUpdates positions;

    EventDispatcher(String listener, List<String> topics, EventEnvelopes envelopes, EventRoutes<Runnable> routes,
                    MongoTemplate mongo) {
        this.listener = listener;
        this.topics = topics;
        this.envelopes = envelopes;
        this.routes = routes;
        this.mongo = mongo;
        this.positions = new ReadModelUpdates(mongo);
    }

    /** Applies one record: at most once per source aggregate version, never behind a newer one. */
    public void dispatch(ConsumerRecord<String, String> record) {
        dispatch(envelopes.read(record.value()), record.topic());
    }

    /**
     * As {@link #dispatch(ConsumerRecord)}, for an envelope already read.
     *
     * @return whether the event was applied (false: not for this listener, a duplicate or older)
     */
    public boolean dispatch(EventEnvelope envelope) {
        return dispatch(envelope, null);
    }

    /**
     * As {@link #dispatch(EventEnvelope)}, for an event read from this topic: a listener of several topics keeps
     * its positions per topic, so two services' aggregates of the same id never hold each other back.
     */
    public boolean dispatch(EventEnvelope envelope, String topic) {
        try (CorrelationId.Scope ignored = CorrelationId.bind(envelope.correlationId(), envelope.eventId())) {
            if (!routes.handles(envelope)) {
                log.debug("{} v{} {} of {}: not for {}", envelope.type(), envelope.version(), envelope.eventId(),
                        envelope.aggregateId(), listener);
                return false;
            }
            String position = topics.size() > 1 && topic != null
                    ? listener + "|" + topic + "|" + envelope.aggregateId()
                    : listener + "|" + envelope.aggregateId();
            Position held = mongo.findById(position, Position.class);
            if (held != null && held.version() >= envelope.aggregateVersion()) {
                log.debug("{} {} v{} of {}: not applied by {}, which has applied v{} (duplicate or older)",
                        envelope.type(), envelope.eventId(), envelope.aggregateVersion(), envelope.aggregateId(),
                        listener, held.version());
                return false;
            }
            routes.route(envelope).ifPresent(Runnable::run);
            positions.applyIfNewer(Position.class, position, Position.VERSION, envelope.aggregateVersion(),
                    new Update().set("listener", listener).set("aggregateId", envelope.aggregateId())
                            .set("type", envelope.type()).set("appliedAt", Instant.now()));
            log.debug("{} {} v{} of {}: applied by {}", envelope.type(), envelope.eventId(),
                    envelope.aggregateVersion(), envelope.aggregateId(), listener);
            return true;
        }
    }

    /** The listener's name (its Kafka listener id). */
    public String listener() {
        return listener;
    }

    /** The topics it listens to; none for a dispatcher a {@code @KafkaListener} method calls itself. */
    public List<String> topics() {
        return topics;
    }

    /** A listener's position for one source aggregate. */
    @Document(POSITIONS)
    record Position(@Id String id, String listener, String aggregateId, String type, long version, Instant appliedAt) {
        static final String VERSION = "version";
    }

    /** Builds a listener's dispatcher: {@code on(Contract.class, (envelope, payload) -> ...)} per event it applies. */
    public static final class Builder {

        private final String listener;
        private final List<String> topics;
        private final EventEnvelopes envelopes;
        private final MongoTemplate mongo;
        private final EventRoutes.Builder<Runnable> routes;

        Builder(String listener, List<String> topics, EventEnvelopes envelopes, MongoTemplate mongo,
                BiConsumer<String, Set<String>> registry) {
            this.listener = listener;
            this.topics = List.copyOf(topics);
            this.envelopes = envelopes;
            this.mongo = mongo;
            this.routes = EventRoutes.builder(envelopes, keys -> registry.accept(listener, keys));
        }

        public <T extends EventPayload> Builder on(Class<T> contract, BiConsumer<EventEnvelope, T> handler) {
            routes.on(contract, (envelope, payload) -> () -> handler.accept(envelope, payload));
            return this;
        }

        public EventDispatcher build() {
            return new EventDispatcher(listener, topics, envelopes, routes.build(), mongo);
        }
    }
}
