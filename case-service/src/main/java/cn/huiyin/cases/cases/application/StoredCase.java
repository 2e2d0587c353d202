package cn.huiyin.cases.cases.application;

import cn.huiyin.cases.cases.model.Case;

/** A case as read from the store, with the version its next write must still find there (the optimistic lock). */
public record StoredCase(Case data, long version) {

    public String id() {
        return data.caseId();
    }
}
