package cn.huiyin.cases.cases.web;

import cn.huiyin.cases.cases.application.CasePolicies;
import cn.huiyin.cases.cases.model.Case;
import cn.huiyin.cases.cases.model.Routing;
import cn.huiyin.cases.cases.model.Transition;
import cn.huiyin.cases.deadlines.Deadline;
import cn.huiyin.cases.routing.TransferRules;
import cn.huiyin.chassis.security.Client;
import cn.huiyin.chassis.security.RegionAccess;
import cn.huiyin.chassis.web.FieldErrors;
import cn.huiyin.chassis.web.ProblemException;
import cn.huiyin.events.Department;
import cn.huiyin.regions.Region;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

import org.springframework.http.HttpStatus;

/**
 * {@code POST /cases/{id}/assignment}: only the province, or the city over both the case's county and the new one,
 * transfers a case again ({@link Oversight}); a county cannot hand its case to a neighbour.
 */
class Reassignment {

    /** A transfer is worked on within weeks; a deadline years away is a typo, not a plan. */
    static final Duration MAX_DEADLINE = Duration.ofDays(366);

    private final TransferRules rules;
    private final RegionAccess access;
    private final CasePolicies policies;
    private final Oversight oversight;
    private final Clock clock;

    Reassignment(TransferRules rules, Oversight oversight, RegionAccess access, CasePolicies policies, Clock clock) {
        this.rules = rules;
        this.access = access;
        this.policies = policies;
        this.oversight = oversight;
        this.clock = clock;
    }

    Function<Case, Transition> plan(CaseRequests.Assignment body, Client client) {
        if (!oversight.may(client, Oversight.Act.TRANSFER)) { // before the body: a county learns nothing more
            throw new ProblemException(HttpStatus.FORBIDDEN, "Forbidden", "only the province hotline centre's"
                    + " supervisors or a city office may transfer a case again");
        }
        FieldErrors errors = new FieldErrors();
        Region county = rules.target(body.county(), errors);
        if (county != null && !access.mayActOn(client, county.code())) {
            errors.add("county", "is outside the regions this client may act on");
        }
        Department lead = Fields.optional("leadDepartment", body.leadDepartment(), Department.class, errors);
        List<Department> co = body.coDepartments() == null ? null
                : Fields.list("coDepartments", body.coDepartments(), Department.class, errors);
        Instant dueAt = Fields.deadline(body.deadline(), errors);
        Instant now = clock.instant();
        errors.check("deadline", dueAt == null || dueAt.isAfter(now), "must be in the future");
        errors.check("deadline", dueAt == null || dueAt.isBefore(now.plus(MAX_DEADLINE)),
                "must be within " + MAX_DEADLINE.toDays() + " days");
        String official = Fields.text("leadOfficial", body.leadOfficial(), 50, errors);
        errors.throwIfAny();
        return c -> {
            oversight.require(client, Oversight.Act.TRANSFER, c, county.code());
            Routing to = new Routing(county.code(), lead == null ? c.routing().leadDepartment() : lead,
                    co == null ? c.routing().coDepartments() : co);
            Deadline deadline = dueAt == null ? c.deadline() : policies.deadline(now, dueAt);
            return c.reassign(to, deadline, official, client.subject(), now);
        };
    }
}
