package cn.huiyin.events;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One event type as it travels: the Java record, the Kafka topic, the CloudEvents type, the JSON
 * Schema on the classpath and the record component used as the Kafka key.
 *
 * @param schemaResource classpath location, e.g. {@code cn/huiyin/events/schemas/case-received.v1.schema.json}
 * @param keyField       name of the record component whose value is the Kafka key and the ce_subject
 */
public record EventContract<T extends Record>(
        Class<T> payloadType, String topic, String ceType, String schemaResource, String keyField) {

    private static final Pattern CE_TYPE = Pattern.compile("cn\\.huiyin\\.[a-z]+(\\.[a-z-]+)+\\.v\\d+");

    public EventContract {
        Objects.requireNonNull(payloadType, "payloadType");
        Topics.requireKnown(topic);
        Checks.require(ceType != null && CE_TYPE.matcher(ceType).matches(),
                "ceType must look like cn.huiyin.<thing>.v<n> but was '" + ceType + "'");
        Checks.notBlank(schemaResource, "schemaResource");
        keyAccessor(payloadType, keyField); // fails when the contract is declared, not at the first publish
    }

    static <T extends Record> EventContract<T> of(Class<T> payloadType, String topic, String ceType, String keyField) {
        String schema = "cn/huiyin/events/schemas/" + topic + ".v" + version(ceType) + ".schema.json";
        return new EventContract<>(payloadType, topic, ceType, schema, keyField);
    }

    /** The version number at the end of the type, e.g. 1 for {@code cn.huiyin.case.received.v1}. */
    public int version() {
        return version(ceType);
    }

    /** The Kafka key (and ce_subject) of an event: its call, case or household id. */
    public String keyOf(T event) {
        try {
            return (String) keyAccessor(payloadType, keyField).invoke(Objects.requireNonNull(event, "event"));
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + keyField + " of " + payloadType.getSimpleName(), e);
        }
    }

    private static Method keyAccessor(Class<?> payloadType, String keyField) {
        return Arrays.stream(payloadType.getRecordComponents())
                .filter(component -> component.getName().equals(keyField) && component.getType() == String.class)
                .map(RecordComponent::getAccessor)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "keyField '" + keyField + "' is not a String component of " + payloadType.getSimpleName()));
    }

    private static int version(String ceType) {
        return Integer.parseInt(ceType.substring(ceType.lastIndexOf(".v") + 2));
    }
}
