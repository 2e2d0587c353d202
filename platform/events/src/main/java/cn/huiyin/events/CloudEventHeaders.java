package cn.huiyin.events;

/**
 * Kafka header names of the CloudEvents 1.0 Kafka protocol binding in binary mode: the event's
 * attributes travel in headers, the JSON payload is the record value.
 */
public final class CloudEventHeaders {

    /** Unique per event; what consumers de-duplicate on. */
    public static final String ID = "ce_id";
    /** The versioned event type, e.g. {@code cn.huiyin.case.verified.v1}. */
    public static final String TYPE = "ce_type";
    /** The producing service, {@code urn:huiyin:<service-name>}. */
    public static final String SOURCE = "ce_source";
    /** When the event happened, RFC 3339. */
    public static final String TIME = "ce_time";
    /** The aggregate the event is about: the same call, case or household id as the Kafka key. */
    public static final String SUBJECT = "ce_subject";
    public static final String SPEC_VERSION = "ce_specversion";
    /** The binding maps the CloudEvents datacontenttype to this plain header. */
    public static final String CONTENT_TYPE = "content-type";

    public static final String SPEC_VERSION_1_0 = "1.0";
    public static final String APPLICATION_JSON = "application/json";

    private CloudEventHeaders() {
    }
}
