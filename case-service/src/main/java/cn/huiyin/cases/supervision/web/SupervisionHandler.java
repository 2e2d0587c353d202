package cn.huiyin.cases.supervision.web;

import cn.huiyin.cases.cases.web.CaseActionExchange;
import cn.huiyin.cases.cases.web.Fields;
import cn.huiyin.cases.routing.model.TransferRules;
import cn.huiyin.cases.supervision.application.NameKeyCase;
import cn.huiyin.cases.supervision.application.ReviewReport;
import cn.huiyin.cases.supervision.application.TransferCase;
import cn.huiyin.cases.supervision.application.UrgeCase;
import cn.huiyin.chassis.errors.FieldError;
import cn.huiyin.chassis.security.Client;
import cn.huiyin.chassis.security.RegionAccess;
import cn.huiyin.chassis.web.FieldErrors;
import cn.huiyin.events.Department;
import cn.huiyin.privacy.FreeText;
import cn.huiyin.regions.Region;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

import reactor.core.publisher.Mono;

/**
 * The actions of those above a county on its case: transfer again, review, urge, key case. Each answers the case as
 * it is afterwards; an {@code If-Match: <version>} header makes the action conditional on the version the client read.
 */
public class SupervisionHandler {

    private final TransferCase transfers;
    private final ReviewReport reviews;
    private final UrgeCase urges;
    private final NameKeyCase keyCases;
    private final TransferRules rules;
    private final RegionAccess access;
    private final CaseActionExchange exchange;
    private final Clock clock;

    public SupervisionHandler(TransferCase transfers, ReviewReport reviews, UrgeCase urges, NameKeyCase keyCases,
            TransferRules rules, RegionAccess access, CaseActionExchange exchange, Clock clock) {
        this.transfers = transfers;
        this.reviews = reviews;
        this.urges = urges;
        this.keyCases = keyCases;
        this.rules = rules;
        this.access = access;
        this.exchange = exchange;
        this.clock = clock;
    }

    /**
     * Who may transfer at all is asked before the body (a county learns nothing more), and a township refused by
     * the rule's words (422) before the body's other fields; both stand whatever else is wrong with the body.
     */
    public Mono<ServerResponse> assign(ServerRequest request) {
        return exchange.runDecoded(request, SupervisionRequests.Assignment.class, (decoded, client) -> {
            transfers.requireMayTransfer(client);
            List<FieldError> countyErrors = new ArrayList<>();
            Region county = rules.target(decoded.value().county(), countyErrors);
            return decoded.validated(body -> transfer(body, county, countyErrors, client));
        });
    }

    private CaseActionExchange.Action transfer(SupervisionRequests.Assignment body, Region county,
            List<FieldError> countyErrors, Client client) {
        FieldErrors errors = new FieldErrors();
        countyErrors.forEach(error -> errors.add(error.field(), error.message()));
        if (county != null && !access.mayActOn(client, county.code())) {
            errors.add("county", "is outside the regions this client may act on");
        }
        Department lead = Fields.optional("leadDepartment", body.leadDepartment(), Department.class, errors);
        List<Department> co = body.coDepartments() == null ? null
                : Fields.list("coDepartments", body.coDepartments(), Department.class, errors);
        Instant dueAt = Fields.deadline(body.deadline(), errors);
        Instant now = clock.instant();
        errors.check("deadline", dueAt == null || dueAt.isAfter(now), "must be in the future");
        errors.check("deadline", dueAt == null || dueAt.isBefore(now.plus(TransferCase.MAX_DEADLINE)),
                "must be within " + TransferCase.MAX_DEADLINE.toDays() + " days");
        String official = Fields.text("leadOfficial", body.leadOfficial(), 50, errors);
        errors.throwIfAny();
        TransferCase.Transfer transfer = new TransferCase.Transfer(county.code(), lead, co, dueAt, official, now);
        return target -> transfers.transfer(target, transfer);
    }

    public Mono<ServerResponse> review(ServerRequest request) {
        return exchange.run(request, SupervisionRequests.Review.class, (body, client) -> {
            FieldErrors errors = new FieldErrors();
            String decision = body.decision();
            errors.check("decision", "APPROVE".equals(decision) || "RETURN".equals(decision),
                    "must be APPROVE or RETURN");
            String opinion = FreeText.mask(Fields.text("opinion", body.opinion(), 2000, errors));
            errors.check("opinion", !"RETURN".equals(decision) || opinion != null,
                    "is required to return a report");
            Instant at = Fields.at(body.at(), clock, errors);
            errors.throwIfAny();
            return target -> reviews.review(target, "APPROVE".equals(decision), opinion, at);
        });
    }

    public Mono<ServerResponse> urge(ServerRequest request) {
        return exchange.run(request, SupervisionRequests.Urge.class, (body, client) -> {
            FieldErrors errors = new FieldErrors();
            String note = FreeText.mask(Fields.text("note", body.note(), 1000, errors));
            errors.require("note", note).throwIfAny();
            return target -> urges.urge(target, note);
        });
    }

    public Mono<ServerResponse> keyCase(ServerRequest request) {
        return exchange.run(request, SupervisionRequests.KeyCase.class, (body, client) -> {
            FieldErrors errors = new FieldErrors();
            String leader = Fields.text("leader", body.leader(), 50, errors);
            String unit = Fields.text("leadUnit", body.leadUnit(), 100, errors);
            String note = FreeText.mask(Fields.text("note", body.note(), 1000, errors));
            errors.require("leader", leader).require("leadUnit", unit).throwIfAny();
            return target -> keyCases.name(target, leader, unit, note);
        });
    }
}
