package org.renewal.platform.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.h2.mvstore.WriteBuffer;
import org.junit.jupiter.api.Test;

/** The unique indexes' keys: ordered totally and as {@code equals} says, and read back as written. */
class IndexKeyTypeTest {

    private final IndexKeyType type = new IndexKeyType();

    private static List<KeyValue> keys() {
        List<KeyValue> keys = new ArrayList<>();
        Object[] values = {null, 1.0, 2.5, -0.5, 9_007_199_254_740_993L, "220302", "东风小区", "", true, false,
                Instant.parse("2026-12-03T08:00:00Z"), UUID.fromString("3f0e1c2a-5b6d-4e7f-8a9b-0c1d2e3f4a5b"),
                new ObjectId("5f1e2d3c4b5a697887766554"), new Document("a", 1.0).append("b", "x"),
                new Document("b", "x").append("a", 1.0), List.of("x", 2.0)};
        for (Object value : values) {
            keys.add(new KeyValue(new ArrayList<>(java.util.Collections.singletonList(value))));
        }
        keys.add(new KeyValue("220302", "220302001", "东风小区"));
        keys.add(new KeyValue("220302", "220302001", "西岗小区"));
        keys.add(new KeyValue("220302", "220302002", "东风小区"));
        return keys;
    }

    @Test
    void twoKeysCompareEqualExactlyWhenTheyAreEqual() {
        for (KeyValue a : keys()) {
            for (KeyValue b : keys()) {
                assertThat(type.compare(a, b) == 0).as("%s vs %s", a, b).isEqualTo(a.equals(b));
                assertThat(Integer.signum(type.compare(a, b))).as("%s vs %s", a, b)
                        .isEqualTo(-Integer.signum(type.compare(b, a)));
            }
        }
    }

    @Test
    void theOrderIsTransitive() {
        List<KeyValue> keys = keys();
        for (KeyValue a : keys) {
            for (KeyValue b : keys) {
                for (KeyValue c : keys) {
                    if (type.compare(a, b) < 0 && type.compare(b, c) < 0) {
                        assertThat(type.compare(a, c)).as("%s < %s < %s", a, b, c).isNegative();
                    }
                }
            }
        }
    }

    @Test
    void keysWithinAKindFollowTheirNaturalOrder() {
        assertThat(type.compare(new KeyValue("220302", "a"), new KeyValue("220302", "b"))).isNegative();
        assertThat(type.compare(new KeyValue(1.0), new KeyValue(2.5))).isNegative();
        assertThat(type.compare(new KeyValue("a"), new KeyValue("a", "b"))).isNegative();
    }

    @Test
    void everyKeyReadsBackEqual() {
        List<KeyValue> keys = keys();
        WriteBuffer buffer = new WriteBuffer();
        type.write(buffer, keys.toArray(), keys.size());
        assertReadsBackExactly(buffer, keys);
    }

    @Test
    void keysWrittenAsBsonDocumentsByAnEarlierVersionStillRead() {
        List<KeyValue> keys = keys();
        WriteBuffer buffer = new WriteBuffer();
        for (int i = 0; i < keys.size(); i++) {
            // a page holding keys of both forms, as a page written before the compact form and changed since
            if (i % 2 == 0) {
                writeAsBsonDocument(buffer, keys.get(i));
            } else {
                type.write(buffer, keys.get(i));
            }
        }
        assertReadsBackExactly(buffer, keys);
    }

    @Test
    void aKeyOfStringsTakesLittleMoreThanItsCharacters() {
        WriteBuffer buffer = new WriteBuffer();
        type.write(buffer, new KeyValue("220302", "220302001", "east"));
        // marker, count, then per value a tag, a length and the characters: no field names, no BSON framing
        assertThat(buffer.position()).isEqualTo(2 + 3 * 2 + 6 + 9 + 4);
    }

    /** Reading the buffer gives exactly {@code keys}, and nothing is left over. */
    private void assertReadsBackExactly(WriteBuffer buffer, List<KeyValue> keys) {
        ByteBuffer bytes = buffer.getBuffer().flip();
        KeyValue[] read = type.createStorage(keys.size());
        type.read(bytes, read, keys.size());

        assertThat(read).containsExactlyElementsOf(keys);
        assertThat(bytes.hasRemaining()).isFalse();
    }

    /** The form keys had until the compact one: a varint length, then a BSON document with fields "0", "1", …. */
    private static void writeAsBsonDocument(WriteBuffer buffer, KeyValue key) {
        Document document = new Document();
        for (int i = 0; i < key.size(); i++) {
            document.put(Integer.toString(i), key.get(i));
        }
        ByteBuf out = Unpooled.buffer();
        BsonEncoder.encodeDocument(document, out);
        byte[] bson = new byte[out.readableBytes()];
        out.readBytes(bson);
        buffer.putVarInt(bson.length).put(bson);
    }
}
