package cn.huiyin.simulator.replay;

import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import tools.jackson.databind.JsonNode;

/**
 * Countable figures of one report (a region and a period) under flat names such as {@code cases},
 * {@code category.HOUSING_SECURITY} or {@code callback.UNSATISFIED}: what the simulator expects, and
 * what {@code GET /api/v1/reports/summary} says, so the two can be compared name by name.
 */
public final class Figures {

    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();

    public void add(String name) {
        add(name, 1);
    }

    public void add(String name, long n) {
        counts.computeIfAbsent(name, k -> new LongAdder()).add(n);
    }

    public long get(String name) {
        LongAdder adder = counts.get(name);
        return adder == null ? 0 : adder.sum();
    }

    /** The figures of a summary answer that the simulator can account for. */
    public static Figures of(JsonNode summary) {
        Figures f = new Figures();
        JsonNode calls = summary.path("calls");
        f.add("calls", calls.path("total").asLong());
        calls.path("byType").properties().forEach(e -> f.add("callType." + e.getKey(), e.getValue().asLong()));
        f.add("cases", summary.path("total").asLong());
        list(f, "region.", summary.path("byRegion"));
        list(f, "category.", summary.path("byCategory"));
        list(f, "department.", summary.path("byDepartment"));
        list(f, "nature.", summary.path("byNature"));
        for (String name : new String[] {"verified", "substantiated", "late", "missing", "closed", "reopened",
                "returnedByCity", "callbackRetryPending"}) {
            f.add(name, summary.path(name).asLong());
        }
        summary.path("reportedSatisfaction").properties().forEach(e -> f.add("reported." + e.getKey(),
                e.getValue().asLong()));
        summary.path("callbackSatisfaction").properties().forEach(e -> f.add("callback." + e.getKey(),
                e.getValue().asLong()));
        JsonNode households = summary.path("households");
        f.add("households.identified", households.path("identified").asLong());
        f.add("households.cleared", households.path("cleared").asLong());
        return f;
    }

    private static void list(Figures f, String prefix, JsonNode items) {
        items.forEach(item -> f.add(prefix + item.path("code").asString(), item.path("count").asLong()));
    }

    /** This plus what was sent. */
    public Figures plus(Figures sent) {
        Figures sum = new Figures();
        counts.forEach((k, v) -> sum.add(k, v.sum()));
        sent.counts.forEach((k, v) -> sum.add(k, v.sum()));
        return sum;
    }

    /** Every name whose count differs, as "name expected E, reported R"; only names starting with a prefix given. */
    public Map<String, String> differences(Figures reported, String... prefixes) {
        Map<String, String> differences = new TreeMap<>();
        TreeSet<String> names = new TreeSet<>(counts.keySet());
        names.addAll(reported.counts.keySet());
        for (String name : names) {
            boolean wanted = false;
            for (String prefix : prefixes) {
                wanted |= name.equals(prefix) || name.startsWith(prefix + ".");
            }
            if (wanted && get(name) != reported.get(name)) {
                differences.put(name, "expected " + get(name) + ", reported " + reported.get(name));
            }
        }
        return differences;
    }
}
