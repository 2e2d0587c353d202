package cn.huiyin.simulator.replay;

import cn.huiyin.simulator.http.Api;
import cn.huiyin.simulator.scenario.Scenario;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads reporting-service's summary before the replay and waits, after it, until the summary has taken in
 * exactly what the simulator sent (the reports are eventually consistent), or the time is up.
 */
final class ReportCheck {

    static final String[] CASE_FIGURES = {"calls", "callType", "cases", "region", "category", "department", "nature",
            "verified", "substantiated", "late", "missing", "closed", "reopened", "returnedByCity", "reported", "callback",
            "callbackRetryPending"};
    private static final Pattern PUBLISHED = Pattern.compile(
            "^huiyin_events_published_total\\{([^}]*)\\}\\s+([0-9.eE+]+)", Pattern.MULTILINE);
    private static final Pattern TOPIC = Pattern.compile("topic=\"([^\"]+)\"");
    /** How often the summaries are asked while waiting: the wait is measured to about this much. */
    private static final long POLL_MILLIS = 500;

    record Baseline(Figures bijie, Figures province, Figures households, LocalDate day, Map<String, Long> published) {
    }

    private final Api api;
    private final URI reporting;
    /** The management addresses of the services that publish events, where their counters are. */
    private final List<URI> publishers;
    private final String token;

    ReportCheck(Api api, URI reporting, List<URI> publishers, String token) {
        this.api = api;
        this.reporting = reporting;
        this.publishers = publishers;
        this.token = token;
    }

    Baseline baseline() {
        LocalDate today = LocalDate.now(HouseholdWork.BEIJING);
        return new Baseline(summary(Scenario.BIJIE, Scenario.FROM, Scenario.TO),
                summary(Scenario.PROVINCE, Scenario.FROM, Scenario.TO),
                summary(Scenario.PROVINCE, today, today), today, published());
    }

    /** Differences left when the summaries matched or the time ran out; empty when everything matched. */
    Map<String, String> await(Baseline base, Ledger ledger, Duration timeout, Progress progress) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Map<String, String> left;
        int round = 0;
        while (true) {
            left = new LinkedHashMap<>();
            prefix(left, "毕节市 2020H1 ", base.bijie().plus(ledger.bijie)
                    .differences(summary(Scenario.BIJIE, Scenario.FROM, Scenario.TO), CASE_FIGURES));
            prefix(left, "贵州省 2020H1 ", base.province().plus(ledger.province)
                    .differences(summary(Scenario.PROVINCE, Scenario.FROM, Scenario.TO), CASE_FIGURES));
            prefix(left, "贵州省 " + base.day() + " ", base.households().plus(ledger.householdsToday)
                    .differences(summary(Scenario.PROVINCE, base.day(), base.day()), "households"));
            if (left.isEmpty() || System.nanoTime() > deadline) {
                return left;
            }
            if (++round % 20 == 0) {
                progress.line("reporting      " + left.size() + " figures still catching up, e.g. "
                        + left.entrySet().iterator().next());
            }
            Pause.of(POLL_MILLIS);
        }
    }

    Figures summary(String region, LocalDate from, LocalDate to) {
        Api.Answer answer = api.get(reporting.resolve("/api/v1/reports/summary?region=" + region + "&from=" + from
                + "&to=" + to), token);
        if (!answer.ok()) {
            throw new IllegalStateException("the summary of " + region + " was refused: " + answer.problem());
        }
        return Figures.of(answer.body());
    }

    /**
     * Events acknowledged by Kafka, by topic, summed over the publishing services (their Prometheus counters, on
     * their management ports).
     */
    Map<String, Long> published() {
        Map<String, Long> topics = new TreeMap<>();
        for (URI service : publishers) {
            try {
                String text = new String(api.bytes(service.resolve("/actuator/prometheus"), token));
                Matcher m = PUBLISHED.matcher(text);
                while (m.find()) {
                    Matcher topic = TOPIC.matcher(m.group(1));
                    if (topic.find()) {
                        topics.merge(topic.group(1), (long) Double.parseDouble(m.group(2)), Long::sum);
                    }
                }
            } catch (RuntimeException e) {
                // metrics are shown, not checked: a service without them shows none
            }
        }
        return topics;
    }

    private static void prefix(Map<String, String> into, String prefix, Map<String, String> differences) {
        differences.forEach((k, v) -> into.put(prefix + k, v));
    }
}
