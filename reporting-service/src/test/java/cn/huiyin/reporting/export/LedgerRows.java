package cn.huiyin.reporting.export;

import cn.huiyin.reporting.ledger.model.LedgerRow;

import java.time.LocalDate;
import java.util.List;

import reactor.core.publisher.Flux;

/** Ledger rows for tests: two cases from 毕节市 and as many generated ones as a test wants. */
final class LedgerRows {

    private LedgerRows() {
    }

    /** Verified late, closed after a reopening: every column has a value. */
    static LedgerRow aClosedHousingCaseInWeining() {
        return new LedgerRow("GZ-20200305-000017", LocalDate.of(2020, 3, 5), LocalDate.of(2020, 3, 6),
                "520526", "威宁彝族回族苗族自治县", "520526100", "草海镇",
                List.of("HOUSING_SECURITY", "RELOCATION"), List.of("HOUSING_CONSTRUCTION", "ECOLOGICAL_MIGRATION"),
                "CLOSED", LocalDate.of(2020, 3, 31), LocalDate.of(2020, 4, 2), LocalDate.of(2020, 4, 20),
                true, false, "PARTLY", List.of("FUNDS_DELAYED", "WORK_ERROR"), "BASICALLY_SATISFIED", "SATISFIED", 1);
    }

    /** Transferred and past its deadline without a report: nothing known after the transfer. */
    static LedgerRow anUnverifiedEducationCaseInQixingguan() {
        return new LedgerRow("GZ-20200510-000203", LocalDate.of(2020, 5, 10), LocalDate.of(2020, 5, 11),
                "520502", "七星关区", "520502001", null,
                List.of("EDUCATION"), List.of("EDUCATION"),
                "TRANSFERRED", LocalDate.of(2020, 6, 5), null, null,
                false, true, null, List.of(), null, null, 0);
    }

    /** Row {@code i} of a long ledger, made when asked for so that the source holds none of them. */
    static LedgerRow generated(long i) {
        LocalDate transferred = LocalDate.of(2020, 1, 1).plusDays(i % 180);
        return new LedgerRow("GZ-%s-%06d".formatted(transferred.toString().replace("-", ""), i),
                transferred.minusDays(1), transferred, "520526", "威宁彝族回族苗族自治县", "520526100", "草海镇",
                List.of("HOUSING_SECURITY"), List.of("HOUSING_CONSTRUCTION"), i % 3 == 0 ? "CLOSED" : "VERIFIED",
                transferred.plusDays(25), transferred.plusDays(10 + i % 20),
                i % 3 == 0 ? transferred.plusDays(30) : null,
                i % 7 == 0, false, "YES", List.of("FUNDS_DELAYED"), "SATISFIED", i % 3 == 0 ? "SATISFIED" : null,
                (int) (i % 2));
    }

    /** {@code count} generated rows, produced one request at a time. */
    static Flux<LedgerRow> ledgerOf(int count) {
        return Flux.range(0, count).map(i -> generated((long) i));
    }
}
