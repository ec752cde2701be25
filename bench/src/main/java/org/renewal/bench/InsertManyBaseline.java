package org.renewal.bench;

import java.util.ArrayList;
import java.util.List;

import com.mongodb.MongoException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.bson.RawBsonDocument;

/**
 * The raw baseline of the register import: the documents survey-service stored, read back as they
 * are and written again with nothing but the driver's {@code insertMany} into a scratch database on
 * the same store, in batches of {@code batch}. Only the inserts are timed; the scratch database is
 * dropped afterwards.
 *
 * <pre>InsertManyBaseline mongoUri sourceDatabase collection batch</pre>
 * prints {@code documents seconds documents_per_second}.
 */
public final class InsertManyBaseline {

    private InsertManyBaseline() {
    }

    /**
     * Every document of the collection. The development store's file (H2 MVStore) may fail a long read
     * while it reclaims old chunks ("Chunk … not found"); the read is then taken again, three times at most.
     */
    private static List<RawBsonDocument> read(MongoClient client, String database, String collection, int batch) {
        for (int attempt = 1; ; attempt++) {
            try {
                List<RawBsonDocument> documents = new ArrayList<>();
                client.getDatabase(database).getCollection(collection, RawBsonDocument.class).find().batchSize(batch)
                        .into(documents);
                return documents;
            } catch (MongoException e) {
                if (attempt == 3) {
                    throw e;
                }
                System.err.println("reading the stored documents failed, again: " + e);
            }
        }
    }

    public static void main(String[] args) {
        String uri = args[0];
        String source = args[1];
        String collection = args[2];
        int batch = Integer.parseInt(args[3]);
        try (MongoClient client = MongoClients.create(uri)) {
            List<RawBsonDocument> documents = read(client, source, collection, batch);
            String scratch = source + "-insertmany-baseline";
            client.getDatabase(scratch).drop();
            MongoCollection<RawBsonDocument> target = client.getDatabase(scratch)
                    .getCollection(collection, RawBsonDocument.class);
            long start = System.nanoTime();
            for (int from = 0; from < documents.size(); from += batch) {
                target.insertMany(documents.subList(from, Math.min(documents.size(), from + batch)));
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            client.getDatabase(scratch).drop();
            System.out.printf("%d %.2f %.0f%n", documents.size(), seconds, documents.size() / seconds);
        }
    }
}
