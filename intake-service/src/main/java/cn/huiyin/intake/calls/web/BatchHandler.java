package cn.huiyin.intake.calls.web;

import cn.huiyin.chassis.security.Client;
import cn.huiyin.chassis.security.RegionAccess;
import cn.huiyin.chassis.errors.FieldError;
import cn.huiyin.chassis.web.FieldErrors;
import cn.huiyin.chassis.web.ProblemException;
import cn.huiyin.chassis.web.ProblemExceptionHandler;
import cn.huiyin.intake.calls.application.CallReceipt;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.ArrayList;
import java.util.List;

import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /api/v1/calls/batch}: up to 1,000 calls ({@code {"calls":[...]}} or a bare array)
 * answered item by item in the same order. A bad item is answered with its own 4xx and does not
 * sink the others.
 */
public class BatchHandler {

    static final int MAX_CALLS = 1000;
    static final int BATCH_LIMIT = 4 * 1024 * 1024;
    /** Calls of one batch accepted side by side; answers still come back in the batch's order. */
    static final int CONCURRENCY = 8;

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ItemResult(int index, int status, CallReceipt call, String detail, List<FieldError> errors) {
    }

    public record BatchResult(int accepted, int replayed, int rejected, List<ItemResult> results) {
    }

    private final JsonBodies bodies;
    private final CallHandler calls;
    private final RegionAccess access;
    private final ProblemExceptionHandler problems;
    private final RejectionMetrics rejections;

    public BatchHandler(JsonBodies bodies, CallHandler calls, RegionAccess access, ProblemExceptionHandler problems,
            RejectionMetrics rejections) {
        this.bodies = bodies;
        this.calls = calls;
        this.access = access;
        this.problems = problems;
        this.rejections = rejections;
    }

    public Mono<ServerResponse> create(ServerRequest request) {
        return access.currentClient().flatMap(client -> bodies.read(request, BATCH_LIMIT)
                .map(BatchHandler::items)
                .flatMap(items -> Flux.range(0, items.size())
                        .flatMapSequential(i -> accept(client, i, items.get(i)), CONCURRENCY)
                        .collectList()))
                .flatMap(results -> ServerResponse.ok().bodyValue(summary(results)));
    }

    private Mono<ItemResult> accept(Client client, int index, JsonNode item) {
        // a null item converts to nothing: rejected at its index rather than left out of the answer
        return Mono.fromCallable(() -> item == null || item.isNull() ? null : bodies.decode(item, CallRequest.class))
                .switchIfEmpty(Mono.error(() -> ProblemException.invalid("calls[" + index + "]", "must be a call, not null")))
                .flatMap(call -> calls.accept(client, call))
                .map(outcome -> new ItemResult(index, CallHandler.statusOf(outcome).value(), outcome.receipt(),
                        null, null))
                .onErrorResume(failure -> {
                    ProblemException problem = problems.toProblem(failure);
                    rejections.record(problem);
                    return Mono.just(new ItemResult(index, problem.status().value(), null, problem.getMessage(),
                            problem.errors().isEmpty() ? null : problem.errors()));
                });
    }

    private static List<JsonNode> items(JsonNode body) {
        JsonNode calls = body.isArray() ? body : body.get("calls");
        FieldErrors errors = new FieldErrors();
        if (body.isObject()) {
            // an envelope field the API does not know is refused, like one in a call, in the same answer
            body.propertyNames().stream().filter(name -> !name.equals("calls"))
                    .forEach(name -> errors.add(name, "is not a field of a batch"));
        }
        if (calls == null || !calls.isArray()) {
            errors.add("calls", "must be a list of calls");
        } else if (calls.isEmpty()) {
            errors.add("calls", "must hold at least one call");
        } else if (calls.size() > MAX_CALLS) {
            errors.add("calls", "must hold at most " + MAX_CALLS + " calls");
        }
        errors.throwIfAny();
        List<JsonNode> items = new ArrayList<>(calls.size());
        calls.forEach(items::add);
        return items;
    }

    private static BatchResult summary(List<ItemResult> results) {
        int accepted = (int) results.stream().filter(r -> r.status() == 201).count();
        int replayed = (int) results.stream().filter(r -> r.status() == 200).count();
        return new BatchResult(accepted, replayed, results.size() - accepted - replayed, results);
    }
}
