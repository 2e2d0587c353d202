package cn.huiyin.simulator;

import cn.huiyin.regions.RegionRegistry;
import cn.huiyin.simulator.scenario.People;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The fault tests' hotline: posts appeals at a steady pace and remembers what intake accepted — each call, and
 * per month and county — and reads back what the reports count. Every caller is the head of a household the
 * monitoring office registered in the call's county, so each call (about drinking water) is also a sign of risk
 * of that household.
 */
final class CallDesk {

    static final List<String> COUNTIES = List.of("520502", "520526", "520527");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    record Answer(int status, String retryAfter, String contentType) {
    }

    /** A call intake accepted (201). */
    record SentCall(String callId, String trackingNumber, String county) {
    }

    private final ServiceProcesses services;
    private final String token;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, Map<String, Integer>> sent = new LinkedHashMap<>();
    private final AtomicInteger sequence = new AtomicInteger();
    private final List<SentCall> accepted = new CopyOnWriteArrayList<>();
    /** county → the ID number of the head of the household registered there */
    private final Map<String, String> heads = new LinkedHashMap<>();

    CallDesk(ServiceProcesses services, String token) {
        this.services = services;
        this.token = token;
    }

    /** One household per county, registered by the monitoring office, whose head makes that county's calls. */
    void registerHouseholds(String monitoringOffice) throws Exception {
        RegionRegistry regions = RegionRegistry.loadDefault();
        Random random = new Random(17);
        for (String county : COUNTIES) {
            String head = People.residentId(random, county);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("regionCode", regions.children(county).get(0).code());
            body.put("head", Map.of("name", "李四", "idNumber", head));
            body.put("members", List.of(Map.of("age", 46, "ableToWork", true), Map.of("age", 70)));
            body.put("status", "ALLEVIATED");
            body.put("incomes", List.of(Map.of("year", 2020, "perCapita", 12_000, "wages", 20_000,
                    "assessedOn", "2020-12-01")));
            body.put("housingSafe", true);
            body.put("waterSafe", true);
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(services.uri("monitoring-service")
                            .resolve("/api/v1/households/faults-" + county)).timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + monitoringOffice).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException("registering a household in " + county + " answered "
                        + response.statusCode() + ": " + response.body());
            }
            heads.put(county, head);
        }
    }

    /** The household that makes {@code county}'s calls. */
    static String householdOf(String county) {
        return "faults-" + county;
    }

    /** Posts {@code perSecond} calls a second for {@code duration}; every one must be accepted (201). */
    int callFor(Duration duration, String day, int perSecond) throws Exception {
        long end = System.nanoTime() + duration.toNanos();
        int accepted = 0;
        while (System.nanoTime() < end) {
            long next = System.nanoTime() + 1_000_000_000L / perSecond;
            Answer answer = postOnce(day);
            if (answer.status() != 201) {
                throw new AssertionError("a call was answered " + answer.status() + " after " + accepted + " accepted");
            }
            accepted++;
            long wait = next - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
        }
        return accepted;
    }

    /** One appeal on {@code day}; remembered as sent when intake accepts it. */
    Answer postOnce(String day) throws Exception {
        String county = COUNTIES.get(sequence.getAndIncrement() % COUNTIES.size());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("externalId", "fault-" + UUID.randomUUID());
        body.put("receivedAt", day + "T02:00:00Z");
        body.put("channel", "PHONE");
        body.put("type", "APPEAL");
        Map<String, Object> caller = new LinkedHashMap<>();
        caller.put("name", "张三");
        caller.put("phone", "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000)));
        if (heads.containsKey(county)) {
            caller.put("idNumber", heads.get(county));
        }
        body.put("caller", caller);
        body.put("regionCode", county);
        body.put("categories", List.of("DRINKING_WATER"));
        body.put("content", "组里的饮水管道坏了一个月，至今没有人来修。");
        body.put("urgent", false);
        HttpResponse<String> response;
        try {
            response = http.send(HttpRequest.newBuilder(services.uri("intake-service").resolve("/api/v1/calls"))
                    .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            return new Answer(-1, "", "");
        }
        if (response.statusCode() == 201) {
            sent.computeIfAbsent(day.substring(0, 7), m -> new LinkedHashMap<>()).merge(county, 1, Integer::sum);
            JsonNode call = JSON.readTree(response.body());
            accepted.add(new SentCall(call.required("callId").asString(), call.required("trackingNumber").asString(),
                    county));
        }
        return new Answer(response.statusCode(), response.headers().firstValue("Retry-After").orElse(""),
                response.headers().firstValue("Content-Type").orElse(""));
    }

    /** Every call intake accepted so far, in the order sent. */
    List<SentCall> accepted() {
        return List.copyOf(accepted);
    }

    Map<String, Integer> sentByCounty(String month) {
        return sent.getOrDefault(month, Map.of());
    }

    /** Calls the reports count in {@code region} over {@code month}. */
    long reportedCalls(String month) throws Exception {
        return reportedCalls("52", month);
    }

    Map<String, Integer> byCounty(String month) throws Exception {
        Map<String, Integer> counted = new LinkedHashMap<>();
        for (String county : sentByCounty(month).keySet()) {
            counted.put(county, (int) reportedCalls(county, month));
        }
        return counted;
    }

    private long reportedCalls(String region, String month) throws Exception {
        YearMonth m = YearMonth.parse(month);
        LocalDate from = m.atDay(1);
        LocalDate to = m.atEndOfMonth();
        JsonNode summary = get("reporting-service", "/api/v1/reports/summary?region=" + region + "&from=" + from
                + "&to=" + to);
        return summary.path("calls").path("total").asLong();
    }

    /** The whole summary as one reporting-service instance answers it. */
    JsonNode summary(String reportingInstance, String region, LocalDate from, LocalDate to) throws Exception {
        return get(reportingInstance, "/api/v1/reports/summary?region=" + region + "&from=" + from + "&to=" + to);
    }

    /** Events one instance took from Kafka and applied, of every type, since its process started. */
    double appliedBy(String instance) throws Exception {
        return metric(instance, "huiyin_events_consumed_total", "outcome=\"applied\"");
    }

    /** Events sent to a dead-letter topic by any consumer since its process started. */
    double deadLettered() throws Exception {
        double total = 0;
        for (String service : List.of("case-service", "monitoring-service", "reporting-service",
                PlatformFaultsTest.SECOND_REPORTING)) {
            total += metric(service, "huiyin_events_dead_lettered_total");
        }
        return total;
    }

    private double metric(String service, String name, String... labels) throws Exception {
        URI metrics = services.managementUri(service).resolve("/actuator/prometheus");
        String scrape = http.send(HttpRequest.newBuilder(metrics)
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString()).body();
        double sum = 0;
        for (String line : scrape.split("\n")) {
            if (line.startsWith(name + "{") && List.of(labels).stream().allMatch(line::contains)) {
                sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return sum;
    }

    private JsonNode get(String service, String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(services.uri(service).resolve(path))
                .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }
}
