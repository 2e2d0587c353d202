package cn.huiyin.cases.supervision.application;

import cn.huiyin.cases.cases.application.ActingOn;
import cn.huiyin.cases.cases.application.CaseChanges;
import cn.huiyin.cases.cases.application.CasePolicies;
import cn.huiyin.cases.cases.application.StoredCase;
import cn.huiyin.cases.cases.model.Routing;
import cn.huiyin.cases.deadlines.model.Deadline;
import cn.huiyin.chassis.errors.NotPermitted;
import cn.huiyin.chassis.security.Client;
import cn.huiyin.events.Department;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import reactor.core.publisher.Mono;

/**
 * Transfers a case again (转办): only the province, or the city over both the case's county and the new one
 * ({@link Oversight}); a county cannot hand its case to a neighbour. Without a new deadline the case keeps its own.
 */
public class TransferCase {

    /** A transfer is worked on within weeks; a deadline years away is a typo, not a plan. */
    public static final Duration MAX_DEADLINE = Duration.ofDays(366);

    /**
     * Where to: a county-level unit, and what changes with it; a department list or deadline not given stays as it
     * is, as does the lead official when none is named.
     */
    public record Transfer(String county, Department lead, List<Department> co, Instant dueAt, String official,
            Instant at) {
    }

    private final Oversight oversight;
    private final CaseChanges changes;
    private final CasePolicies policies;

    public TransferCase(Oversight oversight, CaseChanges changes, CasePolicies policies) {
        this.oversight = oversight;
        this.changes = changes;
        this.policies = policies;
    }

    /** Before the request is looked at: a client that transfers no case at all learns nothing more. */
    public void requireMayTransfer(Client client) {
        if (!oversight.may(client, Oversight.Act.TRANSFER)) {
            throw new NotPermitted("only the province hotline centre's supervisors or a city office may transfer a "
                    + "case again");
        }
    }

    public Mono<StoredCase> transfer(ActingOn on, Transfer transfer) {
        return changes.apply(on, c -> {
            oversight.require(on.client(), Oversight.Act.TRANSFER, c, transfer.county());
            Routing to = new Routing(transfer.county(),
                    transfer.lead() == null ? c.routing().leadDepartment() : transfer.lead(),
                    transfer.co() == null ? c.routing().coDepartments() : transfer.co());
            Deadline deadline = transfer.dueAt() == null ? c.deadline()
                    : policies.deadline(transfer.at(), transfer.dueAt());
            return c.reassign(to, deadline, transfer.official(), on.client().subject(), transfer.at());
        });
    }
}
