package org.renewal.bench;

import java.util.ArrayList;
import java.util.List;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonValue;
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
     * Every document of the collection: first the ids, then the documents a batch of ids at a time through
     * the primary index (the development store holds a query's whole answer in memory, so one read of
     * every document would take as much memory as the collection).
     */
    private static List<RawBsonDocument> read(MongoClient client, String database, String collection, int batch) {
        MongoCollection<RawBsonDocument> source = client.getDatabase(database).getCollection(collection,
                RawBsonDocument.class);
        List<BsonValue> ids = new ArrayList<>();
        source.find().projection(new BsonDocument("_id", new BsonInt32(1))).batchSize(batch)
                .forEach(d -> ids.add(d.get("_id")));
        List<RawBsonDocument> documents = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += batch) {
            source.find(new BsonDocument("_id", new BsonDocument("$in",
                    new BsonArray(ids.subList(from, Math.min(ids.size(), from + batch)))))).into(documents);
        }
        return documents;
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
