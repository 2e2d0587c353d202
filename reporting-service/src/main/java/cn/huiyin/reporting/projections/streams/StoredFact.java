package cn.huiyin.reporting.projections.streams;

import cn.huiyin.reporting.projections.model.CallFact;

/** A call's fact as the topology keeps it and publishes it for the ledger: the version counts its changes. */
public record StoredFact(long version, CallFact fact) {
}
