package cn.huiyin.reporting.bulletins.web;

import cn.huiyin.chassis.web.FieldErrors;
import cn.huiyin.chassis.web.ProblemException;
import cn.huiyin.chassis.web.QueryParams;
import cn.huiyin.chassis.web.RequestBodies;
import cn.huiyin.reporting.bulletins.application.BulletinIssuing;
import cn.huiyin.reporting.bulletins.application.BulletinLinks;
import cn.huiyin.reporting.bulletins.application.BulletinQueries;
import cn.huiyin.reporting.bulletins.application.BulletinView;

import java.net.URI;
import java.nio.charset.StandardCharsets;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** The bulletins (快报) routes: issue on demand, list, and one issue as JSON, HTML, PDF or workbook. */
public class BulletinHandler {

    static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);
    static final MediaType PDF = MediaType.APPLICATION_PDF;
    static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    /** Ids are "{region}-{yyyy-MM}": anything else is unknown without asking the store. */
    private static final String ID = "\\d{2,4}-\\d{4}-\\d{2}";

    private final BulletinIssuing issuing;
    private final BulletinQueries queries;
    private final RequestBodies bodies;

    public BulletinHandler(BulletinIssuing issuing, BulletinQueries queries, RequestBodies bodies) {
        this.issuing = issuing;
        this.queries = queries;
        this.bodies = bodies;
    }

    /** 201 with the new issue, 200 with the revised one when the month's issue existed. */
    public Mono<ServerResponse> issue(ServerRequest request) {
        return bodies.decode(request, BulletinRequest.class)
                .switchIfEmpty(Mono.error(() -> ProblemException.invalid("body", "is required")))
                .map(decoded -> decoded.validated(BulletinHandler::complete))
                .flatMap(body -> issuing.onDemand(body.region().strip(), body.year(), body.month()))
                .flatMap(issued -> {
                    BulletinView view = BulletinView.of(issued.bulletin());
                    return issued.created()
                            ? ServerResponse.created(URI.create(view.links().self())).bodyValue(view)
                            : ServerResponse.ok().bodyValue(view);
                });
    }

    public Mono<ServerResponse> list(ServerRequest request) {
        return Mono.defer(() -> {
            FieldErrors errors = new FieldErrors();
            String region = request.queryParam("region").filter(value -> !value.isBlank()).orElse(null);
            errors.require("region", region);
            errors.check("region", region == null || region.strip().matches("\\d{2,12}"),
                    "must be a region code (digits)");
            errors.require("year", request.queryParam("year").filter(value -> !value.isBlank()).orElse(null));
            int year = QueryParams.number(request, "year", 0, 2000, 2999, errors);
            errors.throwIfAny();
            return queries.list(region.strip(), year);
        }).flatMap(list -> ServerResponse.ok().contentType(MediaType.APPLICATION_JSON).bodyValue(list));
    }

    public Mono<ServerResponse> get(ServerRequest request) {
        return id(request).flatMap(queries::view)
                .flatMap(view -> ServerResponse.ok().contentType(MediaType.APPLICATION_JSON).bodyValue(view));
    }

    public Mono<ServerResponse> html(ServerRequest request) {
        // charts are CPU work: kept off the event loop, as the analysis report does
        return id(request).publishOn(Schedulers.boundedElastic()).flatMap(queries::html)
                .flatMap(html -> ServerResponse.ok().contentType(HTML).bodyValue(html));
    }

    public Mono<ServerResponse> pdf(ServerRequest request) {
        return id(request).publishOn(Schedulers.boundedElastic()).flatMap(queries::pdf)
                .flatMap(pdf -> document(request, pdf, PDF, "pdf"));
    }

    public Mono<ServerResponse> xlsx(ServerRequest request) {
        return id(request).publishOn(Schedulers.boundedElastic()).flatMap(queries::xlsx)
                .flatMap(xlsx -> document(request, xlsx, XLSX, "xlsx"));
    }

    private static Mono<ServerResponse> document(ServerRequest request, byte[] body, MediaType type, String suffix) {
        return ServerResponse.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"bulletin-"
                        + request.pathVariable("id") + "." + suffix + "\"")
                .bodyValue(body);
    }

    private static Mono<String> id(ServerRequest request) {
        String id = request.pathVariable("id");
        return id.matches(ID) ? Mono.just(id)
                : Mono.error(ProblemException.notFound("bulletin " + BulletinLinks.PATH + "/" + id));
    }

    private static BulletinRequest complete(BulletinRequest body) {
        new FieldErrors().require("region", body.region()).require("year", body.year())
                .require("month", body.month()).throwIfAny();
        return body;
    }
}
