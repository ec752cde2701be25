package org.renewal.platform.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import de.bwaldvogel.mongo.bson.Decimal128;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;
import org.junit.jupiter.api.Test;

/** The store's documents as BSON: what is written is read back the same, and documents written before still read. */
class BsonDocumentTypeTest {

    private final BsonDocumentType type = new BsonDocumentType();

    @Test
    void aDocumentWithEveryKindOfValueTheSuiteStoresReadsBackEqualAndInOrder() {
        Document community = community();

        Document read = type.read(written(community));

        assertThat(read).isEqualTo(community);
        assertThat(new ArrayList<>(read.keySet())).containsExactlyElementsOf(community.keySet());
        assertThat(read.get("version")).isInstanceOf(Long.class);
        assertThat(read.get("floors")).isInstanceOf(Integer.class);
    }

    @Test
    void documentsOneAfterAnotherInOnePageReadBackInTurn() {
        Document first = community();
        Document second = new Document("_id", "second").append("name", "西岗小区");
        WriteBuffer buffer = new WriteBuffer();
        type.write(buffer, new Document[] {first, second}, 2);
        ByteBuffer bytes = buffer.getBuffer().flip();

        Document[] read = type.createStorage(2);
        type.read(bytes, read, 2);

        assertThat(read).containsExactly(first, second);
        assertThat(bytes.hasRemaining()).isFalse();
    }

    @Test
    void aDocumentOfAnOlderFormatIsRefusedNotMisread() {
        WriteBuffer buffer = new WriteBuffer();
        new ObjectDataType().write(buffer, community());
        ByteBuffer bytes = buffer.getBuffer().flip();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> type.read(bytes))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("delete data/mongo");
    }

    @Test
    void aDocumentIsWrittenSmallerThanAsASerialisedJavaObject() {
        WriteBuffer bson = new WriteBuffer();
        type.write(bson, community());
        WriteBuffer java = new WriteBuffer();
        new ObjectDataType().write(java, community());

        assertThat(bson.position()).isLessThan(java.position());
        assertThat(bson.getBuffer().get(0)).isEqualTo(BsonDocumentType.BSON);
    }

    private ByteBuffer written(Document document) {
        WriteBuffer buffer = new WriteBuffer();
        type.write(buffer, document);
        return buffer.getBuffer().flip();
    }

    private static Document community() {
        List<Object> buildings = new ArrayList<>();
        buildings.add(new Document("number", "1").append("floors", 6).append("floorArea", new Decimal128(1234L, 0L)));
        buildings.add(new Document("number", "2").append("floors", 5).append("demolished", null));
        return new Document("_id", "9b1c2f4e-0000-3000-8000-000000000001")
                .append("name", "铁西区东风小区")
                .append("version", 7L)
                .append("floors", 6)
                .append("urgency", 0.75)
                .append("eligible", true)
                .append("registeredAt", Instant.parse("2026-12-03T08:15:30.123Z"))
                .append("objectId", new ObjectId())
                .append("key", UUID.fromString("3f0e1c2a-5b6d-4e7f-8a9b-0c1d2e3f4a5b"))
                .append("facilityDeficiencies", List.of("ROOF_LEAKING", "ROADS_DAMAGED"))
                .append("buildings", buildings)
                .append("location", new Document("latitude", 41.79).append("longitude", 123.43))
                .append("pendingEvents", List.of());
    }
}
