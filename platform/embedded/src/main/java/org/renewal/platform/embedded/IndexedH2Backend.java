package org.renewal.platform.embedded;

import java.util.List;
import java.util.function.Supplier;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MongoQuery;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * mongo-java-server's H2 file backend, answering every query that names {@code _id} (a value or
 * {@code $in}) through the primary index, as MongoDB does: the library uses an index only when the
 * query names exactly that index's fields, so {@code {_id: x, version: 3}} (every optimistic update,
 * every read-model write guarded by a version) scanned the whole collection and the suite slowed down
 * as the store grew. The other fields are still matched on the documents the index finds.
 *
 * <p>Documents are kept as BSON ({@link BsonDocumentType}) and unique indexes ordered without serialising their keys
 * ({@link IndexKeyType}), not as serialised Java objects.
 *
 * <p>Every command holds the store version it started on until it ends ({@link #holdingCurrentVersion}), so a
 * long scan is not cut short by the background writer compacting the file under it.
 *
 * <p>Frozen (ADR 14): the file is stamped with its {@link StoreFormat}, and a file of another format is refused
 * with an instruction to delete it, never migrated.
 *
 * <p>Built on the library's protected extension points (mongo-java-server 1.47: the database and
 * collection classes and the names of their MVStore maps); a version change is checked by
 * {@code IndexedH2BackendTest}.
 */
public class IndexedH2Backend extends H2Backend {

    public IndexedH2Backend(String fileName) {
        this(fileName, 16);
    }

    /**
     * The store in {@code fileName} with a page cache of {@code cacheSizeMb} (H2's default is 16 MB: at national
     * scale most reads then missed it and deserialised whole pages from the file again).
     */
    public IndexedH2Backend(String fileName, int cacheSizeMb) {
        super(StoreFormat.checked(new MVStore.Builder().fileName(fileName).cacheSize(cacheSizeMb).open(), fileName));
    }

    /**
     * Handles a command while holding the store's current version (below, {@link #holdingCurrentVersion}): a scan
     * answers from the version it started on, however long it takes.
     */
    @Override
    public Document handleMessage(MongoMessage message) {
        return holdingCurrentVersion(() -> super.handleMessage(message));
    }

    /** A query of the legacy wire protocol, held the same way as {@link #handleMessage}. */
    @Override
    public QueryResult handleQuery(MongoQuery query) {
        return holdingCurrentVersion(() -> super.handleQuery(query));
    }

    /**
     * Runs {@code operation} with the store's current version registered as in use, so the store frees none of
     * the file's chunks that version still reads until the operation ends — what H2's own transactions do. Without
     * it a long scan (a listing, a count, the outbox's sweep) read pages of a version the background writer had
     * already moved on from: once the writer had committed a few versions and compacted the file, the chunks those
     * pages were in were freed and the scan failed with {@code MVStoreException: Chunk … not found}
     * (docs/performance.md, National scale; h2database/h2database#4383, #4218). The library registers nothing for
     * its own reads.
     */
    <T> T holdingCurrentVersion(Supplier<T> operation) {
        MVStore store = getMvStore();
        MVStore.TxCounter held = store.registerVersionUsage();
        try {
            return operation.get();
        } finally {
            store.deregisterVersionUsage(held);
        }
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
            MVMap<Object, Document> documents = store.openMap("databases." + fullName,
                    new MVMap.Builder<Object, Document>().valueType(new BsonDocumentType()));
            return new IdIndexedCollection(this, collectionName, options, documents, store.openMap("meta." + fullName),
                    cursorRegistry);
        }

        /** A unique index whose keys are ordered by {@link IndexKeyType}, in a map of its own name. */
        @Override
        protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
                                                        boolean sparse) {
            MVStore store = getMvStore();
            MVMap<KeyValue, Object> positions = store.openMap(keysMap(collectionName, indexName),
                    new MVMap.Builder<KeyValue, Object>().keyType(new IndexKeyType()));
            return new UniqueKeyIndex(positions, indexName, keys, sparse);
        }

        @Override
        protected void dropIndex(MongoCollection<Object> collection, String indexName) {
            super.dropIndex(collection, indexName);
            getMvStore().removeMap(keysMap(collection.getCollectionName(), indexName));
        }

        private String keysMap(String collectionName, String indexName) {
            return getFullCollectionNamespace(collectionName) + "._keys_" + indexName;
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
