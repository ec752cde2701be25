package org.renewal.platform.consumer;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Idempotent read-model writes: the effect and the record of having applied the source version are
 * one single-document upsert, so a duplicate or an older event changes nothing.
 */
public class ReadModelUpdates {

    /** The field every read model keeps: the newest source aggregate version applied. */
    public static final String SOURCE_VERSION = "sourceVersion";

    private final MongoTemplate mongo;

    public ReadModelUpdates(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** One event's change to one read-model document: the document, the source aggregate version, the update. */
    public record Change(String id, long sourceVersion, Update update) {
    }

    /**
     * Applies {@code update} to document {@code id} (creating it if absent) unless it already holds
     * {@code sourceVersion} or a newer one.
     *
     * @return true when applied, false when the event was a duplicate or older
     */
    public boolean applyIfNewer(Class<?> type, String id, long sourceVersion, Update update) {
        return applyIfNewer(type, id, SOURCE_VERSION, sourceVersion, update);
    }

    /**
     * As {@link #applyIfNewer(Class, String, long, Update)}, the version kept in {@code versionField}: for a read
     * model fed by several aggregates, one field per source aggregate (e.g. {@code versions.project:<id>}).
     */
    public boolean applyIfNewer(Class<?> type, String id, String versionField, long sourceVersion, Update update) {
        try {
            var result = mongo.upsert(query(notYetApplied(id, versionField, sourceVersion)),
                    update.set(versionField, sourceVersion), type);
            return result.getModifiedCount() > 0 || result.getUpsertedId() != null;
        } catch (DuplicateKeyException alreadyNewer) {
            // the document exists with this or a newer version: the upsert tried to insert a second one
            return false;
        }
    }

    /**
     * Applies a batch of changes, given in source order, with the outcome of {@link #applyIfNewer} on each in
     * turn but in one bulk write: the changes to one document are merged into one upsert ({@link #merge}) that
     * holds only while the document is older than the first of them (or absent) — exactly the case in which
     * each of them, one after the other, would be applied. A change no newer than the one before it for the same
     * document is left out, as one by one it would change nothing. When a document is already at one of the
     * versions (a redelivered batch: its guarded upsert meets the existing document) or its changes cannot be
     * merged, the changes are applied one by one.
     *
     * @return the number of documents written by merged upserts (the rest were applied one by one)
     */
    public int applyAllIfNewer(Class<?> type, List<Change> changes) {
        return applyAllIfNewer(type, SOURCE_VERSION, changes);
    }

    /** As {@link #applyAllIfNewer(Class, List)}, the version kept in {@code versionField}. */
    public int applyAllIfNewer(Class<?> type, String versionField, List<Change> changes) {
        Map<String, List<Change>> byId = new LinkedHashMap<>();
        for (Change change : changes) {
            List<Change> ofId = byId.computeIfAbsent(change.id(), id -> new ArrayList<>());
            if (ofId.isEmpty() || change.sourceVersion() > ofId.get(ofId.size() - 1).sourceVersion()) {
                ofId.add(change);
            }
        }
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, type);
        List<List<Change>> merged = new ArrayList<>();
        List<List<Change>> oneByOne = new ArrayList<>();
        byId.forEach((id, ofId) -> merge(ofId.stream().map(Change::update).toList()).ifPresentOrElse(update -> {
            bulk.upsert(query(notYetApplied(id, versionField, ofId.get(0).sourceVersion())),
                    update.set(versionField, ofId.get(ofId.size() - 1).sourceVersion()));
            merged.add(ofId);
        }, () -> oneByOne.add(ofId)));
        if (!merged.isEmpty()) {
            try {
                bulk.execute();
            } catch (DuplicateKeyException | BulkOperationException alreadyThere) {
                // some document already held one of these versions; one by one, what was written is a duplicate
                oneByOne.addAll(merged);
                merged.clear();
            }
        }
        for (List<Change> ofId : oneByOne) {
            ofId.forEach(c -> applyIfNewer(type, c.id(), versionField, c.sourceVersion(), c.update()));
        }
        return merged.size();
    }

    /**
     * One update with the effect of {@code updates} applied one after the other, when the operators allow it:
     * {@code $set} (the later value wins), {@code $setOnInsert} (the first wins), {@code $max} and {@code $min}
     * (the greater, the lesser). Empty when an update uses another operator or array filters, when values of a
     * {@code $max}/{@code $min} field cannot be compared, or when the merged paths would conflict (one field under
     * two operators, or a field and a path inside it), as one MongoDB update cannot express those.
     */
    public static Optional<Update> merge(List<Update> updates) {
        Map<String, Map<String, Object>> byOperator = new LinkedHashMap<>();
        for (Update update : updates) {
            if (update.hasArrayFilters()) {
                return Optional.empty();
            }
            for (Map.Entry<String, Object> operation : update.getUpdateObject().entrySet()) {
                if (!(operation.getValue() instanceof Document fields)) {
                    return Optional.empty();
                }
                Map<String, Object> merged = byOperator.computeIfAbsent(operation.getKey(), k -> new LinkedHashMap<>());
                for (Map.Entry<String, Object> field : fields.entrySet()) {
                    String key = field.getKey();
                    Object value = field.getValue();
                    switch (operation.getKey()) {
                        case "$set" -> merged.put(key, value);
                        case "$setOnInsert" -> merged.putIfAbsent(key, value);
                        case "$max", "$min" -> {
                            Object before = merged.get(key);
                            if (before == null) {
                                merged.put(key, value);
                            } else {
                                Integer order = compare(before, value);
                                if (order == null) {
                                    return Optional.empty();
                                }
                                boolean replace = operation.getKey().equals("$max") ? order < 0 : order > 0;
                                if (replace) {
                                    merged.put(key, value);
                                }
                            }
                        }
                        default -> {
                            return Optional.empty();
                        }
                    }
                }
            }
        }
        TreeSet<String> paths = new TreeSet<>();
        for (Map<String, Object> fields : byOperator.values()) {
            for (String path : fields.keySet()) {
                if (!paths.add(path)) {
                    return Optional.empty();
                }
            }
        }
        for (String path : paths) {
            String inside = paths.ceiling(path + ".");
            if (inside != null && inside.startsWith(path + ".")) {
                return Optional.empty();
            }
        }
        Update merged = new Update();
        byOperator.getOrDefault("$set", Map.of()).forEach(merged::set);
        byOperator.getOrDefault("$setOnInsert", Map.of()).forEach(merged::setOnInsert);
        byOperator.getOrDefault("$max", Map.of()).forEach(merged::max);
        byOperator.getOrDefault("$min", Map.of()).forEach(merged::min);
        return Optional.of(merged);
    }

    /** The order of two values of one field, or null when they are not comparable here. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Integer compare(Object a, Object b) {
        if (isWhole(a) && isWhole(b)) {
            return Long.compare(((Number) a).longValue(), ((Number) b).longValue());
        }
        if (a instanceof Comparable first && a.getClass() == b.getClass()) {
            return Integer.signum(first.compareTo(b));
        }
        return null;
    }

    private static boolean isWhole(Object value) {
        return value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte;
    }

    private static Criteria notYetApplied(String id, String versionField, long sourceVersion) {
        return where("_id").is(id).orOperator(where(versionField).lt(sourceVersion), where(versionField).exists(false));
    }
}
