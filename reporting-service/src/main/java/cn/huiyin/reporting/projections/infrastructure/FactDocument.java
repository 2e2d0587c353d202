package cn.huiyin.reporting.projections.infrastructure;

import cn.huiyin.reporting.projections.model.CallFact;

import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One call and its case (the drill-down and ledger row), its version, and where its entries were
 * last placed: {@code applied} maps entry keys to the day bucket and counts they were set with, as
 * of {@code appliedVersion}. A version newer than {@code appliedVersion} means the buckets still
 * have to hear of it; an entry placed as it is now needs no write at all.
 */
@Document(FactDocument.COLLECTION)
public record FactDocument(@Id String id, long version, CallFact fact, long appliedVersion,
        Map<String, Placed> applied) {

    /** Where an entry was set, and with which counts. */
    public record Placed(String bucket, Map<String, Long> counts) {
    }

    public static final String COLLECTION = "call_facts";

    public boolean placed() {
        return appliedVersion >= version;
    }
}
