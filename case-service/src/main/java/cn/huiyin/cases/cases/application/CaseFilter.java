package cn.huiyin.cases.cases.application;

import cn.huiyin.cases.cases.model.CaseState;
import cn.huiyin.events.Category;
import cn.huiyin.events.Department;

import java.time.Instant;
import java.util.List;

/**
 * Which cases a list holds: those of {@code regions} (county-level units, cities or provinces; none gives no case),
 * narrowed by each other criterion that is given (null or empty: any).
 *
 * @param department the lead department or one of the co-departments
 * @param leader the leader who took the case on (领导包案)
 * @param callbackDueBy cases whose next callback attempt is due by then
 */
public record CaseFilter(List<String> regions, List<CaseState> states, Boolean overdue, Boolean dueSoon,
        Category category, Department department, String leader, Instant callbackDueBy) {

    /** The order of a list; cases the order ties are ordered by id, so that pages do not overlap. */
    public enum Order {
        /** Soonest deadline first. */
        DEADLINE,
        /** The longest waiting for a callback first. */
        NEXT_CALLBACK
    }

    public CaseFilter {
        regions = List.copyOf(regions);
        states = states == null ? List.of() : List.copyOf(states);
    }
}
