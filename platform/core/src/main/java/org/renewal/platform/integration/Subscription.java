package org.renewal.platform.integration;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.bson.Document;

/**
 * A webhook subscription as stored (collection {@code integration_subscriptions}): who holds it, where it delivers,
 * what it selects, its signing secrets, where in the feed its deliveries stand, and how delivery is going.
 */
record Subscription(String id, String owner, String url, String description, List<String> types, String district,
                    String street, Status status, String pausedReason, Instant pausedAt, List<Secret> secrets,
                    FeedPosition position, Instant createdAt, int attempts, Instant failingSince,
                    Instant nextAttemptAt, String lastError, Instant lastDeliveredAt, Replay replay) {

    static final String COLLECTION = "integration_subscriptions";

    enum Status { ACTIVE, PAUSED }

    /** A signing secret; {@code expiresAt} is set once a newer one replaced it. */
    record Secret(String value, Instant createdAt, Instant expiresAt) {
    }

    /** A replay under way: the events stored in {@code [from, to)}, delivered again up to {@code position}. */
    record Replay(Instant from, Instant to, FeedPosition position, Instant requestedAt) {
    }

    /** The secrets that sign a delivery now: the newest first, the previous one until its rotation overlap ends. */
    List<String> validSecrets(Instant now) {
        List<String> valid = new ArrayList<>();
        for (int i = secrets.size() - 1; i >= 0; i--) {
            Secret s = secrets.get(i);
            if (s.expiresAt() == null || s.expiresAt().isAfter(now)) {
                valid.add(s.value());
            }
        }
        return valid;
    }

    static Subscription of(Document d) {
        List<Secret> secrets = new ArrayList<>();
        for (Document s : d.getList("secrets", Document.class, List.of())) {
            secrets.add(new Secret(s.getString("value"), instant(s, "createdAt"), instant(s, "expiresAt")));
        }
        Document r = d.get("replay", Document.class);
        Replay replay = r == null ? null : new Replay(instant(r, "from"), instant(r, "to"),
                FeedPosition.decode(r.getString("position")), instant(r, "requestedAt"));
        return new Subscription(d.getString("_id"), d.getString("owner"), d.getString("url"),
                d.getString("description"), d.getList("types", String.class, List.of()), d.getString("district"),
                d.getString("street"), Status.valueOf(d.getString("status")), d.getString("pausedReason"),
                instant(d, "pausedAt"), secrets, FeedPosition.decode(d.getString("position")), instant(d, "createdAt"),
                d.getInteger("attempts", 0), instant(d, "failingSince"), instant(d, "nextAttemptAt"),
                d.getString("lastError"), instant(d, "lastDeliveredAt"), replay);
    }

    Document toDocument() {
        List<Document> storedSecrets = secrets.stream().map(s -> new Document("value", s.value())
                .append("createdAt", date(s.createdAt())).append("expiresAt", date(s.expiresAt()))).toList();
        return new Document("_id", id).append("owner", owner).append("url", url).append("description", description)
                .append("types", types).append("district", district).append("street", street)
                .append("status", status.name()).append("pausedReason", pausedReason).append("pausedAt", date(pausedAt))
                .append("secrets", storedSecrets).append("position", position.encode())
                .append("createdAt", date(createdAt)).append("attempts", attempts)
                .append("failingSince", date(failingSince)).append("nextAttemptAt", date(nextAttemptAt))
                .append("lastError", lastError).append("lastDeliveredAt", date(lastDeliveredAt))
                .append("replay", replay == null ? null : new Document("from", date(replay.from()))
                        .append("to", date(replay.to())).append("position", replay.position().encode())
                        .append("requestedAt", date(replay.requestedAt())));
    }

    static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    private static Instant instant(Document d, String field) {
        Date date = d.getDate(field);
        return date == null ? null : date.toInstant();
    }
}
