package cn.huiyin.reporting.projections.infrastructure;

import cn.huiyin.reporting.projections.model.CallFact;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A case's fact as the ledger reads it: found by the county responsible and the day of transfer, in the order of
 * tracking numbers. {@code v} is the fact's version in the topology; an older copy never replaces a newer one.
 */
@Document(LedgerFact.COLLECTION)
public record LedgerFact(@Id String id, long v, String county, String day, String tracking, CallFact fact) {

    public static final String COLLECTION = "call_facts";
}
