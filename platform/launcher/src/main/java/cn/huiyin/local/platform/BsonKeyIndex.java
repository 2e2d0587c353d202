package cn.huiyin.local.platform;

import de.bwaldvogel.mongo.backend.AbstractUniqueIndex;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.Document;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.h2.mvstore.MVMap;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;

/**
 * A unique index of the local MongoDB whose keys H2 compares as values. The server's own H2 index keeps its keys with
 * H2's default type for objects, which orders keys it cannot compare by serializing both with Java serialization on
 * every comparison: twenty comparisons per lookup in a map of 1,000,000 households, four lookups per write, took
 * over half of the platform's CPU while households were rescored. Here keys are compared with the server's own value
 * order ({@link ValueComparator}) and stored as BSON documents, written and read as the documents are
 * ({@link BsonDocumentType}).
 */
final class BsonKeyIndex extends AbstractUniqueIndex<Object> {

    private final MVMap<KeyValue, Object> map;

    BsonKeyIndex(MVMap<KeyValue, Object> map, String name, List<IndexKey> keys, boolean sparse) {
        super(name, keys, sparse);
        this.map = map;
    }

    static MVMap.Builder<KeyValue, Object> mapBuilder() {
        return new MVMap.Builder<KeyValue, Object>().keyType(KeyType.INSTANCE).valueType(PositionType.INSTANCE);
    }

    @Override
    protected Object removeDocument(KeyValue key) {
        return map.remove(key);
    }

    @Override
    protected boolean putKeyPosition(KeyValue key, Object position) {
        return map.putIfAbsent(key, position) == null;
    }

    @Override
    protected Iterable<Map.Entry<KeyValue, Object>> getIterable() {
        return map.entrySet();
    }

    @Override
    protected Object getPosition(KeyValue key) {
        return map.get(key);
    }

    @Override
    public long getCount() {
        return map.sizeAsLong();
    }

    @Override
    public boolean isEmpty() {
        return map.isEmpty();
    }

    @Override
    public long getDataSize() {
        return getCount();
    }

    @Override
    public void drop() {
        map.clear();
    }

    /** A missing field indexes as null, in MongoDB as in the server's own index. */
    private static Object value(Object value) {
        return value instanceof Missing ? null : value;
    }

    /** An index key: its values in order, as a BSON document {"0": v0, "1": v1, ...}. */
    static final class KeyType extends BasicDataType<KeyValue> {

        static final KeyType INSTANCE = new KeyType();

        @Override
        public int compare(KeyValue a, KeyValue b) {
            int size = Math.min(a.size(), b.size());
            for (int i = 0; i < size; i++) {
                int order = ValueComparator.asc().compare(value(a.get(i)), value(b.get(i)));
                if (order != 0) {
                    return order;
                }
            }
            return Integer.compare(a.size(), b.size());
        }

        @Override
        public void write(WriteBuffer buffer, KeyValue key) {
            Document values = new Document();
            for (int i = 0; i < key.size(); i++) {
                values.put(String.valueOf(i), value(key.get(i)));
            }
            BsonDocumentType.INSTANCE.write(buffer, values);
        }

        @Override
        public KeyValue read(ByteBuffer buffer) {
            return new KeyValue(new ArrayList<>(BsonDocumentType.INSTANCE.read(buffer).values()));
        }

        @Override
        public KeyValue[] createStorage(int size) {
            return new KeyValue[size];
        }

        @Override
        public int getMemory(KeyValue key) {
            int bytes = 48;
            for (Object value : key) {
                bytes += value instanceof String text ? 48 + text.length() : 32;
            }
            return bytes;
        }
    }

    /** A document's position in its collection (its {@code _id}), as a BSON document {"p": position}. */
    static final class PositionType extends BasicDataType<Object> {

        static final PositionType INSTANCE = new PositionType();

        @Override
        public int compare(Object a, Object b) {
            return ValueComparator.asc().compare(a, b);
        }

        @Override
        public void write(WriteBuffer buffer, Object position) {
            BsonDocumentType.INSTANCE.write(buffer, new Document("p", position));
        }

        @Override
        public Object read(ByteBuffer buffer) {
            return BsonDocumentType.INSTANCE.read(buffer).get("p");
        }

        @Override
        public Object[] createStorage(int size) {
            return new Object[size];
        }

        @Override
        public int getMemory(Object position) {
            return position instanceof String text ? 48 + text.length() : 32;
        }
    }
}
