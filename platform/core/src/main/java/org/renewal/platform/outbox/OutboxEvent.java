package org.renewal.platform.outbox;

import java.time.Instant;

/**
 * An event waiting in its aggregate's document to be published: the serialized envelope plus what
 * the relay needs to route it.
 */
public record OutboxEvent(String eventId, String topic, String key, String type, Instant createdAt, String envelope) {
}
