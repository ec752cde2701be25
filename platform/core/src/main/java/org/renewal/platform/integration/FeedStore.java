package org.renewal.platform.integration;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.renewal.platform.events.EventEnvelope;
import org.renewal.platform.events.EventEnvelopes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import tools.jackson.databind.json.JsonMapper;

/**
 * The change feed's store (collection {@code integration_feed}): each exported event once — under its event id, so
 * a record the broker holds twice (a relay that published again after a crash) is stored at its first position
 * only — as the CloudEvent other systems receive, with its partition, offset and place. Within a partition, events are
 * stored in offset order by the one consumer that owns it, and their time of storing never decreases (a replica
 * taking a partition over continues from the latest time stored for it), so a page ordered by that time and by
 * offset never passes an event it has not returned ({@link FeedPosition}).
 */
public class FeedStore {

    static final String FEED = "integration_feed";
    private static final Logger log = LoggerFactory.getLogger(FeedStore.class);

    private final MongoTemplate mongo;
    private final IntegrationProperties properties;
    private final EventEnvelopes envelopes;
    private final JsonMapper json;
    private final Clock clock;
    private final String source;
    private final Map<String, Instant> latest = new ConcurrentHashMap<>();
    private volatile boolean indexed;

    public FeedStore(MongoTemplate mongo, IntegrationProperties properties, EventEnvelopes envelopes, JsonMapper json,
                     Clock clock, String applicationName) {
        this.mongo = mongo;
        this.properties = properties;
        this.envelopes = envelopes;
        this.json = json;
        this.clock = clock;
        this.source = "urn:renewal:" + applicationName;
    }

    /** One stored event: its partition, offset, time of storing and the CloudEvent as sent (exact bytes). */
    public record Entry(String partition, long offset, Instant at, String type, String subject, String eventId,
                        String district, String street, String body) {
    }

    /** A page of the feed and the position after it. */
    public record Page(List<Entry> entries, FeedPosition next, boolean more) {
    }

    void ensureIndexes() {
        if (!indexed) {
            mongo.indexOps(FEED).createIndex(new Index().on("at", Sort.Direction.ASC).on("p", Sort.Direction.ASC)
                    .on("o", Sort.Direction.ASC).named("feed_order"));
            mongo.indexOps(FEED).createIndex(new Index().on("p", Sort.Direction.ASC).on("o", Sort.Direction.DESC)
                    .named("feed_partition"));
            indexed = true;
        }
    }

    /** Forgets what it knew of these partitions' latest times (another replica may have stored since). */
    void partitionsAssigned(Collection<String> partitions) {
        partitions.forEach(latest::remove);
    }

    /**
     * Stores the exported events among these records (of one poll, in offset order per partition); stores each at
     * most once however often it is handed the same record. Returns how many were exported.
     */
    public int ingest(List<ConsumerRecord<String, String>> records) {
        ensureIndexes();
        Map<String, List<Decoded>> byTopic = new LinkedHashMap<>();
        for (ConsumerRecord<String, String> record : records) {
            IntegrationProperties.TopicExport export = properties.topics().get(record.topic());
            if (export == null || record.value() == null) {
                continue;
            }
            EventEnvelope envelope;
            try {
                envelope = envelopes.read(record.value());
            } catch (RuntimeException invalid) {
                // the domain consumers send such a record to the dead letters; the feed only leaves it out
                log.warn("feed: {}:{}:{} is not an event envelope, left out: {}", record.topic(), record.partition(),
                        record.offset(), invalid.toString());
                continue;
            }
            if (export.types().contains(envelope.type())) {
                byTopic.computeIfAbsent(record.topic(), t -> new ArrayList<>()).add(new Decoded(record, envelope));
            }
        }
        int stored = 0;
        for (var topic : byTopic.entrySet()) {
            Map<String, Place> places = places(properties.topics().get(topic.getKey()).collection(),
                    topic.getValue().stream().map(d -> d.envelope().aggregateId()).distinct().toList());
            BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, FEED);
            for (Decoded d : topic.getValue()) {
                Place place = places.getOrDefault(d.envelope().aggregateId(), Place.fromPayload(d.envelope()));
                String partition = d.record().topic() + ":" + d.record().partition();
                Instant at = nextTime(partition);
                String body = json.writeValueAsString(cloudEvent(d.envelope(), place));
                Update insert = new Update()
                        .setOnInsert("p", partition).setOnInsert("o", d.record().offset()).setOnInsert("at", Date.from(at))
                        .setOnInsert("type", d.envelope().type()).setOnInsert("subject", d.envelope().aggregateId())
                        .setOnInsert("eventId", d.envelope().eventId())
                        .setOnInsert("district", place.district()).setOnInsert("street", place.street())
                        .setOnInsert("body", body);
                bulk.upsert(Query.query(where("_id").is(d.envelope().eventId())), insert);
                stored++;
            }
            bulk.execute();
        }
        return stored;
    }

    private record Decoded(ConsumerRecord<String, String> record, EventEnvelope envelope) {
    }

    /** Where an event belongs: the district and street of its aggregate. */
    record Place(String district, String street) {

        static Place fromPayload(EventEnvelope envelope) {
            var payload = envelope.payload();
            String district = payload != null && payload.hasNonNull("districtCode")
                    ? payload.get("districtCode").asString() : null;
            String street = payload != null && payload.hasNonNull("streetCode")
                    ? payload.get("streetCode").asString() : null;
            return new Place(district, street);
        }
    }

    private Map<String, Place> places(String collection, List<String> ids) {
        Map<String, Place> places = new HashMap<>();
        if (collection == null || ids.isEmpty()) {
            return places;
        }
        Query query = Query.query(where("_id").in(ids));
        query.fields().include("districtCode").include("streetCode");
        for (Document doc : mongo.find(query, Document.class, collection)) {
            places.put(String.valueOf(doc.get("_id")), new Place(doc.getString("districtCode"),
                    doc.getString("streetCode")));
        }
        return places;
    }

    private Instant nextTime(String partition) {
        Instant now = clock.instant();
        return latest.compute(partition, (p, last) -> {
            Instant known = last != null ? last : storedLatest(p);
            return known != null && known.isAfter(now) ? known : now;
        });
    }

    private Instant storedLatest(String partition) {
        Query query = Query.query(where("p").is(partition)).with(Sort.by(Sort.Direction.DESC, "o")).limit(1);
        query.fields().include("at");
        Document last = mongo.findOne(query, Document.class, FEED);
        return last != null && last.getDate("at") != null ? last.getDate("at").toInstant() : null;
    }

    CloudEvent cloudEvent(EventEnvelope e, Place place) {
        return new CloudEvent("1.0", e.eventId(), source, e.type(), e.aggregateId(), e.occurredAt().toString(),
                "application/json", e.version(), e.aggregateVersion(), e.correlationId(), place.district(),
                place.street(), e.payload());
    }

    /**
     * The events after {@code from} that match {@code filter}, oldest first, at most {@code limit}; and the position
     * after the last one returned (or {@code from}, reissued, when there is none).
     */
    public Page read(FeedPosition from, Criteria filter, int limit) {
        ensureIndexes();
        List<Criteria> parts = new ArrayList<>();
        if (!from.offsets().isEmpty()) {
            List<Criteria> after = new ArrayList<>();
            from.offsets().forEach((p, o) -> after.add(where("p").is(p).and("o").gt(o)));
            after.add(where("p").nin(from.offsets().keySet()));
            parts.add(new Criteria().orOperator(after));
        }
        if (filter != null) {
            parts.add(filter);
        }
        Query query = new Query(parts.isEmpty() ? new Criteria() : new Criteria().andOperator(parts))
                .with(Sort.by("at", "p", "o")).limit(limit + 1);
        List<Entry> entries = new ArrayList<>();
        FeedPosition next = from;
        Instant now = clock.instant();
        for (Document doc : mongo.find(query, Document.class, FEED)) {
            if (entries.size() == limit) {
                return new Page(entries, next, true);
            }
            Entry entry = entry(doc);
            entries.add(entry);
            next = next.after(entry.partition(), entry.offset(), now);
        }
        return new Page(entries, next.reissued(now), false);
    }

    /** The position after every event stored so far: where a client that has just resynchronised starts. */
    public FeedPosition head() {
        Map<String, Long> offsets = new HashMap<>();
        for (String partition : mongo.findDistinct(new Query(), "p", FEED, String.class)) {
            Query last = Query.query(where("p").is(partition)).with(Sort.by(Sort.Direction.DESC, "o")).limit(1);
            last.fields().include("o");
            Document doc = mongo.findOne(last, Document.class, FEED);
            if (doc != null) {
                offsets.put(partition, ((Number) doc.get("o")).longValue());
            }
        }
        return new FeedPosition(offsets, clock.instant());
    }

    /** Whether events after this position may already have been removed (the position is older than retention). */
    public boolean expired(FeedPosition position) {
        return position.issuedAt().isBefore(clock.instant().minus(properties.retention()));
    }

    /**
     * Removes events stored longer ago than the retention and a day more: a position handed out within the
     * retention (which {@link #expired} accepts) never points before an event removed.
     */
    public long purge() {
        Instant before = clock.instant().minus(properties.retention()).minus(Duration.ofDays(1));
        return mongo.remove(Query.query(where("at").lt(Date.from(before))), FEED).getDeletedCount();
    }

    static Entry entry(Document doc) {
        return new Entry(doc.getString("p"), ((Number) doc.get("o")).longValue(), doc.getDate("at").toInstant(),
                doc.getString("type"), doc.getString("subject"), doc.getString("eventId"), doc.getString("district"),
                doc.getString("street"), doc.getString("body"));
    }

    /** The filter of a place scope and a set of types (empty: all). */
    static Criteria filter(String district, String street, Set<String> types) {
        List<Criteria> parts = new ArrayList<>();
        if (street != null) {
            parts.add(where("street").is(street));
        } else if (district != null) {
            parts.add(where("district").is(district));
        }
        if (types != null && !types.isEmpty()) {
            parts.add(where("type").in(types));
        }
        return parts.isEmpty() ? null : new Criteria().andOperator(parts);
    }
}
