package org.renewal.platform.web;

import org.springframework.http.HttpStatus;

/** Optimistic concurrency over HTTP: the ETag is the document's {@code @Version}; stale If-Match → 412. */
public final class ETags {

    private ETags() {
    }

    public static String of(Long version) {
        return "\"" + (version == null ? 0 : version) + "\"";
    }

    /** Refuses the change unless {@code ifMatch} names the current version (or is {@code *}). */
    public static void requireMatch(String ifMatch, Long currentVersion) {
        String current = of(currentVersion);
        String given = ifMatch.trim();
        if (given.startsWith("W/")) {
            given = given.substring(2);
        }
        if (!given.equals("*") && !given.equals(current)) {
            throw new ApiException(HttpStatus.PRECONDITION_FAILED, "PRECONDITION_FAILED", given, current);
        }
    }
}
