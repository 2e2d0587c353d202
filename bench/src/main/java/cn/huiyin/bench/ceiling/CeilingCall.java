package cn.huiyin.bench.ceiling;

import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.bson.Document;

/**
 * A document of the shape and size intake stores for an accepted call (its 27 fields, the nested
 * caller with hashes and sealed values, one pending event of about 700 bytes in {@code outbox}),
 * built from the posted body without any of intake's work.
 */
final class CeilingCall {

    static final String COLLECTION = "calls_ceiling";
    /** The length of a keyed hash (hex SHA-256) and, roughly, of a sealed value (base64 AES-GCM). */
    private static final int HASH = 64;
    private static final int SEALED = 60;

    private final AtomicLong sequence = new AtomicLong();

    @SuppressWarnings("unchecked")
    Document document(Map<String, Object> call) {
        String id = UUID.randomUUID().toString();
        Date now = new Date();
        String county = String.valueOf(call.get("regionCode")).substring(0, Math.min(6,
                String.valueOf(call.get("regionCode")).length()));
        String tracking = county + "%012d".formatted(sequence.incrementAndGet());
        Object categories = call.getOrDefault("categories", List.of("OTHER"));
        String content = String.valueOf(call.get("content"));
        Map<String, Object> caller = (Map<String, Object>) call.getOrDefault("caller", Map.of());
        String phone = String.valueOf(caller.getOrDefault("phone", "00000000000"));
        Date receivedAt = Date.from(OffsetDateTime.parse(String.valueOf(call.get("receivedAt"))).toInstant());
        return new Document("_id", id)
                .append("idempotencyKey", "bench/" + call.get("externalId"))
                .append("requestHash", filler(HASH))
                .append("clientSubject", "bench")
                .append("state", "ACCEPTED")
                .append("reservedAt", now)
                .append("externalId", call.get("externalId"))
                .append("trackingNumber", tracking)
                .append("receivedAt", receivedAt)
                .append("acceptedAt", now)
                .append("channel", call.get("channel"))
                .append("type", call.get("type"))
                .append("disposition", "TRANSFER")
                .append("categories", categories)
                .append("classification", new Document("by", "CALLER").append("confidence", 1.0)
                        .append("needsReview", false))
                .append("regionCode", call.get("regionCode"))
                .append("countyCode", county)
                .append("cityCode", county.substring(0, 4))
                .append("provinceCode", county.substring(0, 2))
                .append("regionPath", List.of(county.substring(0, 2), county.substring(0, 4), county))
                .append("content", content)
                .append("urgent", false)
                .append("caller", new Document("ref", filler(HASH)).append("phoneFingerprint", filler(HASH))
                        .append("maskedPhone", phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4))
                        .append("maskedName", "王*")
                        .append("sealed", new Document("keyId", "k1").append("name", filler(SEALED))
                                .append("phone", filler(SEALED))))
                .append("outbox", List.of(new Document("eventId", UUID.randomUUID().toString())
                        .append("topic", "case-received").append("key", id)
                        .append("type", "cn.huiyin.case.received.v1").append("source", "/intake-service")
                        .append("subject", tracking).append("time", now)
                        .append("payload", payload(id, tracking, call, content))))
                .append("_class", "cn.huiyin.intake.calls.infrastructure.CallDocument");
    }

    /** About 700 bytes of JSON, like intake's serialized case-received event. */
    private static String payload(String id, String tracking, Map<String, Object> call, String content) {
        return "{\"callId\":\"" + id + "\",\"trackingNumber\":\"" + tracking + "\",\"receivedAt\":\""
                + call.get("receivedAt") + "\",\"channel\":\"" + call.get("channel") + "\",\"type\":\""
                + call.get("type") + "\",\"disposition\":\"TRANSFER\",\"categories\":[\"HOUSING_SECURITY\"],"
                + "\"classification\":{\"by\":\"CALLER\",\"confidence\":1.0,\"needsReview\":false},"
                + "\"regionCode\":\"" + call.get("regionCode") + "\",\"townshipCode\":null,\"countyCode\":\"520526\","
                + "\"cityCode\":\"5205\",\"provinceCode\":\"52\",\"callerRef\":\"" + filler(HASH)
                + "\",\"maskedPhone\":\"138****1234\",\"urgent\":false,\"repeatOf\":null,\"content\":\"" + content
                + "\",\"schemaVersion\":1,\"source\":\"intake-service\"}";
    }

    private static String filler(int length) {
        StringBuilder text = new StringBuilder(length);
        while (text.length() < length) {
            text.append(UUID.randomUUID().toString().replace("-", ""));
        }
        return text.substring(0, length);
    }
}
