package cn.huiyin.bench.rescore;

import cn.huiyin.privacy.ContactCipher;

import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import org.bson.BsonDocument;
import org.bson.BsonString;
import org.bson.BsonValue;
import org.bson.Document;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;

/**
 * Proof that generated households are stored exactly as monitoring-service stores its own: one
 * household is registered through {@code PUT /api/v1/households/{id}}, and the document the service
 * wrote must equal the generated document of the same household in field names, order, BSON types
 * and values. Only what differs by nature is set aside: the sealed ID number (a random IV; both must
 * open to the head's number), the identification time (the service's clock) and the assessment and
 * outbox (the service scored it; the generated one is stale on purpose), whose shapes are compared.
 */
final class ShapeCheck {

    private static final JsonWriterSettings EXACT = JsonWriterSettings.builder().outputMode(JsonMode.EXTENDED)
            .build();

    private final MonitoringApi api;
    private final BenchHouseholds mongo;
    private final StoredHouseholds stored;
    private final ContactCipher cipher;

    ShapeCheck(MonitoringApi api, BenchHouseholds mongo, StoredHouseholds stored, ContactCipher cipher) {
        this.api = api;
        this.mongo = mongo;
        this.stored = stored;
        this.cipher = cipher;
    }

    /** Registers {@code reference} through the API and compares; the reference is dropped again. */
    String compare(GeneratedHousehold reference) throws Exception {
        int status = api.put(reference.id(), HouseholdBodies.json(reference));
        try {
            if (status != 201) {
                throw new IllegalStateException("PUT of the reference household answered " + status);
            }
            String written = comparable(mongo.find(reference.id()), reference);
            String generated = comparable(stored.document(reference), reference);
            if (!written.equals(generated)) {
                throw new IllegalStateException("generated households are not stored like monitoring-service's:%n"
                        + "service:   %s%ngenerated: %s".formatted(written, generated));
            }
            return "a household registered through PUT /api/v1/households and the same household generated are "
                    + "stored alike (fields, order, BSON types, values; the sealed ID opens to the head's number)";
        } finally {
            mongo.drop(List.of(reference.id()));
        }
    }

    /** Reads generated households back through {@code GET /api/v1/households/{id}}, the service's own mapping. */
    String readBack(List<GeneratedHousehold> households) throws Exception {
        for (GeneratedHousehold h : households) {
            Document view = api.get(h.id());
            Map<String, Object> expected = Map.of("householdId", h.id(), "regionCode", h.regionCode(),
                    "countyCode", h.countyCode(), "status", h.status());
            expected.forEach((field, value) -> {
                if (!value.equals(view.get(field))) {
                    throw new IllegalStateException("GET household " + h.id() + ": " + field + " is "
                            + view.get(field) + ", generated " + value);
                }
            });
            if (view.getList("members", Document.class).size() != h.members().size()) {
                throw new IllegalStateException("GET household " + h.id() + " shows another number of members");
            }
        }
        return households.size() + " generated households read back through GET /api/v1/households/{id}"
                + (api.retries > 0 ? " (" + api.retries + " GETs asked again after a 503)" : "");
    }

    private String comparable(Document document, GeneratedHousehold h) {
        if (document == null) {
            throw new IllegalStateException("household " + h.id() + " is not in the collection");
        }
        BsonDocument bson = document.toBsonDocument();
        BsonDocument data = bson.getDocument("data");
        BsonDocument head = data.getDocument("head");
        String opened = cipher.open(head.getString("sealedIdNumber").getValue(), "head-id:" + h.id());
        head.put("sealedIdNumber", new BsonString(opened.equals(h.headIdNumber()) ? "<opens to the head's ID>"
                : "<opens to another number>"));
        if (data.containsKey("identifiedAt")) {
            data.put("identifiedAt", new BsonString(shape(data.get("identifiedAt"))));
        }
        bson.put("assessment", new BsonString(shape(bson.get("assessment"))));
        bson.put("outbox", new BsonString(shape(bson.get("outbox"))));
        return bson.toJson(EXACT);
    }

    /** Field names and BSON types, not values: "{score INT32, level STRING, ...}". */
    private static String shape(BsonValue value) {
        if (!value.isDocument()) {
            return value.getBsonType().name();
        }
        StringJoiner fields = new StringJoiner(", ", "{", "}");
        value.asDocument().forEach((name, field) -> fields.add(name + " " + field.getBsonType()));
        return fields.toString();
    }
}
