package org.renewal.platform.embedded;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;

/**
 * The keys of the development store's unique indexes (the library's {@link KeyValue}: the indexed fields' values,
 * normalised), kept in a compact form of their own and ordered without encoding them. H2's default type orders an
 * object that is not {@link Comparable} — {@code KeyValue} is not — by serialising both sides with Java
 * serialisation at every comparison of a lookup: at national scale that was two fifths of the store's CPU
 * (docs/performance.md, change 11).
 *
 * <p>The order is total and agrees with {@link KeyValue#equals}, which is all a unique index needs: value by
 * value, first by kind (null, double, long, string, boolean, instant, UUID, then anything else by class), then
 * within a kind by its natural order; values of other kinds (documents, lists, object ids, binary) by their BSON
 * bytes, so two documents are one key only with the same fields in the same order — as in MongoDB.
 */
final class IndexKeyType extends BasicDataType<KeyValue> {

    /**
     * Marks a key in the compact form. A key in the earlier form starts with the varint length of a BSON document,
     * at least 5, so its first byte is never 1.
     */
    private static final byte COMPACT = 1;
    private static final byte NULL = 0;
    private static final byte STRING = 1;
    private static final byte DOUBLE = 2;
    private static final byte LONG = 3;
    private static final byte TRUE = 4;
    private static final byte FALSE = 5;
    private static final byte UUID_VALUE = 6;
    private static final byte INSTANT = 7;
    private static final byte OTHER = 8;

    private static final List<Class<?>> KINDS = List.of(Double.class, Long.class, String.class, Boolean.class,
            Instant.class, UUID.class);

    @Override
    public int compare(KeyValue a, KeyValue b) {
        int size = Math.min(a.size(), b.size());
        for (int i = 0; i < size; i++) {
            int c = compareValues(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compareValues(Object a, Object b) {
        if (a == b) {
            return 0;
        }
        int kind = kind(a);
        int c = Integer.compare(kind, kind(b));
        if (c != 0) {
            return c;
        }
        if (kind < 0) {
            return 0;
        }
        if (kind < KINDS.size()) {
            return ((Comparable) a).compareTo(b);
        }
        c = a.getClass().getName().compareTo(b.getClass().getName());
        return c != 0 ? c : Arrays.compareUnsigned(bson(List.of(a)), bson(List.of(b)));
    }

    /** -1 for null, the index in {@link #KINDS}, or past them for any other kind of value. */
    private static int kind(Object value) {
        if (value == null) {
            return -1;
        }
        int kind = KINDS.indexOf(value.getClass());
        return kind >= 0 ? kind : KINDS.size();
    }

    @Override
    public int getMemory(KeyValue key) {
        int memory = 48;
        for (Object value : key) {
            memory += value instanceof String text ? 48 + 2 * text.length() : 32;
        }
        return memory;
    }

    /**
     * Writes the key in the compact form: a marker, the number of values, then each value as a tag and its plain
     * bytes (a string as H2 writes strings, a UUID as two longs); values of other kinds as BSON. Writing each key as a
     * BSON document (as until 2026-12-03) cost most of this type's share of the store's CPU during an import
     * (docs/performance.md, change 12); keys written that way still read.
     */
    @Override
    public void write(WriteBuffer buffer, KeyValue key) {
        buffer.put(COMPACT).putVarInt(key.size());
        for (Object value : key) {
            writeValue(buffer, value);
        }
    }

    private static void writeValue(WriteBuffer buffer, Object value) {
        if (value == null) {
            buffer.put(NULL);
        } else if (value instanceof String text) {
            buffer.put(STRING).putVarInt(text.length()).putStringData(text, text.length());
        } else if (value instanceof Double number) {
            buffer.put(DOUBLE).putDouble(number);
        } else if (value instanceof Long number) {
            buffer.put(LONG).putVarLong(number);
        } else if (value instanceof Boolean flag) {
            buffer.put(flag ? TRUE : FALSE);
        } else if (value instanceof UUID uuid) {
            buffer.put(UUID_VALUE).putLong(uuid.getMostSignificantBits()).putLong(uuid.getLeastSignificantBits());
        } else if (value instanceof Instant instant) {
            buffer.put(INSTANT).putVarLong(instant.getEpochSecond()).putVarInt(instant.getNano());
        } else {
            byte[] bytes = bson(List.of(value));
            buffer.put(OTHER).putVarInt(bytes.length).put(bytes);
        }
    }

    @Override
    public KeyValue read(ByteBuffer buffer) {
        if (buffer.get(buffer.position()) != COMPACT) {
            return readBson(buffer);
        }
        buffer.get();
        int size = DataUtils.readVarInt(buffer);
        List<Object> values = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            values.add(readValue(buffer));
        }
        return new KeyValue(values);
    }

    private static Object readValue(ByteBuffer buffer) {
        byte tag = buffer.get();
        return switch (tag) {
            case NULL -> null;
            case STRING -> DataUtils.readString(buffer, DataUtils.readVarInt(buffer));
            case DOUBLE -> buffer.getDouble();
            case LONG -> DataUtils.readVarLong(buffer);
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            case UUID_VALUE -> new UUID(buffer.getLong(), buffer.getLong());
            case INSTANT -> Instant.ofEpochSecond(DataUtils.readVarLong(buffer), DataUtils.readVarInt(buffer));
            case OTHER -> readBson(buffer).get(0);
            default -> throw new IllegalStateException("index key value of unknown tag " + tag);
        };
    }

    /** A key (or, for {@link #OTHER}, one value) as a length-prefixed BSON document with fields "0", "1", …. */
    private static KeyValue readBson(ByteBuffer buffer) {
        Document values = BsonDecoder.decodeBson(BsonDocumentType.lengthPrefixed(buffer));
        return new KeyValue(new ArrayList<>(values.values()));
    }

    @Override
    public KeyValue[] createStorage(int size) {
        return new KeyValue[size];
    }

    /** The values as one BSON document whose fields are "0", "1", … in order. */
    private static byte[] bson(List<Object> values) {
        Document document = new Document();
        for (int i = 0; i < values.size(); i++) {
            document.put(Integer.toString(i), values.get(i));
        }
        ByteBuf out = Unpooled.buffer(64);
        try {
            BsonEncoder.encodeDocument(document, out);
            byte[] bytes = new byte[out.readableBytes()];
            out.readBytes(bytes);
            return bytes;
        } finally {
            out.release();
        }
    }
}
