package cn.huiyin.reporting.projections.streams;

import cn.huiyin.reporting.projections.model.CallFact;

/**
 * A fact before and after one event changed it, and the stored fact it became (the very instance the store holds,
 * so that the ledger's output reuses its serialized form); passed between processors, never serialized.
 */
record FactChange(CallFact before, StoredFact stored) {

    CallFact after() {
        return stored.fact();
    }
}
