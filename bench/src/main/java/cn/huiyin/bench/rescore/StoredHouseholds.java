package cn.huiyin.bench.rescore;

import cn.huiyin.bench.rescore.GeneratedHousehold.Income;
import cn.huiyin.bench.rescore.GeneratedHousehold.Person;
import cn.huiyin.privacy.CallerName;
import cn.huiyin.privacy.ContactCipher;
import cn.huiyin.privacy.Fingerprints;
import cn.huiyin.privacy.ResidentId;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;

import org.bson.Document;

/**
 * A generated household in exactly the shape monitoring-service stores ({@code HouseholdDocument}
 * as Spring Data maps it): the same field names and order, int32 ages and years, doubles for yuan,
 * BSON dates (a LocalDate at midnight in the default zone, as Spring Data's converter writes it in the
 * services this runs beside), nulls left out, the head sealed with the
 * context {@code head-id:<householdId>} and fingerprinted with the vault's key. {@link ShapeCheck}
 * compares it with a document the service wrote itself.
 */
final class StoredHouseholds {

    static final String COLLECTION = "households";
    static final String DOCUMENT_CLASS = "cn.huiyin.monitoring.households.infrastructure.HouseholdDocument";

    private final Fingerprints fingerprints;
    private final ContactCipher cipher;
    private final Instant assessedBefore;

    /** @param assessedBefore when the stale assessment every generated household carries was made */
    StoredHouseholds(Fingerprints fingerprints, ContactCipher cipher, Instant assessedBefore) {
        this.fingerprints = fingerprints;
        this.cipher = cipher;
        this.assessedBefore = assessedBefore;
    }

    Document document(GeneratedHousehold h) {
        ResidentId id = ResidentId.parse(h.headIdNumber());
        Document head = new Document("idFingerprint", fingerprints.of(id))
                .append("sealedIdNumber", cipher.seal(id.normalized(), "head-id:" + h.id()))
                .append("maskedName", CallerName.mask(h.headName()))
                .append("maskedIdNumber", id.masked());
        Document data = new Document("householdId", h.id())
                .append("regionCode", h.regionCode())
                .append("countyCode", h.countyCode())
                .append("head", head)
                .append("members", h.members().stream().map(StoredHouseholds::member).toList())
                .append("status", h.status());
        optional(data, "monitoringType", h.monitoringType());
        data.append("incomes", h.incomes().stream().map(StoredHouseholds::income).toList())
                .append("expenditure", new Document("medical", h.medical()).append("schooling", h.schooling()))
                .append("helper", new Document("name", h.helperName()).append("unit", h.helperUnit()))
                .append("housingSafe", h.housingSafe())
                .append("waterSafe", h.waterSafe());
        optional(data, "identifiedAt", date(h.identifiedAt()));
        optional(data, "clearedAt", date(h.clearedAt()));
        return new Document("_id", h.id())
                .append("version", 1L)
                .append("data", data)
                .append("assessment", staleAssessment())
                .append("outbox", List.of())
                .append("_class", DOCUMENT_CLASS);
    }

    /** As scored under the rules before the change: nothing found; the rescoring finds what there is. */
    Document staleAssessment() {
        return new Document("score", 0).append("level", "NONE").append("factors", List.of())
                .append("reasons", List.of("未发现风险因素")).append("assessedAt", Date.from(assessedBefore));
    }

    private static Document member(Person m) {
        Document member = new Document("age", m.age()).append("ableToWork", m.ableToWork())
                .append("inSchool", m.inSchool());
        optional(member, "schoolEnd", date(m.schoolEnd()));
        return member.append("disability", m.disability()).append("illness", m.illness());
    }

    private static Document income(Income i) {
        return new Document("year", i.year()).append("perCapita", i.perCapita()).append("wages", i.wages())
                .append("production", i.production()).append("transfers", i.transfers())
                .append("property", i.property()).append("assessedOn", date(i.assessedOn()));
    }

    private static void optional(Document document, String field, Object value) {
        if (value != null) {
            document.append(field, value);
        }
    }

    private static Date date(LocalDate day) {
        return day == null ? null : Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant());
    }

    private static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }
}
