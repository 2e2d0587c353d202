package cn.huiyin.cases.cases.infrastructure;

import cn.huiyin.cases.cases.model.Case;
import cn.huiyin.chassis.outbox.OutboxEvent;

import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A case as stored: the aggregate, its version for optimistic writes, and its unsent events, in one
 * document so that a transition and its events are one atomic write.
 */
@Document(CaseDocument.COLLECTION)
public record CaseDocument(@Id String id, long version, Case data, List<OutboxEvent> outbox) {

    public static final String COLLECTION = "cases";

    /** Field paths of the aggregate, for queries and indexes. */
    public static String path(String field) {
        return "data." + field;
    }
}
