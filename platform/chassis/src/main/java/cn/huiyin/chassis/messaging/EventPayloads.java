package cn.huiyin.chassis.messaging;

import cn.huiyin.events.EventContract;

import java.nio.charset.StandardCharsets;

import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * When the binder cannot convert a record's JSON into its event (valid JSON whose content the event refuses, say a
 * five-digit county code), it hands the consumer the raw bytes, and the dead letter's reason would only say
 * "[B cannot be cast to Record". Converting once more here makes the reason name the rule the event broke.
 * {@link IdempotentConsumer} does it for every consumer; a consumer of its own (reporting's projections) calls it.
 */
public final class EventPayloads {

    private EventPayloads() {
    }

    @SuppressWarnings("unchecked")
    public static <T extends Record> Message<T> converted(Message<?> message, EventContract<T> contract,
            JsonMapper json) {
        // Message<?>: the payload is read as an Object, so the bytes cause no ClassCastException here
        Object payload = message.getPayload();
        if (!(payload instanceof byte[] bytes) || !contract.ceType().equals(text(message.getHeaders().get("ce_type")))) {
            // converted already, or another event type the consumer will skip
            return (Message<T>) message;
        }
        try {
            return MessageBuilder.createMessage(json.readValue(bytes, contract.payloadType()), message.getHeaders());
        } catch (JacksonException e) {
            throw new IllegalArgumentException(contract.topic() + " event is not a valid " + contract.ceType() + ": "
                    + rootCause(e).getMessage(), e);
        }
    }

    private static String text(Object header) {
        return header instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8)
                : header == null ? null : header.toString();
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
