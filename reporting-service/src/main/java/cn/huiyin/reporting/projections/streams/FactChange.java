package cn.huiyin.reporting.projections.streams;

import cn.huiyin.reporting.projections.model.CallFact;

/** A fact before and after one event changed it; passed between processors, never serialized. */
record FactChange(long version, CallFact before, CallFact after) {

    StoredFact stored() {
        return new StoredFact(version, after);
    }
}
