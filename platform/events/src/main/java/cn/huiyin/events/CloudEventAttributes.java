package cn.huiyin.events;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The CloudEvents attributes of one event and their mapping to and from Kafka headers (binary
 * mode). {@code time} is required here although optional in CloudEvents: every Huiyin producer
 * sets it and reports order events by it.
 */
public record CloudEventAttributes(String id, String type, URI source, Instant time, String subject) {

    private static final Pattern SERVICE_NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public CloudEventAttributes {
        Checks.notBlank(id, "id");
        Checks.notBlank(type, "type");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(time, "time");
    }

    /** New attributes with a random id, for an event of the given contract happening now. */
    public static CloudEventAttributes of(EventContract<?> contract, String subject, URI source, Clock clock) {
        return of(contract, subject, source, clock.instant());
    }

    public static CloudEventAttributes of(EventContract<?> contract, String subject, URI source, Instant time) {
        return new CloudEventAttributes(UUID.randomUUID().toString(), contract.ceType(), source, time, subject);
    }

    /** The source of events a service publishes, e.g. {@code urn:huiyin:intake-service}. */
    public static URI sourceOf(String serviceName) {
        Objects.requireNonNull(serviceName, "serviceName");
        Checks.require(SERVICE_NAME.matcher(serviceName).matches(),
                "service name must be lower-case words joined by '-' but was '" + serviceName + "'");
        return URI.create("urn:huiyin:" + serviceName);
    }

    /** The Kafka headers, in a stable order, including ce_specversion and content-type. */
    public Map<String, String> toHeaders() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0);
        headers.put(CloudEventHeaders.ID, id);
        headers.put(CloudEventHeaders.TYPE, type);
        headers.put(CloudEventHeaders.SOURCE, source.toString());
        headers.put(CloudEventHeaders.TIME, DateTimeFormatter.ISO_INSTANT.format(time));
        if (subject != null) {
            headers.put(CloudEventHeaders.SUBJECT, subject);
        }
        headers.put(CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.APPLICATION_JSON);
        return Collections.unmodifiableMap(headers);
    }

    /**
     * Reads the attributes from Kafka headers whose values are Strings or UTF-8 bytes (as Kafka
     * delivers them). Other headers are ignored.
     *
     * @throws IllegalArgumentException naming the header when a required one is missing or invalid
     */
    public static CloudEventAttributes fromHeaders(Map<String, ?> headers) {
        Objects.requireNonNull(headers, "headers");
        String specVersion = required(headers, CloudEventHeaders.SPEC_VERSION);
        if (!CloudEventHeaders.SPEC_VERSION_1_0.equals(specVersion)) {
            throw invalid(CloudEventHeaders.SPEC_VERSION, "must be 1.0 but was '" + specVersion + "'");
        }
        return new CloudEventAttributes(
                required(headers, CloudEventHeaders.ID),
                required(headers, CloudEventHeaders.TYPE),
                source(required(headers, CloudEventHeaders.SOURCE)),
                time(required(headers, CloudEventHeaders.TIME)),
                text(headers, CloudEventHeaders.SUBJECT));
    }

    private static String required(Map<String, ?> headers, String name) {
        String value = text(headers, name);
        if (value == null) {
            throw invalid(name, "is missing");
        }
        if (value.isBlank()) {
            throw invalid(name, "is blank");
        }
        return value;
    }

    private static String text(Map<String, ?> headers, String name) {
        Object value = headers.get(name);
        if (value == null || value instanceof String) {
            return (String) value;
        }
        if (value instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        throw invalid(name, "must be a String or UTF-8 bytes but was a " + value.getClass().getName());
    }

    private static URI source(String value) {
        try {
            return new URI(value);
        } catch (URISyntaxException e) {
            throw invalid(CloudEventHeaders.SOURCE, "is not a URI reference: '" + value + "'");
        }
    }

    private static Instant time(String value) {
        try {
            return OffsetDateTime.parse(value, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            throw invalid(CloudEventHeaders.TIME, "is not an RFC 3339 timestamp: '" + value + "'");
        }
    }

    private static IllegalArgumentException invalid(String header, String why) {
        return new IllegalArgumentException("CloudEvents header " + header + " " + why);
    }
}
