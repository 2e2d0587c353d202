package cn.huiyin.cases.cases.web;

import cn.huiyin.cases.cases.application.AcceptCase;
import cn.huiyin.cases.cases.application.RecordVerification;
import cn.huiyin.cases.cases.model.Verification;
import cn.huiyin.chassis.web.FieldErrors;
import cn.huiyin.events.Nature;
import cn.huiyin.events.ReportedSatisfaction;
import cn.huiyin.events.Resolution;
import cn.huiyin.events.Substantiation;
import cn.huiyin.privacy.FreeText;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

import reactor.core.publisher.Mono;

/**
 * The county's actions on its case: acceptance and the verification report. Each answers the case as it is
 * afterwards; an {@code If-Match: <version>} header makes the action conditional on the version the client read.
 */
public class CaseActionHandler {

    private final AcceptCase acceptance;
    private final RecordVerification verification;
    private final CaseActionExchange exchange;
    private final Clock clock;

    public CaseActionHandler(AcceptCase acceptance, RecordVerification verification, CaseActionExchange exchange,
            Clock clock) {
        this.acceptance = acceptance;
        this.verification = verification;
        this.exchange = exchange;
        this.clock = clock;
    }

    public Mono<ServerResponse> accept(ServerRequest request) {
        return exchange.run(request, CaseRequests.Acceptance.class, (body, client) -> {
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
            return target -> acceptance.accept(target, team, at);
        });
    }

    public Mono<ServerResponse> verify(ServerRequest request) {
        return exchange.run(request, CaseRequests.Verification.class, (body, client) -> {
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
            return target -> verification.record(target, report, at);
        });
    }
}
