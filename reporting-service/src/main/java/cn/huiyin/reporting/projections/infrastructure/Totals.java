package cn.huiyin.reporting.projections.infrastructure;

import java.util.Map;

import org.bson.Document;

/** Sums of counters, recomputed from what they sum: a day's entries, or a month's day totals. */
final class Totals {

    private Totals() {
    }

    /** The totals of a day's entries ({@code {key: {v, c: {counter: n}}}}). */
    static Document of(Document entries) {
        Document totals = new Document();
        for (Object entry : entries.values()) {
            add(totals, ((Document) entry).get("c", Document.class));
        }
        return totals;
    }

    static void add(Document totals, Map<String, Object> counts) {
        if (counts == null) {
            return;
        }
        counts.forEach((counter, value) -> totals.merge(counter, ((Number) value).longValue(),
                (a, b) -> ((Number) a).longValue() + ((Number) b).longValue()));
    }
}
