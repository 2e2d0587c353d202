package cn.huiyin.monitoring.visits.application;

import cn.huiyin.chassis.errors.NotFound;
import cn.huiyin.chassis.security.Client;
import cn.huiyin.chassis.security.RegionAccess;
import cn.huiyin.monitoring.households.application.HouseholdFilter;
import cn.huiyin.monitoring.households.application.Households;
import cn.huiyin.monitoring.households.application.RiskMonitor;
import cn.huiyin.monitoring.households.model.Helper;
import cn.huiyin.monitoring.households.model.HouseholdStatus;
import cn.huiyin.monitoring.households.model.MonitoredHousehold;
import cn.huiyin.monitoring.visits.model.Visit;
import cn.huiyin.monitoring.visits.model.VisitDuties;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import reactor.core.publisher.Mono;

/**
 * Helpers' visits and contacts (帮扶, seed 003): each is logged, marked when made by someone other than the
 * household's assigned helper, and dates the household's visits; the monitored households whose helper is late
 * with a duty are listed, one by one or per helper and per assisting unit (帮扶单位).
 */
public class HelperVisits {

    /** The households an overdue list looks at, at most. */
    static final int LIST_LIMIT = 5000;

    public record OverdueVisit(String householdId, String regionCode, String helper, String unit,
            LocalDate lastVisit, LocalDate lastContact, List<String> reasons) {
    }

    /** One helper's or one unit's monitored households, and those late with a duty. */
    public record OverdueGroup(String helper, String unit, int households, int overdue, List<OverdueVisit> late) {
    }

    public enum Grouping { HELPER, UNIT }

    private final Households households;
    private final VisitLog log;
    private final RiskMonitor monitor;
    private final RegionAccess access;

    public HelperVisits(Households households, VisitLog log, RiskMonitor monitor, RegionAccess access) {
        this.households = households;
        this.log = log;
        this.monitor = monitor;
        this.access = access;
    }

    /** Logs the visit, then dates the household's visits with it. */
    public Mono<MonitoredHousehold> record(Client client, String householdId, Visit.Kind kind, LocalDate on,
            String helper, String note) {
        return households.findById(householdId)
                .filter(h -> access.mayActOn(client, h.facts().regionCode()))
                .switchIfEmpty(Mono.error(() -> new NotFound("household " + householdId)))
                .flatMap(h -> {
                    Helper assigned = h.facts().helper();
                    boolean byAssigned = assigned != null && Objects.equals(assigned.name(), helper);
                    Visit visit = new Visit(UUID.randomUUID().toString(), householdId, kind, on, helper, note,
                            byAssigned);
                    return log.insert(visit).then(monitor.act(householdId,
                            known -> known.household().visited(kind == Visit.Kind.VISIT, on), "VISIT",
                            visit.visitId()));
                });
    }

    /** The monitored households of the regions whose helper is late with a duty. */
    public Mono<List<OverdueVisit>> overdue(List<String> regions) {
        LocalDate today = monitor.today();
        return monitored(regions).map(list -> list.stream().map(h -> overdueOf(h, today)).filter(Objects::nonNull)
                .toList());
    }

    /** The same, per helper or per assisting unit, the most overdue first. */
    public Mono<List<OverdueGroup>> overdueBy(List<String> regions, Grouping grouping) {
        LocalDate today = monitor.today();
        return monitored(regions).map(list -> {
            Map<List<String>, List<MonitoredHousehold>> groups = new LinkedHashMap<>();
            for (MonitoredHousehold h : list) {
                Helper helper = h.facts().helper();
                String name = helper == null ? null : helper.name();
                String unit = helper == null ? null : helper.unit();
                List<String> key = new ArrayList<>();
                key.add(grouping == Grouping.HELPER ? name : null);
                key.add(unit);
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(h);
            }
            return groups.entrySet().stream().map(group -> {
                List<OverdueVisit> late = group.getValue().stream().map(h -> overdueOf(h, today))
                        .filter(Objects::nonNull).toList();
                return new OverdueGroup(group.getKey().get(0), group.getKey().get(1), group.getValue().size(),
                        late.size(), late);
            }).filter(group -> group.overdue() > 0)
                    .sorted(Comparator.comparingInt(OverdueGroup::overdue).reversed()
                            .thenComparing(group -> String.valueOf(group.unit()))
                            .thenComparing(group -> String.valueOf(group.helper())))
                    .toList();
        });
    }

    private Mono<List<MonitoredHousehold>> monitored(List<String> regions) {
        return households.find(HouseholdFilter.in(regions).withStatus(HouseholdStatus.MONITORED),
                Households.Order.ID, 0, LIST_LIMIT).collectList();
    }

    static OverdueVisit overdueOf(MonitoredHousehold h, LocalDate today) {
        List<String> reasons = VisitDuties.overdue(h.lastVisit(), h.lastContact(), h.recentVisits(),
                h.facts().identifiedAt(), RiskMonitor.ZONE, today);
        Helper helper = h.facts().helper();
        return reasons.isEmpty() ? null : new OverdueVisit(h.id(), h.facts().regionCode(),
                helper == null ? null : helper.name(), helper == null ? null : helper.unit(), h.lastVisit(),
                h.lastContact(), reasons);
    }
}
