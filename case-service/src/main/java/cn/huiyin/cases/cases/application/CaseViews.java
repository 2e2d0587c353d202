package cn.huiyin.cases.cases.application;

import cn.huiyin.cases.cases.model.CallbackAttempt;
import cn.huiyin.cases.cases.model.Case;
import cn.huiyin.cases.cases.model.Closure;
import cn.huiyin.cases.cases.model.TimelineEntry;
import cn.huiyin.cases.cases.model.Verification;
import cn.huiyin.events.Category;
import cn.huiyin.events.Department;
import cn.huiyin.regions.Region;
import cn.huiyin.regions.RegionRegistry;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.List;

/** A case as the API shows it (the read model): the list item, and the single read with its timeline. */
public class CaseViews {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CaseView(String caseId, String caseNumber, String trackingNumber, String callId, String state,
            String stateLabel, String county, String countyName, String regionCode, String townshipCode,
            List<Category> categories, Department leadDepartment, List<Department> coDepartments, boolean urgent,
            Instant receivedAt, Instant assignedAt, Instant deadline, Instant dueSoonAt, boolean dueSoon,
            boolean overdue, boolean late, int reopenCount, String leadOfficial, boolean keyCase, String leader,
            String leadUnit, int urges, List<String> investigators, Verification verification,
            List<CallbackAttempt> callbacks, Instant nextCallbackAt, Closure closure, Instant closedAt, long version,
            List<TimelineEntry> timeline) {
    }

    private final RegionRegistry regions;

    public CaseViews(RegionRegistry regions) {
        this.regions = regions;
    }

    public CaseView summary(StoredCase stored) {
        return view(stored, false);
    }

    public CaseView detail(StoredCase stored) {
        return view(stored, true);
    }

    private CaseView view(StoredCase stored, boolean withTimeline) {
        Case c = stored.data();
        return new CaseView(c.caseId(), c.caseNumber(), c.trackingNumber(), c.callId(), c.state().name(),
                c.state().label(), c.countyCode(), regions.find(c.countyCode()).map(Region::name).orElse(null),
                c.regionCode(), c.townshipCode(), c.categories(), c.routing().leadDepartment(),
                c.routing().coDepartments(), c.urgent(), c.receivedAt(), c.assignedAt(), c.deadline().dueAt(),
                c.deadline().dueSoonAt(), c.dueSoon(), c.overdue(), c.lateReports() > 0, c.reopenCount(),
                c.leadOfficial(), c.supervision().keyCase(), c.supervision().leader(), c.supervision().leadUnit(),
                c.supervision().urges(), c.investigators(), c.verification(), c.callbacks(), c.nextCallbackAt(),
                c.closure(), c.closedAt(), stored.version(), withTimeline ? c.timeline() : null);
    }
}
