package cn.huiyin.reporting.instructions.web;

import cn.huiyin.chassis.web.FieldErrors;
import cn.huiyin.chassis.web.ProblemException;
import cn.huiyin.chassis.web.RequestBodies;
import cn.huiyin.reporting.instructions.application.AnswerDraft;
import cn.huiyin.reporting.instructions.application.InstructionAnswering;
import cn.huiyin.reporting.instructions.application.InstructionDraft;
import cn.huiyin.reporting.instructions.application.InstructionQueries;
import cn.huiyin.reporting.instructions.application.InstructionRecording;
import cn.huiyin.reporting.instructions.model.InstructionState;

import java.net.URI;

import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

import reactor.core.publisher.Mono;

/** The leaders' instructions (领导批示) routes: record, answer, list and read one. */
public class InstructionHandler {

    static final String PATH = "/api/v1/instructions";

    private final InstructionRecording recording;
    private final InstructionAnswering answering;
    private final InstructionQueries queries;
    private final RequestBodies bodies;

    public InstructionHandler(InstructionRecording recording, InstructionAnswering answering,
            InstructionQueries queries, RequestBodies bodies) {
        this.recording = recording;
        this.answering = answering;
        this.queries = queries;
        this.bodies = bodies;
    }

    public Mono<ServerResponse> record(ServerRequest request) {
        return bodies.decode(request, InstructionDraft.class)
                .switchIfEmpty(Mono.error(() -> ProblemException.invalid("body", "is required")))
                // fields that could not be read (a number for a date) are named before the rest is judged
                .map(decoded -> decoded.validated(draft -> draft))
                .flatMap(recording::record)
                .flatMap(instruction -> queries.get(instruction.id()))
                .flatMap(view -> ServerResponse.created(URI.create(PATH + "/" + view.id())).bodyValue(view));
    }

    public Mono<ServerResponse> answer(ServerRequest request) {
        String id = request.pathVariable("id");
        return bodies.decode(request, AnswerDraft.class)
                .switchIfEmpty(Mono.error(() -> ProblemException.invalid("body", "is required")))
                .map(decoded -> decoded.validated(draft -> draft))
                .flatMap(draft -> answering.answer(id, draft))
                .flatMap(instruction -> queries.get(instruction.id()))
                .flatMap(view -> ServerResponse.ok().contentType(MediaType.APPLICATION_JSON).bodyValue(view));
    }

    public Mono<ServerResponse> list(ServerRequest request) {
        return Mono.defer(() -> {
            FieldErrors errors = new FieldErrors();
            String region = request.queryParam("region").filter(value -> !value.isBlank()).orElse(null);
            errors.require("region", region);
            errors.check("region", region == null || region.strip().matches("\\d{2,12}"),
                    "must be a region code (digits)");
            InstructionState state = errors.enumOf("state", request.queryParam("state").orElse(null),
                    InstructionState.class, false);
            errors.throwIfAny();
            return queries.list(region.strip(), state);
        }).flatMap(found -> ServerResponse.ok().contentType(MediaType.APPLICATION_JSON).bodyValue(found));
    }

    public Mono<ServerResponse> get(ServerRequest request) {
        return queries.get(request.pathVariable("id"))
                .flatMap(view -> ServerResponse.ok().contentType(MediaType.APPLICATION_JSON).bodyValue(view));
    }
}
