package org.renewal.platform.integration;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A position in the change feed: for each partition of the service's topics, the offset of the last event read
 * there, and when the position was handed out. Exact however many replicas feed the feed and whatever their clocks:
 * within a partition events are stored in offset order, so "every event above these offsets" misses nothing and
 * repeats nothing. Clients see it as an opaque, URL-safe string.
 *
 * @param offsets  last offset read per partition ({@code topic:partition}); a partition not named is unread
 * @param issuedAt when the position was handed out: older than the feed's retention, it may point at purged events
 */
public record FeedPosition(Map<String, Long> offsets, Instant issuedAt) {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() { };

    public FeedPosition {
        offsets = Collections.unmodifiableMap(new TreeMap<>(offsets));
    }

    /** The start of the feed: every retained event lies after it. */
    public static FeedPosition start(Instant now) {
        return new FeedPosition(Map.of(), now);
    }

    /** This position moved past one more event. */
    public FeedPosition after(String partition, long offset, Instant now) {
        Map<String, Long> moved = new TreeMap<>(offsets);
        moved.merge(partition, offset, Math::max);
        return new FeedPosition(moved, now);
    }

    /** The same position, handed out again now. */
    public FeedPosition reissued(Instant now) {
        return new FeedPosition(offsets, now);
    }

    /** The opaque form clients keep. */
    public String encode() {
        Map<String, Object> form = new TreeMap<>();
        form.put("v", 1);
        form.put("t", issuedAt.getEpochSecond());
        form.put("p", offsets);
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(JSON.writeValueAsString(form).getBytes(StandardCharsets.UTF_8));
    }

    /** Reads a cursor; fails with {@link IllegalArgumentException} on anything this class did not write. */
    public static FeedPosition decode(String cursor) {
        if (cursor == null || cursor.isBlank() || cursor.length() > 16_384) {
            throw new IllegalArgumentException("not a cursor of this feed");
        }
        try {
            Map<String, Object> form = JSON.readValue(Base64.getUrlDecoder().decode(cursor), MAP);
            if (!Integer.valueOf(1).equals(form.get("v")) || !(form.get("t") instanceof Number t)
                    || !(form.get("p") instanceof Map<?, ?> p)) {
                throw new IllegalArgumentException("not a cursor of this feed");
            }
            Map<String, Long> offsets = new TreeMap<>();
            for (var e : p.entrySet()) {
                if (!(e.getKey() instanceof String partition) || !(e.getValue() instanceof Number offset)
                        || offset.longValue() < 0) {
                    throw new IllegalArgumentException("not a cursor of this feed");
                }
                offsets.put(partition, offset.longValue());
            }
            return new FeedPosition(offsets, Instant.ofEpochSecond(t.longValue()));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a cursor of this feed", e);
        }
    }
}
