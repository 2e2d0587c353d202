package cn.huiyin.monitoring.visits.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Seed 003's duties of a helper: a visit a quarter, a contact a month, four visits a year once monitored a year. */
class VisitDutiesTest {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    static java.time.Instant monitoredSince(LocalDate day) {
        return day.atStartOfDay().toInstant(ZoneOffset.ofHours(8));
    }

    @Test
    void aHelperWhoVisitedThisQuarterAndCalledThisMonthOwesNothingInTheFirstYear() {
        assertThat(VisitDuties.overdue(TODAY.minusMonths(2), TODAY.minusDays(10), List.of(TODAY.minusMonths(2)),
                monitoredSince(TODAY.minusMonths(5)), ZONE, TODAY)).isEmpty();
    }

    @Test
    void namesAQuarterWithoutAVisitAndAMonthWithoutAContact() {
        assertThat(VisitDuties.overdue(TODAY.minusMonths(4), TODAY.minusDays(40), List.of(TODAY.minusMonths(4)),
                monitoredSince(TODAY.minusMonths(5)), ZONE, TODAY))
                .containsExactly("超过一个季度未走访（上次 2026-08-01）", "超过一个月未联系（上次 2026-10-22，40天）");
        assertThat(VisitDuties.overdue(null, null, List.of(), null, ZONE, TODAY))
                .containsExactly("从未入户走访", "从未联系");
    }

    @Test
    void aHouseholdMonitoredAYearNeedsFourVisitsWithinIt() {
        List<LocalDate> three = List.of(TODAY.minusMonths(1), TODAY.minusMonths(4), TODAY.minusMonths(7),
                TODAY.minusMonths(13));
        assertThat(VisitDuties.overdue(TODAY.minusMonths(1), TODAY.minusDays(3), three,
                monitoredSince(TODAY.minusMonths(14)), ZONE, TODAY))
                .containsExactly("近一年入户走访3次，少于4次");
        List<LocalDate> four = List.of(TODAY.minusMonths(1), TODAY.minusMonths(4), TODAY.minusMonths(7),
                TODAY.minusMonths(10));
        assertThat(VisitDuties.overdue(TODAY.minusMonths(1), TODAY.minusDays(3), four,
                monitoredSince(TODAY.minusMonths(14)), ZONE, TODAY)).isEmpty();
    }
}
