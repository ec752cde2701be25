package org.renewal.platform.consumer;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
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

    /**
     * Applies {@code update} to document {@code id} (creating it if absent) unless it already holds
     * {@code sourceVersion} or a newer one.
     *
     * @return true when applied, false when the event was a duplicate or older
     */
    public boolean applyIfNewer(Class<?> type, String id, long sourceVersion, Update update) {
        var notYetApplied = where("_id").is(id).orOperator(
                where(SOURCE_VERSION).lt(sourceVersion), where(SOURCE_VERSION).exists(false));
        try {
            var result = mongo.upsert(query(notYetApplied), update.set(SOURCE_VERSION, sourceVersion), type);
            return result.getModifiedCount() > 0 || result.getUpsertedId() != null;
        } catch (DuplicateKeyException alreadyNewer) {
            // the document exists with this or a newer version: the upsert tried to insert a second one
            return false;
        }
    }

}
