package cn.huiyin.cases.cases.infrastructure;

import static cn.huiyin.cases.cases.infrastructure.CaseDocument.path;
import static org.springframework.data.mongodb.core.query.Criteria.where;

import cn.huiyin.cases.cases.application.CaseFilter;
import cn.huiyin.cases.cases.model.CaseState;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;

/** The application's filters and orders of cases as MongoDB criteria and sorts on the stored aggregate. */
final class CaseCriteria {

    private CaseCriteria() {
    }

    static Criteria of(CaseFilter filter) {
        List<Criteria> all = new ArrayList<>();
        all.add(new Criteria().orOperator(
                where(path("routing.countyCode")).in(filter.regions()),
                where(path("cityCode")).in(filter.regions()),
                where(path("provinceCode")).in(filter.regions())));
        if (!filter.states().isEmpty()) {
            all.add(where(path("state")).in(filter.states().stream().map(Enum::name).toList()));
        }
        if (filter.overdue() != null) {
            all.add(where(path("overdue")).is(filter.overdue()));
        }
        if (filter.dueSoon() != null) {
            all.add(where(path("dueSoon")).is(filter.dueSoon()));
        }
        if (filter.category() != null) {
            all.add(where(path("categories")).is(filter.category().name()));
        }
        if (filter.department() != null) {
            all.add(new Criteria().orOperator(
                    where(path("routing.leadDepartment")).is(filter.department().name()),
                    where(path("routing.coDepartments")).is(filter.department().name())));
        }
        if (filter.leader() != null) {
            all.add(where(path("supervision.leader")).is(filter.leader()));
        }
        if (filter.callbackDueBy() != null) {
            all.add(where(path("nextCallbackAt")).lte(filter.callbackDueBy()));
        }
        return new Criteria().andOperator(all);
    }

    /** The order asked, then the id, so that pages neither overlap nor skip a case. */
    static Sort of(CaseFilter.Order order) {
        Sort sort = switch (order) {
            case DEADLINE -> Sort.by(path("deadline.dueAt"));
            case NEXT_CALLBACK -> Sort.by(path("nextCallbackAt"));
        };
        return sort.and(Sort.by("_id"));
    }

    /** Awaiting the report, and due soon or overdue at {@code now} without the mark yet. */
    static Criteria awaitingDeadlineMarks(Instant now) {
        Criteria awaiting = where(path("state"))
                .in(List.of(CaseState.ASSIGNED.name(), CaseState.INVESTIGATING.name()));
        Criteria due = new Criteria().orOperator(
                new Criteria().andOperator(where(path("dueSoon")).is(false),
                        where(path("deadline.dueSoonAt")).lte(now)),
                new Criteria().andOperator(where(path("overdue")).is(false),
                        where(path("deadline.dueAt")).lte(now)));
        return new Criteria().andOperator(awaiting, due);
    }
}
