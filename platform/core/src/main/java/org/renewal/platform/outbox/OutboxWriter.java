package org.renewal.platform.outbox;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.renewal.platform.events.EventEnvelope;
import org.renewal.platform.events.EventEnvelopes;
import org.bson.Document;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;
import org.springframework.data.mongodb.core.mapping.MongoPersistentProperty;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

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
     * Inserts a new aggregate, or updates a stored one ({@code @Version} refuses a stale copy with
     * {@link OptimisticLockingFailureException}), with its new events. An update sets the aggregate's
     * fields and <em>appends</em> the new events: it never writes back the pending events it read, so an
     * event the relay published and removed meanwhile is not put back (and published twice).
     */
    @SuppressWarnings("unchecked")
    public <T extends OutboxAggregate> T save(T aggregate) {
        List<OutboxEvent> fresh = pending(aggregate);
        String collection = mongo.getCollectionName(aggregate.getClass());
        if (aggregate.getVersion() == null) {
            T inserted = mayLeaveBehind(() -> mongo.insert(aggregate));
            relay.publishSoon(collection, inserted.getId(), fresh);
            return inserted;
        }
        Document written = new Document();
        mongo.getConverter().write(aggregate, written);
        MongoPersistentEntity<?> entity = mongo.getConverter().getMappingContext()
                .getRequiredPersistentEntity(aggregate.getClass());
        Update update = new Update();
        for (MongoPersistentProperty property : entity) {
            String field = property.getFieldName();
            if (property.isIdProperty() || property.isVersionProperty() || field.equals(PENDING)) {
                continue;
            }
            if (written.containsKey(field)) {
                update.set(field, written.get(field));
            } else {
                update.unset(field);
            }
        }
        List<Object> appended = new ArrayList<>();
        for (OutboxEvent event : fresh) {
            appended.add(mongo.getConverter().convertToMongoType(event));
        }
        if (!appended.isEmpty()) {
            update.push(PENDING).each(appended.toArray());
        }
        String versionField = entity.getRequiredVersionProperty().getFieldName();
        long version = aggregate.getVersion();
        update.set(versionField, version + 1);
        var result = mayLeaveBehind(() -> mongo.updateFirst(Query.query(Criteria.where("_id").is(aggregate.getId())
                .and(versionField).is(version)), update, collection));
        if (result.getMatchedCount() == 0) {
            throw new OptimisticLockingFailureException("Another write changed " + collection + " "
                    + aggregate.getId() + " after version " + version + " was read");
        }
        aggregate.versionSaved(version + 1);
        // events this copy was read with are still pending (a replica killed between its write and its publish):
        // they go first, so an aggregate's events reach the broker in their order — a forward-only consumer would
        // otherwise skip the older one that arrived after a newer one (found by ScaledProgrammeJourneyIT). One the
        // relay has published meanwhile goes again: a duplicate, which consumers recognise.
        relay.publishSoon(collection, aggregate.getId(), fresh.isEmpty() ? fresh : aggregate.pendingEvents());
        return aggregate;
    }

    private static final String PENDING = "pendingEvents";

    /** A change without If-Match retries this often when another write got in between. */
    private static final int RETRIES = 8;

    /**
     * Loads an aggregate, changes it and saves it with its events; when another write got in between
     * (a version conflict), reads it again and retries. For changes that need no If-Match because they
     * cannot overwrite anyone's edit (commands, event handlers).
     *
     * @param load   reads the aggregate (and checks the caller may change it); null when there is none
     * @param change the change; its exceptions (rule violations) stop at once
     * @return the saved aggregate, or null when {@code load} found none (nothing is changed then)
     */
    public <T extends OutboxAggregate> T change(Supplier<T> load, Consumer<T> change) {
        for (int attempt = 1; ; attempt++) {
            T aggregate = load.get();
            if (aggregate == null) {
                return null;
            }
            change.accept(aggregate);
            try {
                return save(aggregate);
            } catch (OptimisticLockingFailureException concurrent) {
                if (attempt == RETRIES) {
                    throw concurrent;
                }
            }
        }
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
        mayLeaveBehind(() -> mongo.insert(aggregates, type));
        relay.publishSoon(mongo.getCollectionName(type), events);
    }

    /**
     * A write that fails may still have stored events (a bulk insert stopped half-way, a timeout after
     * the store applied it): the relay is told to look for them, as it does after a crash.
     */
    private <R> R mayLeaveBehind(Supplier<R> write) {
        try {
            return write.get();
        } catch (RuntimeException e) {
            relay.leftBehind();
            throw e;
        }
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
