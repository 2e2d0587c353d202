package cn.huiyin.reporting.ledger.application;

import cn.huiyin.reporting.projections.model.CallFact;

import java.time.LocalDate;
import java.util.Collection;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The facts of cases as the read model keeps them for the ledger. */
public interface CaseFacts {

    /** The cases transferred to these counties between the two days (both included), by day and tracking number. */
    Flux<CallFact> cases(Collection<String> counties, LocalDate from, LocalDate to);

    /** The case of this id, if it was transferred to a county. */
    Mono<CallFact> byCaseId(String caseId);

    /** The case of this tracking number (受理编号), if it was transferred to a county. */
    Mono<CallFact> byTrackingNumber(String trackingNumber);
}
