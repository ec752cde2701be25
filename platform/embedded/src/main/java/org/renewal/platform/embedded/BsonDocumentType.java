package org.renewal.platform.embedded;

import java.nio.ByteBuffer;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;

/**
 * How the development store keeps a document in its file: as BSON, the encoding the library already uses on the
 * wire, instead of H2's default of Java serialisation. Java serialisation of documents was most of the store's
 * CPU at national scale (docs/performance.md, change 11): every page read from the file is decoded whole and every
 * page changed is encoded whole again.
 *
 * <p>A document this type wrote starts with {@link #BSON}; a value that does not was written by an older store
 * (H2's Java serialisation), which {@link StoreFormat} refuses before any document is read.
 */
final class BsonDocumentType extends BasicDataType<Document> {

    /** The first byte of a value this type wrote; H2's {@code ObjectDataType} never starts a value with it. */
    static final byte BSON = (byte) 0xB5;

    /**
     * What a document takes in the page cache, in bytes per byte of its BSON: the decoded maps, strings and boxed
     * numbers are several times their encoding. H2's own estimate for a serialised object is twice its serialised
     * length, about this for documents; the store's cache therefore holds as many documents as before. Measured on
     * a national import's documents they take 4.3–6.8 times their BSON length on the heap (docs/performance.md,
     * change 12), so a cache of {@code n} MB takes up to about {@code 1.7 n} MB of heap.
     */
    private static final int MEMORY_PER_BYTE = 4;

    /** A moving average of {@link #getMemory}, as H2 keeps for serialised objects (measuring each would encode it). */
    private volatile int averageMemory = 4_096;

    @Override
    public int getMemory(Document document) {
        return averageMemory;
    }

    @Override
    public void write(WriteBuffer buffer, Document document) {
        ByteBuf bson = Unpooled.buffer(256);
        try {
            BsonEncoder.encodeDocument(document, bson);
            int length = bson.readableBytes();
            observe(length);
            buffer.put(BSON).putVarInt(length).put(bson.nioBuffer());
        } finally {
            bson.release();
        }
    }

    @Override
    public Document read(ByteBuffer buffer) {
        if (buffer.get(buffer.position()) != BSON) {
            throw new IllegalStateException("a document not written as BSON: the store's file is of an older format "
                    + "(delete data/mongo)");
        }
        buffer.get();
        ByteBuf bson = lengthPrefixed(buffer);
        observe(bson.readableBytes());
        return BsonDecoder.decodeBson(bson);
    }

    /**
     * The next value of {@code buffer} — a varint length, then that many bytes — as a buffer over those bytes (not a
     * copy); {@code buffer} moves past it.
     */
    static ByteBuf lengthPrefixed(ByteBuffer buffer) {
        int length = DataUtils.readVarInt(buffer);
        ByteBuffer slice = buffer.slice();
        slice.limit(length);
        buffer.position(buffer.position() + length);
        return Unpooled.wrappedBuffer(slice);
    }

    @Override
    public Document[] createStorage(int size) {
        return new Document[size];
    }

    private void observe(int length) {
        averageMemory = (int) ((length * (long) MEMORY_PER_BYTE + 15L * averageMemory) / 16);
    }
}
