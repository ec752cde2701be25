package org.renewal.platform.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import org.bson.Document;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scan of a whole collection answers while other clients write, the store commits new versions and compacts its
 * file — at national scale the background writer did this under the outbox's sweeps and the listings, and the
 * scans failed with H2's {@code Chunk … not found} (docs/performance.md). The stores here free a dead chunk at once
 * (no retention time, no versions kept beyond those in use), so what took minutes of load there takes a second.
 */
class ScanWhileWritingTest {

    private static final int COMMUNITIES = 20_000;

    @TempDir
    Path dir;

    /** Half of every page rewritten, then read from the file while other writes commit and compact it. */
    @Test
    void aReadHeldByTheBackendReadsToTheEndWhileTheFileIsRewrittenUnderIt() {
        String file = dir.resolve("held.mv").toString();
        int entries = 4_000;
        IndexedH2Backend writing = new IndexedH2Backend(file, 1);
        MVMap<String, String> written = writing.getMvStore().openMap("data");
        for (int i = 0; i < entries; i++) {
            written.put("k" + i, "value " + i + " ".repeat(40));
            if (i % 500 == 0) {
                writing.getMvStore().commit();
            }
        }
        for (int i = 0; i < entries; i += 2) {
            written.put("k" + i, "second value " + i + " ".repeat(40));
            if (i % 500 == 0) {
                writing.getMvStore().commit();
            }
        }
        writing.close();

        IndexedH2Backend backend = new IndexedH2Backend(file, 1);
        MVStore store = backend.getMvStore();
        store.setRetentionTime(0);
        store.setVersionsToKeep(0);
        MVMap<String, String> data = store.openMap("data");
        MVMap<String, String> other = store.openMap("other");
        try {
            int read = backend.holdingCurrentVersion(() -> {
                int n = 0;
                for (Iterator<String> values = data.values().iterator(); values.hasNext(); values.next()) {
                    if (++n % 500 == 0) {
                        other.put("tick", Integer.toString(n));
                        store.commit();
                        store.compact(95, 16 * 1024 * 1024);
                    }
                }
                return n;
            });
            assertThat(read).isEqualTo(entries);
        } finally {
            backend.close();
        }
    }

    /** Counts that scan 20,000 communities, through the real driver, while another database is written. */
    @Test
    void aFullScanAnswersWhileTheStoreIsWrittenCommittedAndCompacted() throws Exception {
        IndexedH2Backend backend = new IndexedH2Backend(dir.resolve("store.mv").toString(), 1);
        MVStore store = backend.getMvStore();
        store.setRetentionTime(0);
        store.setVersionsToKeep(0);
        MongoServer server = new MongoServer(backend);
        String uri = server.bindAndGetConnectionString();
        AtomicBoolean scanning = new AtomicBoolean(true);
        AtomicReference<Throwable> writerFailed = new AtomicReference<>();
        try (MongoClient client = MongoClients.create(uri)) {
            MongoCollection<Document> communities = client.getDatabase("renewal").getCollection("communities");
            MongoCollection<Document> readModel = client.getDatabase("plan").getCollection("communities");
            List<Document> batch = new ArrayList<>();
            for (int i = 0; i < COMMUNITIES; i++) {
                batch.add(new Document("_id", "c" + i).append("district", "220302").append("buildings", i % 7)
                        .append("name", "小区" + i + " ".repeat(200)));
                if (batch.size() == 1_000) {
                    communities.insertMany(batch);
                    batch.clear();
                    store.commit();
                }
            }
            Thread writer = new Thread(() -> {
                try {
                    while (scanning.get()) {
                        readModel.updateOne(Filters.eq("_id", "c" + ThreadLocalRandom.current().nextInt(COMMUNITIES)),
                                Updates.inc("version", 1L), new UpdateOptions().upsert(true));
                        store.commit();
                        store.compact(95, 1024 * 1024);
                    }
                } catch (Throwable e) {
                    writerFailed.set(e);
                }
            }, "writer");
            writer.start();
            try {
                long until = System.nanoTime() + 3_000_000_000L;
                int scans = 0;
                while (System.nanoTime() < until || scans < 3) {
                    assertThat(communities.countDocuments(Filters.eq("district", "220302"))).isEqualTo(COMMUNITIES);
                    scans++;
                }
            } finally {
                scanning.set(false);
                writer.join();
            }
            assertThat(writerFailed.get()).isNull();
        } finally {
            server.shutdownNow();
        }
    }
}
