package org.renewal.platform.events;

import java.time.Instant;
import java.util.UUID;

import org.renewal.contracts.EventPayload;
import org.renewal.platform.web.CorrelationId;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Writes payloads into envelopes and reads them back, with the application's JSON mapper. */
public class EventEnvelopes {

    private final JsonMapper json;

    /**
     * Consumers ignore fields they do not know, and read fields an older producer did not send yet as
     * empty (false, 0) — contracts grow additively within a version — whatever HTTP requires.
     */
    public EventEnvelopes(JsonMapper json) {
        this.json = json.rebuild().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES).build();
    }

    /** A new envelope for a payload of an aggregate, correlated with the current request or flow. */
    public EventEnvelope wrap(String aggregateId, long aggregateVersion, Instant occurredAt, EventPayload payload) {
        String correlationId = CorrelationId.current();
        return new EventEnvelope(UUID.randomUUID().toString(), payload.eventType(), payload.eventVersion(),
                occurredAt, aggregateId, aggregateVersion, correlationId, CorrelationId.causation(),
                json.valueToTree(payload));
    }

    public String write(EventEnvelope envelope) {
        return json.writeValueAsString(envelope);
    }

    /** Reads an envelope; a record that is not one is an {@link InvalidEventException}. */
    public EventEnvelope read(String record) {
        try {
            EventEnvelope envelope = json.readValue(record, EventEnvelope.class);
            if (envelope.eventId() == null || envelope.type() == null || envelope.aggregateId() == null
                    || envelope.payload() == null) {
                throw new InvalidEventException("envelope lacks eventId, type, aggregateId or payload", null);
            }
            return envelope;
        } catch (JacksonException e) {
            throw new InvalidEventException("record is not an event envelope", e);
        }
    }

    /** The payload as its contract record; a payload that does not fit is an {@link InvalidEventException}. */
    public <T extends EventPayload> T payload(EventEnvelope envelope, Class<T> type) {
        try {
            return json.treeToValue(envelope.payload(), type);
        } catch (JacksonException e) {
            throw new InvalidEventException(envelope.type() + " v" + envelope.version() + " payload does not fit "
                    + type.getSimpleName(), e);
        }
    }
}
