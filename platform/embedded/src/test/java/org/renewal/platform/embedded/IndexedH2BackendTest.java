package org.renewal.platform.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Queries naming {@code _id} with other fields answer exactly as MongoDB would, through the real driver. */
class IndexedH2BackendTest {

    @TempDir
    Path dir;

    @Test
    void aQueryByIdAndOtherFieldsMatchesTheOtherFieldsToo() {
        withStore(communities -> {
            assertThat(ids(communities.find(Filters.and(Filters.eq("_id", "a"), Filters.eq("version", 1L)))))
                    .containsExactly("a");
            assertThat(ids(communities.find(Filters.and(Filters.eq("_id", "a"), Filters.eq("version", 2L))))).isEmpty();
            assertThat(ids(communities.find(Filters.and(Filters.eq("_id", "nobody"), Filters.eq("version", 1L)))))
                    .isEmpty();
        });
    }

    @Test
    void anOptimisticUpdateChangesOnlyTheVersionItNamed() {
        withStore(communities -> {
            var first = communities.updateOne(Filters.and(Filters.eq("_id", "a"), Filters.eq("version", 1L)),
                    Updates.combine(Updates.set("name", "东风小区"), Updates.inc("version", 1L)));
            var stale = communities.updateOne(Filters.and(Filters.eq("_id", "a"), Filters.eq("version", 1L)),
                    Updates.set("name", "stale"));

            assertThat(first.getModifiedCount()).isEqualTo(1);
            assertThat(stale.getMatchedCount()).isZero();
            assertThat(communities.find(Filters.eq("_id", "a")).first()).containsEntry("name", "东风小区")
                    .containsEntry("version", 2L);
        });
    }

    @Test
    void anInListWithAFilterSortsSkipsAndLimitsAsAsked() {
        withStore(communities -> {
            var found = communities.find(Filters.and(Filters.in("_id", "a", "b", "c", "d"), Filters.eq("district", "220302")))
                    .sort(Sorts.descending("name")).skip(1).limit(1);
            assertThat(ids(found)).containsExactly("b");
            assertThat(communities.countDocuments(Filters.and(Filters.in("_id", "a", "b", "c", "d"),
                    Filters.eq("district", "220302")))).isEqualTo(3);
        });
    }

    @Test
    void afterARestartTheStoredDocumentsAreFoundTheSameWay() {
        withStore(communities -> { });
        withStore(communities -> {
            assertThat(communities.countDocuments()).isEqualTo(4);
            assertThat(ids(communities.find(Filters.and(Filters.eq("_id", "c"), Filters.eq("district", "220302")))))
                    .containsExactly("c");
        });
    }

    @Test
    void aStoreWrittenWithTheDefaultCacheOpensWithALargerOneAndFindsTheSameDocuments() {
        withStore(communities -> { });
        IndexedH2Backend larger = new IndexedH2Backend(dir.resolve("store.mv").toString(), 64);
        assertThat(larger.getMvStore().getCacheSize()).isEqualTo(64);
        MongoServer server = new MongoServer(larger);
        try (MongoClient client = MongoClients.create(server.bindAndGetConnectionString())) {
            MongoCollection<Document> communities = client.getDatabase("renewal").getCollection("communities");
            assertThat(ids(communities.find(Filters.and(Filters.in("_id", "b", "d"), Filters.eq("district", "220303")))))
                    .containsExactly("d");
            assertThat(communities.countDocuments()).isEqualTo(4);
        } finally {
            server.shutdownNow();
        }
    }

    @Test
    void aUniqueIndexRefusesADuplicateBeforeAndAfterARestartAndAcceptsItOnceTheFirstIsGone() {
        withStore(communities -> {
            communities.createIndex(Indexes.ascending("district", "name"), new IndexOptions().unique(true));
            assertThatThrownBy(() -> communities.insertOne(new Document("_id", "e").append("district", "220302")
                    .append("name", "a"))).isInstanceOfSatisfying(MongoWriteException.class,
                            e -> assertThat(e.getError().getCode()).isEqualTo(11000));
        });
        withStore(communities -> {
            assertThatThrownBy(() -> communities.insertOne(new Document("_id", "e").append("district", "220302")
                    .append("name", "b"))).isInstanceOf(MongoWriteException.class);
            communities.insertOne(new Document("_id", "e").append("district", "220303").append("name", "b"));
            communities.deleteOne(Filters.eq("_id", "a"));
            communities.insertOne(new Document("_id", "f").append("district", "220302").append("name", "a"));
            assertThat(ids(communities.find(Filters.and(Filters.eq("district", "220302"), Filters.eq("name", "a")))))
                    .containsExactly("f");
            assertThat(communities.countDocuments()).isEqualTo(5);
        });
    }

    @Test
    void aNewStoreIsStampedWithItsFormatAndReopens() {
        withStore(communities -> communities.insertOne(new Document("_id", "g")));
        withStore(communities -> assertThat(communities.countDocuments()).isEqualTo(5));
    }

    @Test
    void aFileOfAnOlderUnstampedFormatIsRefusedWithWhatToDo() {
        String file = dir.resolve("old.mv").toString();
        org.h2.mvstore.MVStore old = new org.h2.mvstore.MVStore.Builder().fileName(file).open();
        old.openMap("databases.renewal.communities").put("a", "a serialised Java object");
        old.close();

        assertThatThrownBy(() -> new IndexedH2Backend(file)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("delete the folder data/mongo").hasMessageContaining("format 1");
    }

    /** A store on this test's file with four communities (stored once), handed to {@code test}, then closed. */
    private void withStore(java.util.function.Consumer<MongoCollection<Document>> test) {
        IndexedH2Backend backend = new IndexedH2Backend(dir.resolve("store.mv").toString());
        MongoServer server = new MongoServer(backend);
        try (MongoClient client = MongoClients.create(server.bindAndGetConnectionString())) {
            MongoCollection<Document> communities = client.getDatabase("renewal").getCollection("communities");
            if (communities.countDocuments() == 0) {
                communities.insertMany(List.of(
                        new Document("_id", "a").append("version", 1L).append("name", "a").append("district", "220302"),
                        new Document("_id", "b").append("version", 1L).append("name", "b").append("district", "220302"),
                        new Document("_id", "c").append("version", 1L).append("name", "c").append("district", "220302"),
                        new Document("_id", "d").append("version", 1L).append("name", "d").append("district", "220303")));
            }
            test.accept(communities);
        } finally {
            server.shutdownNow();
        }
    }

    private static List<String> ids(Iterable<Document> documents) {
        List<String> ids = new ArrayList<>();
        documents.forEach(d -> ids.add(d.getString("_id")));
        return ids;
    }
}
