package cn.huiyin.reporting.summary.web;

import cn.huiyin.reporting.summary.application.Summaries;

import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

import reactor.core.publisher.Mono;

/** {@code GET /api/v1/reports/summary?region=&from=&to=}: the report's figures as JSON. */
public class SummaryHandler {

    private final Summaries summaries;

    public SummaryHandler(Summaries summaries) {
        this.summaries = summaries;
    }

    public Mono<ServerResponse> summary(ServerRequest request) {
        return Mono.fromCallable(() -> ReportQuery.of(request))
                .flatMap(query -> summaries.summarize(query.region(), query.from(), query.to()))
                .flatMap(summary -> ServerResponse.ok().contentType(MediaType.APPLICATION_JSON).bodyValue(summary));
    }
}
