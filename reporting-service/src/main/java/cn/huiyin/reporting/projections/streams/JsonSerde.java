package cn.huiyin.reporting.projections.streams;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.PropertyAccessor;

import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON for the topology's own records (stores, repartition and output topics). Only record components are
 * written: derived methods such as {@code CallFact.isCase()} are not properties.
 */
public final class JsonSerde {

    static final JsonMapper JSON = JsonMapper.builder()
            .changeDefaultVisibility(visibility -> visibility.withVisibility(PropertyAccessor.IS_GETTER, Visibility.NONE))
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private JsonSerde() {
    }

    /**
     * Remembers the last value it wrote: the topology stores a fact and then publishes the same instance for the
     * ledger, and writing it once instead of twice is a sixth of a stream thread's work. One per topology, which
     * one stream thread uses at a time per task; the memory is per thread.
     */
    public static <T> Serde<T> remembering(Class<T> type) {
        Serde<T> plain = of(type);
        ThreadLocal<Object[]> last = ThreadLocal.withInitial(() -> new Object[2]);
        Serializer<T> serializer = (topic, value) -> {
            Object[] memory = last.get();
            if (value != null && memory[0] == value) {
                return (byte[]) memory[1];
            }
            byte[] bytes = plain.serializer().serialize(topic, value);
            memory[0] = value;
            memory[1] = bytes;
            return bytes;
        };
        return Serdes.serdeFrom(serializer, plain.deserializer());
    }

    public static <T> Serde<T> of(Class<T> type) {
        Serializer<T> serializer = (topic, value) -> value == null ? null : JSON.writeValueAsBytes(value);
        Deserializer<T> deserializer = (topic, bytes) -> {
            if (bytes == null) {
                return null;
            }
            try {
                return JSON.readValue(bytes, type);
            } catch (JacksonException e) {
                throw new SerializationException("not a " + type.getSimpleName() + " on " + topic, e);
            }
        };
        return Serdes.serdeFrom(serializer, deserializer);
    }
}
