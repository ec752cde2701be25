package org.renewal.platform.outbox;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.renewal.platform.events.EventEnvelope;
import org.renewal.platform.events.EventEnvelopes;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Saves an aggregate together with the events it recorded, in one document write, then hands the
 * events to the relay. The caller never waits on Kafka.
 */
public class OutboxWriter {

    private final MongoTemplate mongo;
    private final EventEnvelopes envelopes;
    private final OutboxRelay relay;

    public OutboxWriter(MongoTemplate mongo, EventEnvelopes envelopes, OutboxRelay relay) {
        this.mongo = mongo;
        this.envelopes = envelopes;
        this.relay = relay;
    }

    /**
     * Inserts or replaces the aggregate ({@code @Version} refuses a stale copy with
     * {@link org.springframework.dao.OptimisticLockingFailureException}) with its new events.
     */
    public <T extends OutboxAggregate> T save(T aggregate) {
        List<OutboxEvent> fresh = pending(aggregate);
        T saved = mongo.save(aggregate);
        relay.publishSoon(mongo.getCollectionName(aggregate.getClass()), saved.getId(), fresh);
        return saved;
    }

    /**
     * Inserts new aggregates of one type in one bulk write, each with its events, then hands all events
     * to the relay at once. For imports: a duplicate key fails the call (the aggregates before it may
     * be stored; the caller decides again for the rest).
     */
    public <T extends OutboxAggregate> void insertAll(Class<T> type, List<T> aggregates) {
        if (aggregates.isEmpty()) {
            return;
        }
        Map<String, List<OutboxEvent>> events = new LinkedHashMap<>();
        for (T aggregate : aggregates) {
            events.put(aggregate.getId(), pending(aggregate));
        }
        mongo.insert(aggregates, type);
        relay.publishSoon(mongo.getCollectionName(type), events);
    }

    private List<OutboxEvent> pending(OutboxAggregate aggregate) {
        List<OutboxEvent> fresh = aggregate.takeRecorded().stream().map(r -> {
            EventEnvelope envelope = envelopes.wrap(aggregate.getId(), r.sequence(), r.occurredAt(), r.payload());
            return new OutboxEvent(envelope.eventId(), r.payload().topic(), aggregate.getId(), envelope.type(),
                    r.occurredAt(), envelopes.write(envelope));
        }).toList();
        aggregate.addPending(fresh);
        return fresh;
    }
}
