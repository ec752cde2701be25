package org.renewal.platform.outbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.renewal.contracts.EventPayload;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Transient;
import org.springframework.data.annotation.Version;

/**
 * Base of an aggregate that announces its changes. A state-changing method checks its rule, changes
 * the state and calls {@link #record}; {@link OutboxWriter#save} then stores the state and the
 * events in one document write.
 */
public abstract class OutboxAggregate {

    @Id
    protected String id;

    @Version
    private Long version;

    /** Monotonic per aggregate: the {@code aggregateVersion} of the next event. */
    private long eventSequence;

    private List<OutboxEvent> pendingEvents = new ArrayList<>();

    @Transient
    private final List<RecordedEvent> recorded = new ArrayList<>();

    protected OutboxAggregate() {
    }

    protected OutboxAggregate(String id) {
        this.id = id;
    }

    public String getId() {
        return id;
    }

    public Long getVersion() {
        return version;
    }

    /** The version the writer stored (the update path sets it itself, as the template does on replace). */
    void versionSaved(long stored) {
        this.version = stored;
    }

    /** Records a fact about this aggregate, to be published after the next save. */
    protected final void record(EventPayload payload) {
        eventSequence++;
        recorded.add(new RecordedEvent(payload, eventSequence, Instant.now()));
    }

    /** The events recorded since the last save, in order, left in place (for tests of an aggregate alone). */
    public final List<EventPayload> recordedSinceSave() {
        return recorded.stream().map(RecordedEvent::payload).toList();
    }

    List<RecordedEvent> takeRecorded() {
        List<RecordedEvent> taken = List.copyOf(recorded);
        recorded.clear();
        return taken;
    }

    void addPending(List<OutboxEvent> events) {
        pendingEvents.addAll(events);
    }

    /** The events still pending when this copy was read, then those recorded since, in order. */
    List<OutboxEvent> pendingEvents() {
        return List.copyOf(pendingEvents);
    }

    record RecordedEvent(EventPayload payload, long sequence, Instant occurredAt) {
    }
}
