package cn.huiyin.reporting.ledger.application;

import cn.huiyin.reporting.projections.model.CallFact;

import java.time.LocalDate;
import java.util.Collection;

import reactor.core.publisher.Flux;

/** The facts of cases as the read model keeps them for the ledger. */
public interface CaseFacts {

    /** The cases transferred to these counties between the two days (both included), by day and tracking number. */
    Flux<CallFact> cases(Collection<String> counties, LocalDate from, LocalDate to);
}
