package cn.huiyin.reporting.ledger.application;

import cn.huiyin.reporting.ledger.model.LedgerRow;

import java.time.LocalDate;

import reactor.core.publisher.Flux;

/**
 * The cases of a region transferred in a range of days (both ends included), oldest first, read as
 * a stream so that a ledger of any length needs only a page of rows in memory at a time. The
 * region and range are checked like {@code Summaries} does (400 for unknown region or from after to).
 */
public interface CaseLedger {

    Flux<LedgerRow> rows(String regionCode, LocalDate from, LocalDate to);
}
