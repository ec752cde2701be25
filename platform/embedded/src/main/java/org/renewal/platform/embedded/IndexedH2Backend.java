package org.renewal.platform.embedded;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * mongo-java-server's H2 file backend, answering every query that names {@code _id} (a value or
 * {@code $in}) through the primary index, as MongoDB does: the library uses an index only when the
 * query names exactly that index's fields, so {@code {_id: x, version: 3}} (every optimistic update,
 * every read-model write guarded by a version) scanned the whole collection and the suite slowed down
 * as the store grew. The other fields are still matched on the documents the index finds.
 *
 * <p>Built on the library's protected extension points (mongo-java-server 1.47: the database and
 * collection classes and the names of their MVStore maps); a version change is checked by
 * {@code IndexedH2BackendTest}.
 */
public class IndexedH2Backend extends H2Backend {

    public IndexedH2Backend(String fileName) {
        super(fileName);
    }

    /**
     * The store in {@code fileName} with a page cache of {@code cacheSizeMb} (H2's default is 16 MB: at national
     * scale most reads then missed it and deserialised whole pages from the file again).
     */
    public IndexedH2Backend(String fileName, int cacheSizeMb) {
        super(new MVStore.Builder().fileName(fileName).cacheSize(cacheSizeMb).open());
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new Database(databaseName, getMvStore(), getCursorRegistry());
    }

    /** A database whose collections are {@link IdIndexedCollection}s (same maps as the library's). */
    private final class Database extends H2Database {

        Database(String name, MVStore store, CursorRegistry cursors) {
            super(name, store, cursors);
        }

        @Override
        protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
            String fullName = getFullCollectionNamespace(collectionName);
            MVStore store = getMvStore();
            return new IdIndexedCollection(this, collectionName, options, store.openMap("databases." + fullName),
                    store.openMap("meta." + fullName), cursorRegistry);
        }
    }

    static final class IdIndexedCollection extends H2Collection {

        IdIndexedCollection(MongoDatabase database, String name, CollectionOptions options,
                            MVMap<Object, Document> data, MVMap<String, Object> meta, CursorRegistry cursors) {
            super(database, name, options, data, meta, cursors);
        }

        @Override
        protected QueryResult queryDocuments(Document query, Document orderBy, int skip, int limit, int batchSize,
                                             Document fieldSelector) {
            Object id = query.get("_id");
            if (id != null && query.size() > 1) {
                Document byId = new Document("_id", id);
                for (Index<Object> index : getIndexes()) {
                    if (index.getKeys().size() == 1 && index.getKeys().get(0).getKey().equals("_id")
                            && index.canHandle(byId)) {
                        return matchDocuments(query, index.getPositions(byId), orderBy, skip, limit, batchSize,
                                fieldSelector);
                    }
                }
            }
            return super.queryDocuments(query, orderBy, skip, limit, batchSize, fieldSelector);
        }
    }
}
