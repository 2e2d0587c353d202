package cn.huiyin.cases.supervision.application;

import cn.huiyin.cases.cases.application.Cases;
import cn.huiyin.cases.cases.application.OpenCaseCount;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToLongFunction;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;

import reactor.core.publisher.Mono;

/**
 * The open backlog for Grafana: {@code huiyin_cases_open{state,county}}, and overdue and due-soon
 * cases by county, counted by the store at each refresh; a state and county whose last case moved on reads 0.
 */
public class CaseBacklog {

    private final Cases cases;
    private final MultiGauge open;
    private final MultiGauge overdue;
    private final MultiGauge dueSoon;
    /** Every state and county that held an open case since start, in the order first seen (refreshes are serial). */
    private final Set<Tags> seen = new LinkedHashSet<>();

    public CaseBacklog(Cases cases, MeterRegistry meters) {
        this.cases = cases;
        this.open = MultiGauge.builder("huiyin.cases.open").description("open cases by state and county")
                .register(meters);
        this.overdue = MultiGauge.builder("huiyin.cases.overdue").description("open cases past their deadline")
                .register(meters);
        this.dueSoon = MultiGauge.builder("huiyin.cases.due.soon")
                .description("open cases with 80 % of their time used").register(meters);
    }

    public Mono<Void> refresh() {
        return cases.openByStateAndCounty().collectList()
                .doOnNext(counts -> {
                    Map<Tags, OpenCaseCount> current = new LinkedHashMap<>();
                    for (OpenCaseCount count : counts) {
                        current.put(Tags.of("state", count.state(), "county", count.county()), count);
                    }
                    // a state and county that held cases stay at 0 once they hold none, rather than vanish
                    seen.addAll(current.keySet());
                    open.register(rows(current, OpenCaseCount::open), true);
                    overdue.register(rows(current, OpenCaseCount::overdue), true);
                    dueSoon.register(rows(current, OpenCaseCount::dueSoon), true);
                })
                .then();
    }

    private List<MultiGauge.Row<?>> rows(Map<Tags, OpenCaseCount> current, ToLongFunction<OpenCaseCount> value) {
        List<MultiGauge.Row<?>> rows = new ArrayList<>();
        for (Tags tags : seen) {
            OpenCaseCount count = current.get(tags);
            rows.add(MultiGauge.Row.of(tags, count == null ? 0 : value.applyAsLong(count)));
        }
        return rows;
    }
}
