package org.renewal.platform.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.renewal.platform.WireProtocolMongo;

/** Against the MongoDB wire-protocol server through the real driver. */
class ReadModelUpdatesIT {

    private static WireProtocolMongo store;
    private static MongoTemplate mongo;
    private final ReadModelUpdates updates = new ReadModelUpdates(mongo);

    @BeforeAll
    static void start() {
        store = WireProtocolMongo.start("read-model-test");
        mongo = store.template();
    }

    @AfterAll
    static void stop() {
        store.close();
    }

    @Test
    void appliesTheFirstEventAndCreatesTheDocument() {
        assertThat(updates.applyIfNewer(View.class, "a", 1, new Update().set("name", "v1"))).isTrue();

        assertThat(doc("a")).containsEntry("name", "v1").containsEntry("sourceVersion", 1L);
    }

    @Test
    void aDuplicateChangesNothing() {
        updates.applyIfNewer(View.class, "b", 1, new Update().set("name", "v1"));

        boolean applied = updates.applyIfNewer(View.class, "b", 1, new Update().set("name", "tampered"));

        assertThat(applied).isFalse();
        assertThat(doc("b")).containsEntry("name", "v1");
    }

    @Test
    void anOlderEventArrivingLateChangesNothing() {
        updates.applyIfNewer(View.class, "c", 3, new Update().set("name", "v3"));

        boolean applied = updates.applyIfNewer(View.class, "c", 2, new Update().set("name", "v2"));

        assertThat(applied).isFalse();
        assertThat(doc("c")).containsEntry("name", "v3").containsEntry("sourceVersion", 3L);
    }

    @Test
    void aNewerEventIsApplied() {
        updates.applyIfNewer(View.class, "d", 1, new Update().set("name", "v1"));

        assertThat(updates.applyIfNewer(View.class, "d", 2, new Update().set("name", "v2"))).isTrue();
        assertThat(doc("d")).containsEntry("name", "v2").containsEntry("sourceVersion", 2L);
        assertThat(mongo.getCollection("views").countDocuments(new Document("_id", "d"))).isEqualTo(1);
    }

    @Test
    void aBatchMergesTheChangesOfADocumentIntoOneWriteWithTheSameOutcomeAsOneByOne() {
        List<ReadModelUpdates.Change> batch = List.of(
                new ReadModelUpdates.Change("m1", 1, new Update().set("name", "v1").set("district", "220302")
                        .setOnInsert("firstSeen", "v1").max("stage", 1)),
                new ReadModelUpdates.Change("m2", 4, new Update().set("name", "other")),
                new ReadModelUpdates.Change("m1", 2, new Update().set("name", "v2").setOnInsert("firstSeen", "v2")
                        .max("stage", 3)),
                new ReadModelUpdates.Change("m1", 3, new Update().set("reserve", true).max("stage", 2)));

        assertThat(updates.applyAllIfNewer(View.class, batch)).isEqualTo(2);

        for (ReadModelUpdates.Change c : batch) {
            updates.applyIfNewer(View.class, "s" + c.id(), c.sourceVersion(), c.update());
        }
        Document merged = doc("m1");
        Document oneByOne = doc("sm1");
        merged.remove("_id");
        oneByOne.remove("_id");
        assertThat(merged).isEqualTo(oneByOne).containsEntry("name", "v2").containsEntry("firstSeen", "v1")
                .containsEntry("stage", 3).containsEntry("reserve", true).containsEntry("sourceVersion", 3L);
        assertThat(doc("m2")).containsEntry("name", "other").containsEntry("sourceVersion", 4L);
    }

    @Test
    void aRedeliveredBatchChangesOnlyWhatIsNewer() {
        updates.applyIfNewer(View.class, "r1", 1, new Update().set("name", "v1"));
        updates.applyIfNewer(View.class, "r1", 2, new Update().set("name", "v2").set("area", "100"));

        updates.applyAllIfNewer(View.class, List.of(
                // (as a merged write, the area would go back to 1: what was applied must not be applied again)
                new ReadModelUpdates.Change("r1", 1, new Update().set("name", "v1").set("area", "1")),
                new ReadModelUpdates.Change("r1", 2, new Update().set("name", "v2")),
                new ReadModelUpdates.Change("r1", 3, new Update().set("name", "v3")),
                new ReadModelUpdates.Change("r2", 1, new Update().set("name", "new"))));

        assertThat(doc("r1")).containsEntry("name", "v3").containsEntry("area", "100").containsEntry("sourceVersion", 3L);
        assertThat(doc("r2")).containsEntry("name", "new");
        assertThat(mongo.getCollection("views").countDocuments(new Document("_id", "r1"))).isEqualTo(1);
    }

    @Test
    void aDuplicateOrOlderChangeLaterInTheBatchChangesNothing() {
        updates.applyAllIfNewer(View.class, List.of(
                new ReadModelUpdates.Change("o1", 2, new Update().set("name", "v2")),
                new ReadModelUpdates.Change("o1", 2, new Update().set("name", "replayed")),
                new ReadModelUpdates.Change("o1", 1, new Update().set("name", "late"))));

        assertThat(doc("o1")).containsEntry("name", "v2").containsEntry("sourceVersion", 2L);
    }

    @Test
    void changesThatCannotBeMergedAreAppliedOneByOne() {
        int merged = updates.applyAllIfNewer(View.class, List.of(
                new ReadModelUpdates.Change("i1", 1, new Update().inc("count", 1)),
                new ReadModelUpdates.Change("i1", 2, new Update().inc("count", 1))));

        assertThat(merged).isZero();
        assertThat(doc("i1")).containsEntry("count", 2).containsEntry("sourceVersion", 2L);
    }

    @Test
    void onlyUpdatesOneMongoDbUpdateCanExpressAreMerged() {
        assertThat(ReadModelUpdates.merge(List.of(new Update().max("stage", 2), new Update().max("stage", 5L),
                new Update().min("low", 4), new Update().min("low", 3)))).get()
                .extracting(Update::getUpdateObject).isEqualTo(new Document("$max", new Document("stage", 5L))
                        .append("$min", new Document("low", 3)));
        assertThat(ReadModelUpdates.merge(List.of(new Update().set("tally", 1), new Update().set("tally.items", 2))))
                .as("a field and a path inside it").isEmpty();
        assertThat(ReadModelUpdates.merge(List.of(new Update().set("stage", 1), new Update().max("stage", 2))))
                .as("one field under two operators").isEmpty();
        assertThat(ReadModelUpdates.merge(List.of(new Update().addToSet("late", "a")))).isEmpty();
        assertThat(ReadModelUpdates.merge(List.of(new Update().max("when", "2026"), new Update().max("when", 3))))
                .as("values of different kinds").isEmpty();
        assertThat(ReadModelUpdates.merge(List.of(new Update().set("tally", 1), new Update().set("tallyDate", 2))))
                .as("a field whose name begins like another's").isPresent();
    }

    /** A read model as services keep them. */
    @org.springframework.data.mongodb.core.mapping.Document("views")
    record View(String id, String name, long sourceVersion) {
    }

    private Document doc(String id) {
        return mongo.getCollection("views").find(new Document("_id", id)).first();
    }
}
