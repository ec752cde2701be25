package org.renewal.platform.consumer;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Consumer;

import org.renewal.contracts.EventPayload;
import org.renewal.platform.events.EventEnvelope;
import org.renewal.platform.events.EventEnvelopes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A consumer's table from (event type, contract version) to what it does with such an event. A route is
 * named by the contract record alone — its {@code TYPE} and {@code VERSION} constants — so a listener never
 * compares type strings or version numbers by hand. An event of a type or version the table does not name is
 * not for this consumer: {@link #route} returns empty and says so on a debug line. A payload that does not fit
 * its contract is an {@link org.renewal.platform.events.InvalidEventException} (dead letters).
 *
 * @param <R> what a route yields: the change to apply, or nothing ({@link EventDispatcher} routes)
 */
public final class EventRoutes<R> {

    private static final Logger log = LoggerFactory.getLogger(EventRoutes.class);

    private final EventEnvelopes envelopes;
    private final Map<String, Route<?, R>> routes;

    private EventRoutes(EventEnvelopes envelopes, Map<String, Route<?, R>> routes) {
        this.envelopes = envelopes;
        this.routes = Map.copyOf(routes);
    }

    static <R> Builder<R> builder(EventEnvelopes envelopes, Consumer<Set<String>> onBuild) {
        return new Builder<>(envelopes, onBuild);
    }

    /** What the table does with this event; empty when the event is not for this consumer. */
    public Optional<R> route(EventEnvelope envelope) {
        Route<?, R> route = routes.get(key(envelope.type(), envelope.version()));
        if (route == null) {
            log.debug("{} v{} {} for {}: not for this consumer", envelope.type(), envelope.version(),
                    envelope.eventId(), envelope.aggregateId());
            return Optional.empty();
        }
        return Optional.ofNullable(route.apply(envelopes, envelope));
    }

    /** Whether the table names this event's type and version. */
    public boolean handles(EventEnvelope envelope) {
        return routes.containsKey(key(envelope.type(), envelope.version()));
    }

    /** The {@code type v<version>} keys the table names, for logs and tests. */
    public Set<String> keys() {
        return routes.keySet();
    }

    private static String key(String type, int version) {
        return type + " v" + version;
    }

    private record Route<T extends EventPayload, R>(Class<T> payloadType, BiFunction<EventEnvelope, T, R> function) {

        R apply(EventEnvelopes envelopes, EventEnvelope envelope) {
            return function.apply(envelope, envelopes.payload(envelope, payloadType));
        }
    }

    public static final class Builder<R> {

        private final EventEnvelopes envelopes;
        private final Consumer<Set<String>> onBuild;
        private final Map<String, Route<?, R>> routes = new LinkedHashMap<>();

        private Builder(EventEnvelopes envelopes, Consumer<Set<String>> onBuild) {
            this.envelopes = envelopes;
            this.onBuild = onBuild;
        }

        /** Events of this contract (its {@code TYPE}, its {@code VERSION}) go to {@code function}. */
        public <T extends EventPayload> Builder<R> on(Class<T> payloadType, BiFunction<EventEnvelope, T, R> function) {
            String key = key(constant(payloadType, "TYPE", String.class), constant(payloadType, "VERSION", Integer.class));
            if (routes.putIfAbsent(key, new Route<>(payloadType, function)) != null) {
                throw new IllegalStateException(key + " is routed twice");
            }
            return this;
        }

        public EventRoutes<R> build() {
            if (routes.isEmpty()) {
                throw new IllegalStateException("a consumer with no routes");
            }
            EventRoutes<R> built = new EventRoutes<>(envelopes, routes);
            onBuild.accept(built.keys());
            return built;
        }

        private static <C> C constant(Class<?> contract, String name, Class<C> type) {
            try {
                Field field = contract.getField(name);
                if (!Modifier.isStatic(field.getModifiers())) {
                    throw new IllegalStateException(contract.getName() + "." + name + " is not static");
                }
                return type.cast(field.get(null));
            } catch (NoSuchFieldException | IllegalAccessException | ClassCastException e) {
                throw new IllegalStateException(contract.getName() + " has no public static " + type.getSimpleName()
                        + " " + name + ": every event contract names its type and version", e);
            }
        }
    }
}
