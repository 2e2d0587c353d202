package cn.huiyin.chassis.messaging;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;
import org.springframework.messaging.support.MessageBuilder;

/**
 * Cuts a batch the binder delivers ({@code Message<List<?>>}, batch mode) into one message per record, each with
 * its own headers and key, so a batch consumer reads {@code ce_id} and the payload of each record as a record
 * consumer does. The binder carries a batch's headers as lists in record order: the mapped headers of each record
 * ({@link KafkaHeaders#BATCH_CONVERTED_HEADERS}), or, without a header mapper, its raw Kafka headers
 * ({@link KafkaHeaders#NATIVE_HEADERS}); keys, topics, partitions and offsets as one list each.
 */
final class BatchRecords {

    private static final List<String> PER_RECORD = List.of(KafkaHeaders.RECEIVED_KEY, KafkaHeaders.RECEIVED_TOPIC,
            KafkaHeaders.RECEIVED_PARTITION, KafkaHeaders.OFFSET);

    private BatchRecords() {
    }

    static List<Message<Object>> of(Message<? extends List<?>> batch) {
        List<?> payloads = batch.getPayload();
        MessageHeaders headers = batch.getHeaders();
        List<Message<Object>> records = new ArrayList<>(payloads.size());
        for (int i = 0; i < payloads.size(); i++) {
            Map<String, Object> own = new HashMap<>(headersOf(headers, i));
            for (String name : PER_RECORD) {
                Object value = nth(headers.get(name), i);
                if (value != null) {
                    own.put(name, value);
                }
            }
            records.add(MessageBuilder.createMessage(payloads.get(i), new MessageHeaders(own)));
        }
        return records;
    }

    private static Map<String, Object> headersOf(MessageHeaders headers, int index) {
        if (nth(headers.get(KafkaHeaders.BATCH_CONVERTED_HEADERS), index) instanceof Map<?, ?> converted) {
            Map<String, Object> own = new HashMap<>();
            converted.forEach((name, value) -> own.put(name.toString(), value));
            return own;
        }
        if (nth(headers.get(KafkaHeaders.NATIVE_HEADERS), index) instanceof Headers raw) {
            Map<String, Object> own = new HashMap<>();
            for (Header header : raw) {
                own.put(header.key(), header.value());
            }
            return own;
        }
        // headers as one list per name, each in record order
        Map<String, Object> own = new HashMap<>();
        headers.forEach((name, value) -> {
            if (value instanceof List<?> list && list.size() > index) {
                own.put(name, list.get(index));
            }
        });
        return own;
    }

    private static Object nth(Object header, int index) {
        return header instanceof List<?> list && list.size() > index ? list.get(index) : null;
    }
}
