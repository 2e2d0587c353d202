package cn.huiyin.cases.supervision;

import cn.huiyin.cases.cases.infrastructure.CaseDocument;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;

import org.bson.Document;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.aggregation.ConditionalOperators;
import org.springframework.data.mongodb.core.aggregation.Fields;
import org.springframework.data.mongodb.core.query.Criteria;

import reactor.core.publisher.Mono;

/**
 * The open backlog for Grafana: {@code huiyin_cases_open{state,county}}, and overdue and due-soon
 * cases by county, counted by MongoDB at each refresh; a state and county whose last case moved on reads 0.
 */
public class CaseBacklog {

    private final ReactiveMongoTemplate mongo;
    private final MultiGauge open;
    private final MultiGauge overdue;
    private final MultiGauge dueSoon;
    /** Every state and county that held an open case since start, in the order first seen (refreshes are serial). */
    private final Set<Tags> seen = new LinkedHashSet<>();

    public CaseBacklog(ReactiveMongoTemplate mongo, MeterRegistry meters) {
        this.mongo = mongo;
        this.open = MultiGauge.builder("huiyin.cases.open").description("open cases by state and county")
                .register(meters);
        this.overdue = MultiGauge.builder("huiyin.cases.overdue").description("open cases past their deadline")
                .register(meters);
        this.dueSoon = MultiGauge.builder("huiyin.cases.due.soon")
                .description("open cases with 80 % of their time used").register(meters);
    }

    public Mono<Void> refresh() {
        Aggregation byStateAndCounty = Aggregation.newAggregation(
                Aggregation.match(Criteria.where(CaseDocument.path("state")).ne("CLOSED")),
                // explicit names: the group key of a nested path is not its last segment
                Aggregation.group(Fields.from(Fields.field("state", CaseDocument.path("state")),
                                Fields.field("county", CaseDocument.path("routing.countyCode"))))
                        .count().as("cases")
                        .sum(ConditionalOperators.when(Criteria.where(CaseDocument.path("overdue")).is(true)).then(1).otherwise(0))
                        .as("overdue")
                        .sum(ConditionalOperators.when(Criteria.where(CaseDocument.path("dueSoon")).is(true)).then(1).otherwise(0))
                        .as("dueSoon"));
        return mongo.aggregate(byStateAndCounty, CaseDocument.COLLECTION, Document.class).collectList()
                .doOnNext(rows -> {
                    Map<Tags, Document> current = new LinkedHashMap<>();
                    for (Document row : rows) {
                        Document id = row.get("_id", Document.class);
                        current.put(Tags.of("state", String.valueOf(id.get("state")),
                                "county", String.valueOf(id.get("county"))), row);
                    }
                    // a state and county that held cases stay at 0 once they hold none, rather than vanish
                    seen.addAll(current.keySet());
                    List<MultiGauge.Row<?>> openRows = new ArrayList<>();
                    List<MultiGauge.Row<?>> overdueRows = new ArrayList<>();
                    List<MultiGauge.Row<?>> dueSoonRows = new ArrayList<>();
                    for (Tags tags : seen) {
                        Document row = current.get(tags);
                        openRows.add(MultiGauge.Row.of(tags, number(row, "cases")));
                        overdueRows.add(MultiGauge.Row.of(tags, number(row, "overdue")));
                        dueSoonRows.add(MultiGauge.Row.of(tags, number(row, "dueSoon")));
                    }
                    open.register(openRows, true);
                    overdue.register(overdueRows, true);
                    dueSoon.register(dueSoonRows, true);
                })
                .then();
    }

    private static Number number(Document row, String field) {
        Object value = row == null ? null : row.get(field);
        return value instanceof Number n ? n : 0;
    }
}
