package cn.huiyin.cases.callbacks.application;

import cn.huiyin.cases.cases.application.CaseFilter;
import cn.huiyin.cases.cases.application.CasePage;
import cn.huiyin.cases.cases.application.CaseQueries;
import cn.huiyin.cases.cases.model.CaseState;

import java.time.Clock;
import java.util.List;

import reactor.core.publisher.Mono;

/** The callback desk's work list: cases waiting for a callback whose next attempt is due, the longest waiting first. */
public class CallbackWorkList {

    private final CaseQueries queries;
    private final Clock clock;

    public CallbackWorkList(CaseQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    /** The due callbacks of cases in {@code regions}. */
    public Mono<CasePage> due(List<String> regions, int page, int size) {
        CaseFilter filter = new CaseFilter(regions, List.of(CaseState.CALLBACK_PENDING), null, null, null, null, null,
                clock.instant());
        return queries.page(filter, CaseFilter.Order.NEXT_CALLBACK, page, size);
    }
}
