package cn.huiyin.bench.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code calls.total} of reporting's summary of one region over one day. */
final class ReportCounter {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final HttpRequest request;

    ReportCounter(URI reporting, String token, String region, LocalDate day) {
        this.request = HttpRequest.newBuilder(reporting.resolve("/api/v1/reports/summary?region=" + region + "&from="
                        + day + "&to=" + day)).header("Authorization", "Bearer " + token)
                .header("Accept", "application/json").timeout(Duration.ofSeconds(30)).build();
    }

    int callsTotal() throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("the summary answered " + response.statusCode() + ": " + response.body());
        }
        JsonNode total = JSON.readTree(response.body()).path("calls").path("total");
        if (!total.isNumber()) {
            throw new IllegalStateException("the summary has no calls.total: " + response.body());
        }
        return total.asInt();
    }
}
