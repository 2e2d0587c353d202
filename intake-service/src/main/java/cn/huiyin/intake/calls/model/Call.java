package cn.huiyin.intake.calls.model;

import cn.huiyin.events.CallType;
import cn.huiyin.events.Category;
import cn.huiyin.events.Channel;
import cn.huiyin.events.ClassifiedBy;
import cn.huiyin.events.Disposition;
import cn.huiyin.intake.vault.model.SealedContact;

import java.time.Instant;
import java.util.List;

/**
 * An accepted call: classified, placed in its county with its tracking number, the caller sealed. Personal data is
 * only in {@code caller.sealed} (ciphertext) and as keyed hashes; no plain field holds a name, phone or ID number,
 * and numbers spoken into {@code content} and {@code address} are masked.
 *
 * @param regionPath the province, city, county and (when known) township the call lies in, for region searches
 * @param repeatOf   the caller's earlier call about the same matter, if any
 */
public record Call(String id, String externalId, String trackingNumber, Instant receivedAt, Instant acceptedAt,
        Channel channel, CallType type, Disposition disposition, List<Category> categories,
        Classification classification, String regionCode, String townshipCode, String countyCode, String cityCode,
        String provinceCode, List<String> regionPath, String address, String content, boolean urgent,
        String repeatOf, Caller caller) {

    /** Who put the call in its categories, how sure the rules were and which rules they were. */
    public record Classification(ClassifiedBy by, double confidence, boolean needsReview, String rulesVersion) {
    }

    /** The caller without personal data in clear: keyed hashes, a masked phone, the sealed contact. */
    public record Caller(String ref, String phoneFingerprint, String idFingerprint, String maskedPhone,
            String maskedName, SealedContact sealed) {
    }
}
