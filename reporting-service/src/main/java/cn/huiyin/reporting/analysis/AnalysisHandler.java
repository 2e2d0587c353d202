package cn.huiyin.reporting.analysis;

import cn.huiyin.chassis.web.FieldErrors;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * {@code GET /reports/analysis?region=&from=&to=}: the analysis report as an HTML page. Parameters
 * that are missing or unreadable are all named in one 400; the rest (unknown region, from after to,
 * a region outside the token's) is judged by {@link Summaries}, as for the JSON summary.
 */
public final class AnalysisHandler {

    static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

    private final ReportContents inputs;
    private final AnalysisReport report;

    public AnalysisHandler(ReportContents inputs, AnalysisReport report) {
        this.inputs = inputs;
        this.report = report;
    }

    public Mono<ServerResponse> report(ServerRequest request) {
        return Mono.defer(() -> {
            FieldErrors errors = new FieldErrors();
            String region = request.queryParam("region").orElse(null);
            errors.require("region", region);
            errors.check("region", region == null || region.isBlank() || region.matches("\\d{2,12}"),
                    "must be a region code (digits)");
            LocalDate from = date(request, "from", errors);
            LocalDate to = date(request, "to", errors);
            errors.throwIfAny();
            return inputs.gather(region, from, to)
                    // charts are CPU work and the first one loads fonts: kept off the event loop
                    .publishOn(Schedulers.boundedElastic())
                    .map(content -> report.render(content.summary(), content.extras()))
                    .flatMap(html -> ServerResponse.ok().contentType(HTML).bodyValue(html));
        });
    }

    private static LocalDate date(ServerRequest request, String name, FieldErrors errors) {
        String value = request.queryParam(name).orElse(null);
        errors.require(name, value);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            errors.add(name, "must be an ISO date such as 2020-01-01");
            return null;
        }
    }
}
