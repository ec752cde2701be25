package org.renewal.platform.web;

import java.util.UUID;
import java.util.regex.Pattern;

import org.slf4j.MDC;

/**
 * The correlation id of the current request or event flow, kept in the logging MDC so it appears
 * in every log line and rides in every event envelope written while it is bound.
 */
public final class CorrelationId {

    public static final String HEADER = "X-Correlation-Id";
    public static final String MDC_KEY = "correlationId";
    static final String CAUSATION_KEY = "causationId";
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    private CorrelationId() {
    }

    /** The bound id, or a fresh one when nothing is bound (e.g. a background job). */
    public static String current() {
        String id = MDC.get(MDC_KEY);
        return id != null ? id : UUID.randomUUID().toString();
    }

    /** What directly caused the current work: the incoming event id, or the request's correlation id. */
    public static String causation() {
        String id = MDC.get(CAUSATION_KEY);
        return id != null ? id : MDC.get(MDC_KEY);
    }

    /** The caller's id when it is a sensible token, else a new one (never echo arbitrary input into logs). */
    public static String acceptOrCreate(String candidate) {
        return candidate != null && ACCEPTED.matcher(candidate).matches() ? candidate : UUID.randomUUID().toString();
    }

    /** Binds ids for the current thread until the returned scope is closed. */
    public static Scope bind(String correlationId, String causationId) {
        MDC.put(MDC_KEY, acceptOrCreate(correlationId));
        if (causationId != null) {
            MDC.put(CAUSATION_KEY, causationId);
        }
        return () -> {
            MDC.remove(MDC_KEY);
            MDC.remove(CAUSATION_KEY);
        };
    }

    /** A binding that ends when closed. */
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
