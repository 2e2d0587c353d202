package cn.huiyin.local.dlq;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * The headers the Spring Cloud Stream Kafka binder (5.0) adds to a dead letter, and those a replay adds.
 * Spring Kafka's own recoverer uses {@code kafka_dlt-*} names; they are recognised too, so a replay never
 * carries an old failure back to the original topic.
 */
final class DeadLetterHeaders {

    static final String EXCEPTION_MESSAGE = "x-exception-message";
    static final String ORIGINAL_TOPIC = "x-original-topic";
    static final String ORIGINAL_PARTITION = "x-original-partition";
    static final String ORIGINAL_OFFSET = "x-original-offset";
    static final String ORIGINAL_TIMESTAMP = "x-original-timestamp";
    static final String REPLAYED_FROM = "x-huiyin-replayed-from";
    static final String CE_ID = "ce_id";
    static final String CE_TYPE = "ce_type";

    private DeadLetterHeaders() {
    }

    /** Headers of the failure itself: dropped on replay. */
    static boolean describesTheFailure(String name) {
        return name.startsWith("x-exception-") || name.startsWith("x-original-") || name.startsWith("kafka_dlt-")
                || name.equals(REPLAYED_FROM);
    }

    static String text(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** A number the binder wrote either as text or as a big-endian int / long, depending on the version. */
    static Long number(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        if (header == null || header.value() == null || header.value().length == 0) {
            return null;
        }
        byte[] value = header.value();
        String text = new String(value, StandardCharsets.UTF_8);
        if (text.chars().allMatch(Character::isDigit)) {
            return Long.parseLong(text);
        }
        return switch (value.length) {
            case Integer.BYTES -> (long) ByteBuffer.wrap(value).getInt();
            case Long.BYTES -> ByteBuffer.wrap(value).getLong();
            default -> null;
        };
    }
}
