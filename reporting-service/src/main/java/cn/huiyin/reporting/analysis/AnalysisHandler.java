package cn.huiyin.reporting.analysis;

import cn.huiyin.chassis.web.FieldErrors;
import cn.huiyin.reporting.summary.model.Summary;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * {@code GET /reports/analysis?region=&from=&to=}: the analysis report as an HTML page, and
 * {@code GET /reports/analysis.pdf} the same page as an A4 PDF. Parameters that are missing or
 * unreadable are all named in one 400; the rest (unknown region, from after to, a region outside
 * the token's) is judged by the summary, as for the JSON summary.
 */
public final class AnalysisHandler {

    static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

    private static final Logger log = LoggerFactory.getLogger(AnalysisHandler.class);

    private final ReportContents contents;
    private final AnalysisReport report;
    private final AnalysisPdf pdf;

    public AnalysisHandler(ReportContents contents, AnalysisReport report, AnalysisPdf pdf) {
        this.contents = contents;
        this.report = report;
        this.pdf = pdf;
    }

    public Mono<ServerResponse> report(ServerRequest request) {
        return content(request)
                .map(content -> report.render(content.summary(), content.extras()))
                .flatMap(html -> ServerResponse.ok().contentType(HTML).bodyValue(html));
    }

    public Mono<ServerResponse> pdf(ServerRequest request) {
        return content(request)
                .map(content -> {
                    Summary summary = content.summary();
                    long start = System.nanoTime();
                    byte[] document = pdf.render(report.render(summary, content.extras()));
                    log.debug("analysis report {} rendered as PDF, {} bytes in {} ms", fileName(summary),
                            document.length, (System.nanoTime() - start) / 1_000_000);
                    return new Rendered(fileName(summary), document);
                })
                .flatMap(rendered -> ServerResponse.ok()
                        .contentType(MediaType.APPLICATION_PDF)
                        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                                .filename(rendered.fileName(), StandardCharsets.UTF_8).build().toString())
                        .bodyValue(rendered.pdf()));
    }

    /** 分析报告-5205-2020-01-01-2020-05-31.pdf */
    static String fileName(Summary summary) {
        return "分析报告-" + summary.region().code() + "-" + summary.from() + "-" + summary.to() + ".pdf";
    }

    private Mono<AnalysisInputs.Content> content(ServerRequest request) {
        return Mono.defer(() -> {
            FieldErrors errors = new FieldErrors();
            String region = request.queryParam("region").orElse(null);
            errors.require("region", region);
            errors.check("region", region == null || region.isBlank() || region.matches("\\d{2,12}"),
                    "must be a region code (digits)");
            LocalDate from = date(request, "from", errors);
            LocalDate to = date(request, "to", errors);
            errors.throwIfAny();
            return contents.gather(region, from, to)
                    // charts and pages are CPU work and the first ones load fonts: kept off the event loop
                    .publishOn(Schedulers.boundedElastic());
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

    private record Rendered(String fileName, byte[] pdf) {
    }
}
