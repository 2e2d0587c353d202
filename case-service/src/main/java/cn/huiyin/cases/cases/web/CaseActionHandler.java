package cn.huiyin.cases.cases.web;

import cn.huiyin.cases.cases.application.CaseActions;
import cn.huiyin.cases.cases.application.CasePolicies;
import cn.huiyin.cases.cases.model.CallbackOutcome;
import cn.huiyin.cases.cases.model.Case;
import cn.huiyin.cases.cases.model.Transition;
import cn.huiyin.cases.cases.model.Verification;
import cn.huiyin.cases.routing.TransferRules;
import cn.huiyin.chassis.security.Client;
import cn.huiyin.chassis.security.RegionAccess;
import cn.huiyin.chassis.web.FieldErrors;
import cn.huiyin.chassis.web.ProblemException;
import cn.huiyin.chassis.web.RequestBodies;
import cn.huiyin.events.CallbackResult;
import cn.huiyin.events.Nature;
import cn.huiyin.events.ReportedSatisfaction;
import cn.huiyin.events.Resolution;
import cn.huiyin.events.Substantiation;
import cn.huiyin.events.UnreachableReason;
import cn.huiyin.privacy.FreeText;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

import reactor.core.publisher.Mono;

/**
 * The county's and the hotline's actions on a case. Each answers the case as it is afterwards; an
 * {@code If-Match: <version>} header makes the action conditional on the version the client read.
 */
public class CaseActionHandler {

    private final CaseActions actions;
    private final CasePolicies policies;
    private final Reassignment reassignment;
    private final Oversight oversight;
    private final RegionAccess access;
    private final CaseViews views;
    private final RequestBodies bodies;
    private final Clock clock;

    /** Wires the handler with the reassignment rules, which stay internal to the web layer. */
    public static CaseActionHandler create(CaseActions actions, CasePolicies policies, TransferRules rules,
            RegionAccess access, CaseViews views, RequestBodies bodies, Clock clock) {
        Oversight oversight = new Oversight(access);
        return new CaseActionHandler(actions, policies, new Reassignment(rules, oversight, access, policies, clock),
                oversight, access, views, bodies, clock);
    }

    CaseActionHandler(CaseActions actions, CasePolicies policies, Reassignment reassignment, Oversight oversight,
            RegionAccess access, CaseViews views, RequestBodies bodies, Clock clock) {
        this.actions = actions;
        this.bodies = bodies;
        this.policies = policies;
        this.reassignment = reassignment;
        this.oversight = oversight;
        this.access = access;
        this.views = views;
        this.clock = clock;
    }

    public Mono<ServerResponse> assign(ServerRequest request) {
        return run(request, CaseRequests.Assignment.class, (body, client) -> reassignment.plan(body, client));
    }

    public Mono<ServerResponse> accept(ServerRequest request) {
        return run(request, CaseRequests.Acceptance.class, (body, client) -> {
            FieldErrors errors = new FieldErrors();
            List<String> named = body.investigators() == null ? List.of() : body.investigators();
            List<String> team = new ArrayList<>();
            for (int i = 0; i < named.size(); i++) {
                String name = Fields.text("investigators[" + i + "]", named.get(i), 50, errors);
                errors.check("investigators[" + i + "]", named.get(i) != null, "must be a name, not null");
                if (name != null) {
                    team.add(name);
                }
            }
            errors.check("investigators", !team.isEmpty(), "must name at least one investigator");
            errors.check("investigators", team.size() <= 20, "must name at most 20 investigators");
            Instant at = Fields.at(body.at(), clock, errors);
            errors.throwIfAny();
            return c -> notBefore(c, at).accept(team, client.subject(), at);
        });
    }

    public Mono<ServerResponse> verify(ServerRequest request) {
        return run(request, CaseRequests.Verification.class, (body, client) -> {
            FieldErrors errors = new FieldErrors();
            Substantiation substantiated = Fields.required("substantiated", body.substantiated(),
                    Substantiation.class, errors);
            List<Nature> natures = Fields.list("natures", body.natures(), Nature.class, errors);
            Resolution resolution = Fields.required("resolution", body.resolution(), Resolution.class, errors);
            ReportedSatisfaction satisfaction = Fields.required("reportedSatisfaction", body.reportedSatisfaction(),
                    ReportedSatisfaction.class, errors);
            String findings = FreeText.mask(Fields.text("findings", body.findings(), 4000, errors));
            String householdId = Fields.text("householdId", body.householdId(), 64, errors);
            // the id monitoring-service registers the household under (its own rule for household ids)
            errors.check("householdId", householdId == null || householdId.matches("[A-Za-z0-9_-]{1,64}"),
                    "must be 1-64 letters, digits, '-' or '_'");
            errors.check("natures", substantiated == null || substantiated == Substantiation.NO || !natures.isEmpty(),
                    "must name the nature of a substantiated problem");
            Instant at = Fields.at(body.at(), clock, errors);
            errors.throwIfAny();
            Verification.Report report = new Verification.Report(substantiated, natures, findings, resolution,
                    satisfaction, Boolean.TRUE.equals(body.householdAtRisk()), householdId);
            return c -> notBefore(c, at).verify(report, policies.reviewRequired(c), client.subject(), at);
        });
    }

    public Mono<ServerResponse> review(ServerRequest request) {
        return run(request, CaseRequests.Review.class, (body, client) -> {
            FieldErrors errors = new FieldErrors();
            String decision = body.decision();
            errors.check("decision", "APPROVE".equals(decision) || "RETURN".equals(decision),
                    "must be APPROVE or RETURN");
            String opinion = FreeText.mask(Fields.text("opinion", body.opinion(), 2000, errors));
            errors.check("opinion", !"RETURN".equals(decision) || opinion != null,
                    "is required to return a report");
            Instant at = Fields.at(body.at(), clock, errors);
            errors.throwIfAny();
            return c -> {
                oversight.requireReviewer(client, c);
                return notBefore(c, at).review("APPROVE".equals(decision), opinion, policies.reopenDeadline(c, at),
                        client.subject(), at);
            };
        });
    }

    public Mono<ServerResponse> callback(ServerRequest request) {
        return run(request, CaseRequests.Callback.class, (body, client) -> {
            FieldErrors errors = new FieldErrors();
            CallbackResult result = Fields.required("result", body.result(), CallbackResult.class, errors);
            UnreachableReason reason = Fields.optional("unreachableReason", body.unreachableReason(),
                    UnreachableReason.class, errors);
            errors.check("unreachableReason", result != CallbackResult.UNREACHABLE || reason != null,
                    "is required when the citizen was unreachable");
            errors.check("unreachableReason", result == CallbackResult.UNREACHABLE || reason == null,
                    "is only given when the citizen was unreachable");
            String comment = FreeText.mask(Fields.text("comment", body.comment(), 2000, errors));
            Instant at = Fields.at(body.at(), clock, errors);
            errors.throwIfAny();
            CallbackOutcome outcome = new CallbackOutcome(result, reason, comment);
            return c -> notBefore(c, at).callback(outcome, policies.callbacks(), policies.reopenDeadline(c, at),
                    client.subject(), at);
        });
    }

    public Mono<ServerResponse> urge(ServerRequest request) {
        return run(request, CaseRequests.Urge.class, (body, client) -> {
            FieldErrors errors = new FieldErrors();
            String note = FreeText.mask(Fields.text("note", body.note(), 1000, errors));
            errors.require("note", note).throwIfAny();
            return c -> {
                oversight.require(client, Oversight.Act.URGE, c);
                return c.urge(note, client.subject(), clock.instant());
            };
        });
    }

    public Mono<ServerResponse> keyCase(ServerRequest request) {
        return run(request, CaseRequests.KeyCase.class, (body, client) -> {
            FieldErrors errors = new FieldErrors();
            String leader = Fields.text("leader", body.leader(), 50, errors);
            String unit = Fields.text("leadUnit", body.leadUnit(), 100, errors);
            String note = FreeText.mask(Fields.text("note", body.note(), 1000, errors));
            errors.require("leader", leader).require("leadUnit", unit).throwIfAny();
            return c -> {
                oversight.require(client, Oversight.Act.KEY_CASE, c);
                return c.markKeyCase(leader, unit, note, client.subject(), clock.instant());
            };
        });
    }

    /**
     * Reports may be dated afterwards, but not before what the case already records. The deadline
     * watch's marks do not count: they record when case-service noticed a deadline, which for a
     * report entered afterwards (an import, a county system catching up) is later than the report.
     */
    private static Case notBefore(Case c, Instant at) {
        Instant last = c.lastActionAt();
        if (last != null && at.isBefore(last)) {
            throw ProblemException.invalid("at", "must not be before the case's last action at " + last);
        }
        return c;
    }

    /**
     * Reads the body past its bad fields and plans the action on it: one 400 names the fields that could not be read
     * with those the plan refuses; the plan's other refusals (403) stand, and the case is only read afterwards.
     */
    private <B> Mono<ServerResponse> run(ServerRequest request, Class<B> type,
            BiFunction<B, Client, Function<Case, Transition>> plan) {
        String caseId = request.pathVariable("caseId");
        Long expected = ifMatch(request);
        return access.currentClient().flatMap(client -> bodies.decode(request, type)
                .switchIfEmpty(Mono.error(() -> ProblemException.invalid("body", "is required")))
                .map(decoded -> decoded.validated(body -> plan.apply(body, client)))
                .flatMap(action -> actions.act(caseId, client, expected, action)))
                .flatMap(written -> ServerResponse.ok().eTag(String.valueOf(written.version()))
                        .bodyValue(views.detail(written)));
    }

    private static Long ifMatch(ServerRequest request) {
        String value = request.headers().firstHeader("If-Match");
        if (value == null) {
            return null;
        }
        try {
            return Long.parseLong(value.replace("\"", "").replace("W/", "").strip());
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("If-Match", "must be the case's version number");
        }
    }
}
