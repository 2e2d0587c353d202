package cn.huiyin.reporting.projections.streams;

import cn.huiyin.reporting.projections.model.BucketTotals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * A compact binary form of counters ({@code version, n, (name, value) x n}) for the bucket store and the deltas'
 * repartition topic, which every event reads and writes several times: several times cheaper than JSON. The
 * output topic stays JSON, for people and tools that read it.
 */
final class CounterSerdes {

    private CounterSerdes() {
    }

    static Serde<BucketTotals> totals() {
        return Serdes.serdeFrom((topic, totals) -> totals == null ? null : write(totals.version(), totals.totals()),
                (topic, bytes) -> {
                    if (bytes == null) {
                        return null;
                    }
                    DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
                    try {
                        long version = in.readLong();
                        return new BucketTotals(version, counters(in));
                    } catch (IOException e) {
                        throw new SerializationException("not bucket totals on " + topic, e);
                    }
                });
    }

    static Serde<BucketDelta> deltas() {
        return Serdes.serdeFrom((topic, delta) -> delta == null ? null : write(0, delta.counts()), (topic, bytes) -> {
            if (bytes == null) {
                return null;
            }
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
            try {
                in.readLong();
                return new BucketDelta(counters(in));
            } catch (IOException e) {
                throw new SerializationException("not a bucket delta on " + topic, e);
            }
        });
    }

    private static byte[] write(long version, Map<String, Long> counters) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 + counters.size() * 24);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeLong(version);
            out.writeInt(counters.size());
            for (Map.Entry<String, Long> counter : counters.entrySet()) {
                out.writeUTF(counter.getKey());
                out.writeLong(counter.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static Map<String, Long> counters(DataInputStream in) throws IOException {
        int size = in.readInt();
        Map<String, Long> counters = new LinkedHashMap<>(size * 2);
        for (int i = 0; i < size; i++) {
            counters.put(in.readUTF(), in.readLong());
        }
        return counters;
    }
}
