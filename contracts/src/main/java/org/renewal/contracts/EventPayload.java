package org.renewal.contracts;

/**
 * A payload carried in an event envelope. {@link #eventType()} is the name on the wire
 * ({@code <service>.<PastTenseFact>}, never a Java class name) and {@link #eventVersion()} its
 * contract version.
 */
public interface EventPayload {

    String eventType();

    int eventVersion();

    /** The topic of the producing aggregate: {@code renewal.<service>.<aggregate>}. */
    String topic();
}
