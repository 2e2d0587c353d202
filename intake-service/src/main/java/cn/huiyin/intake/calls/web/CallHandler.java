package cn.huiyin.intake.calls.web;

import cn.huiyin.chassis.errors.DomainException;
import cn.huiyin.chassis.security.Client;
import cn.huiyin.chassis.security.RegionAccess;
import cn.huiyin.chassis.web.Decoded;
import cn.huiyin.chassis.web.ProblemException;
import cn.huiyin.chassis.web.ProblemExceptionHandler;
import cn.huiyin.intake.calls.application.CallIntake;
import cn.huiyin.intake.calls.application.IntakeOutcome;
import cn.huiyin.intake.calls.application.VisibleCalls;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.springframework.http.HttpStatus;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

import reactor.core.publisher.Mono;

/** Translates HTTP to the intake use cases: one call in, one call out. */
public class CallHandler {

    static final int CALL_LIMIT = 64 * 1024;

    private final JsonBodies bodies;
    private final CallRequestValidator validator;
    private final CallIntake intake;
    private final VisibleCalls calls;
    private final RegionAccess access;
    private final ProblemExceptionHandler problems;
    private final RejectionMetrics rejections;

    public CallHandler(JsonBodies bodies, CallRequestValidator validator, CallIntake intake, VisibleCalls calls,
            RegionAccess access, ProblemExceptionHandler problems, RejectionMetrics rejections) {
        this.bodies = bodies;
        this.validator = validator;
        this.intake = intake;
        this.calls = calls;
        this.access = access;
        this.problems = problems;
        this.rejections = rejections;
    }

    public Mono<ServerResponse> create(ServerRequest request) {
        return access.currentClient().flatMap(client -> bodies.read(request, CALL_LIMIT)
                .map(body -> bodies.decode(body, CallRequest.class))
                .flatMap(call -> accept(client, call))
                .doOnError(CallHandler::refused, failure -> rejections.record(problems.toProblem(failure))))
                .flatMap(outcome -> outcome.created()
                        ? ServerResponse.created(URI.create("/api/v1/calls/" + outcome.receipt().callId()))
                                .bodyValue(outcome.receipt())
                        : ServerResponse.ok().bodyValue(outcome.receipt()));
    }

    /**
     * Validates and accepts one call; shared with the batch and import endpoints. A replay is recognised by the
     * request as normalised: an external id sent again with a zero-width space or in full width is the same request.
     */
    Mono<IntakeOutcome> accept(Client client, CallRequest call) {
        return accept(client, Decoded.of(call));
    }

    /** As {@link #accept(Client, CallRequest)}, for a body some of whose fields could not be read. */
    Mono<IntakeOutcome> accept(Client client, Decoded<CallRequest> decoded) {
        CallRequest call = decoded.value();
        // the fields that could not be read and the validator's findings on the others, in one answer
        return Mono.fromCallable(() -> decoded.validated(read -> validator.validate(read, client)))
                .flatMap(submission -> intake.accept(client.subject(),
                        hash(bodies.canonical(call.withExternalId(submission.externalId()))), submission));
    }

    public Mono<ServerResponse> find(ServerRequest request) {
        String callId = request.pathVariable("callId");
        return access.currentClient().flatMap(client -> calls.find(client, callId))
                .flatMap(call -> ServerResponse.ok().bodyValue(call));
    }

    /** The call was refused, by the request's checks or by the intake: the caller's system has to change it. */
    private static boolean refused(Throwable failure) {
        return failure instanceof ProblemException || failure instanceof DomainException;
    }

    static String hash(String canonical) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static HttpStatus statusOf(IntakeOutcome outcome) {
        return outcome.created() ? HttpStatus.CREATED : HttpStatus.OK;
    }
}
