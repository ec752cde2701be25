package org.renewal.platform.events;

import java.time.Instant;

import tools.jackson.databind.JsonNode;

/**
 * The envelope around every event on Kafka.
 *
 * @param eventId          unique id of this event (UUID); consumers use it to drop duplicates
 * @param type             {@code <service>.<PastTenseFact>}, e.g. {@code survey.CommunityRegistered}
 * @param version          the contract version of the payload
 * @param occurredAt       when the fact happened (UTC)
 * @param aggregateId      id of the aggregate the event is about; also the record key
 * @param aggregateVersion monotonic per aggregate: consumers apply only newer versions
 * @param correlationId    the request or flow that caused it (X-Correlation-Id)
 * @param causationId      the event or request that directly caused it
 * @param payload          the contract record, as JSON
 */
public record EventEnvelope(
        String eventId,
        String type,
        int version,
        Instant occurredAt,
        String aggregateId,
        long aggregateVersion,
        String correlationId,
        String causationId,
        JsonNode payload) {
}
