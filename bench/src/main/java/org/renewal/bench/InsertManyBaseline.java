package org.renewal.bench;

import java.util.ArrayList;
import java.util.List;

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

    public static void main(String[] args) {
        String uri = args[0];
        String source = args[1];
        String collection = args[2];
        int batch = Integer.parseInt(args[3]);
        try (MongoClient client = MongoClients.create(uri)) {
            List<RawBsonDocument> documents = new ArrayList<>();
            client.getDatabase(source).getCollection(collection, RawBsonDocument.class).find().batchSize(batch)
                    .into(documents);
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
