package cn.huiyin.reporting.hotspots.web;

import cn.huiyin.reporting.hotspots.application.HotspotQueries;
import cn.huiyin.reporting.summary.web.ReportQuery;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/** {@code GET /api/v1/hotspots?region=&from=&to=}: the hotspot warnings (热点预警) of a region and period. */
public class HotspotHandler {

    private final HotspotQueries queries;

    public HotspotHandler(HotspotQueries queries) {
        this.queries = queries;
    }

    public Mono<ServerResponse> list(ServerRequest request) {
        return Mono.fromCallable(() -> ReportQuery.of(request))
                .flatMap(query -> queries.within(query.region(), query.from(), query.to()))
                .flatMap(found -> ServerResponse.ok().contentType(MediaType.APPLICATION_JSON).bodyValue(found));
    }
}
