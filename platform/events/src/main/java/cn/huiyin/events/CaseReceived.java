package cn.huiyin.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Published by intake-service when it has accepted a call, of every type; {@code disposition}
 * says whether the call becomes a case transferred to the county. Keyed by {@code callId}.
 *
 * <p>Personal data stays in intake's contact vault: the caller appears only as a pseudonymous
 * {@code callerRef} and a {@code maskedPhone}.
 */
// Tolerant reader: a newer producer may add optional fields without breaking older consumers.
@JsonIgnoreProperties(ignoreUnknown = true)
public record CaseReceived(
        String callId,
        String trackingNumber,
        Instant receivedAt,
        Channel channel,
        CallType type,
        Disposition disposition,
        List<Category> categories,
        Classification classification,
        String regionCode,
        String townshipCode,
        String countyCode,
        String cityCode,
        String provinceCode,
        String callerRef,
        String maskedPhone,
        boolean urgent,
        String repeatOf,
        String content) {

    public static final String TYPE = "cn.huiyin.case.received.v1";
    public static final String TOPIC = Topics.CASE_RECEIVED;

    public CaseReceived {
        Checks.notBlank(callId, "callId");
        Checks.notBlank(trackingNumber, "trackingNumber");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(disposition, "disposition");
        categories = Checks.distinct(categories, "categories");
        Objects.requireNonNull(classification, "classification");
        Checks.code(regionCode, Checks.REGION_CODE, "regionCode");
        Checks.optionalCode(townshipCode, Checks.TOWNSHIP_CODE, "townshipCode");
        Checks.code(countyCode, Checks.COUNTY_CODE, "countyCode");
        Checks.code(cityCode, Checks.CITY_CODE, "cityCode");
        Checks.code(provinceCode, Checks.PROVINCE_CODE, "provinceCode");
        Checks.notBlank(callerRef, "callerRef");
        Checks.optionalCode(maskedPhone, Checks.MASKED_PHONE, "maskedPhone");
        Objects.requireNonNull(content, "content");
    }

    /**
     * How the categories were chosen. Rules-based classification below the review threshold is
     * flagged so that an operator confirms it before reports count it.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Classification(ClassifiedBy by, double confidence, boolean needsReview) {

        public Classification {
            Objects.requireNonNull(by, "by");
            Checks.require(confidence >= 0.0 && confidence <= 1.0,
                    "confidence must be between 0 and 1 but was " + confidence);
        }

        /** Categories the calling system sent are taken as they are. */
        public static Classification byCaller() {
            return new Classification(ClassifiedBy.CALLER, 1.0, false);
        }
    }
}
