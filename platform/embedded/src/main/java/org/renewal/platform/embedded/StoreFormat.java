package org.renewal.platform.embedded;

import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * The development store's file format, stamped in the file. The store is frozen (ADR 14): it reads only files of
 * its own format. A file of another format — or one written before formats were stamped — is refused with a plain
 * instruction, never migrated: it holds development data only, and data that must be kept belongs in a real MongoDB
 * ({@code MONGODB_URI}). Meant for a district's register on one machine (tens of thousands of communities).
 */
final class StoreFormat {

    /** Documents as BSON ({@link BsonDocumentType}), unique indexes by {@link IndexKeyType}. */
    static final int CURRENT = 2;

    private static final String MAP = "renewal.store";
    private static final String KEY = "format";

    private StoreFormat() {
    }

    /**
     * Stamps a new store; refuses (and closes) a store of another (or no) format that already holds data, before
     * anything reads its documents.
     */
    static MVStore checked(MVStore store, String file) {
        try {
            check(store, file);
            return store;
        } catch (IllegalStateException refused) {
            store.close();
            throw refused;
        }
    }

    private static void check(MVStore store, String file) {
        boolean empty = store.getMapNames().stream().noneMatch(name -> !name.equals(MAP));
        MVMap<String, Integer> meta = store.openMap(MAP);
        Integer format = meta.get(KEY);
        if (format == null && empty) {
            meta.put(KEY, CURRENT);
            store.commit();
            return;
        }
        if (format == null || format != CURRENT) {
            throw new IllegalStateException("The development store " + file + " was written in format "
                    + (format == null ? "1 (before formats were stamped)" : format) + "; this version reads format "
                    + CURRENT + " only. It holds development data: stop the suite, delete the folder data/mongo and "
                    + "start ./run.sh again (./run.sh --demo loads the demo programme). Data that must be kept "
                    + "belongs in a real MongoDB: set MONGODB_URI.");
        }
    }
}
