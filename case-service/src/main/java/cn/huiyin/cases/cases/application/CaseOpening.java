package cn.huiyin.cases.cases.application;

import cn.huiyin.events.HotlineTime;
import cn.huiyin.cases.cases.infrastructure.CaseDocument;
import cn.huiyin.cases.cases.infrastructure.CaseNumbers;
import cn.huiyin.cases.cases.infrastructure.CaseStore;
import cn.huiyin.cases.cases.model.Case;
import cn.huiyin.cases.cases.model.Routing;
import cn.huiyin.cases.cases.model.Transition;
import cn.huiyin.cases.deadlines.Deadline;
import cn.huiyin.cases.deadlines.DeadlinePolicy;
import cn.huiyin.cases.routing.CategoryRouting;
import cn.huiyin.events.CaseIds;
import cn.huiyin.events.CaseReceived;
import cn.huiyin.events.Disposition;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.springframework.dao.DuplicateKeyException;

import reactor.core.publisher.Mono;

/**
 * Makes a case of every transferred call (转办): routed to its county-level unit (functional areas
 * included, as intake resolved them) and departments, with its deadline counted from when the
 * hotline took the call. Calls answered on the phone are not cases.
 */
public class CaseOpening {

    static final ZoneId HOTLINE_ZONE = HotlineTime.ZONE;

    private final CaseStore cases;
    private final CaseNumbers numbers;
    private final CategoryRouting routing;
    private final DeadlinePolicy deadlines;
    private final CaseMetrics metrics;
    private final Clock clock;

    public CaseOpening(CaseStore cases, CaseNumbers numbers, CategoryRouting routing, DeadlinePolicy deadlines,
            CaseMetrics metrics, Clock clock) {
        this.cases = cases;
        this.numbers = numbers;
        this.routing = routing;
        this.deadlines = deadlines;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** The case id of a call: the same call always gives the same case, so a redelivery cannot make two. */
    public static String caseIdOf(String callId) {
        return CaseIds.of(callId);
    }

    public Mono<Void> open(CaseReceived call) {
        if (call.disposition() != Disposition.TRANSFER) {
            return Mono.empty();
        }
        String caseId = caseIdOf(call.callId());
        return cases.findById(caseId)
                .map(existing -> false)
                .switchIfEmpty(Mono.defer(() -> create(caseId, call)))
                .then();
    }

    private Mono<Boolean> create(String caseId, CaseReceived call) {
        Instant now = clock.instant();
        Instant start = call.receivedAt().isAfter(now) ? now : call.receivedAt();
        Routing route = routing.route(call.countyCode(), call.categories(), call.content());
        Deadline deadline = deadlines.deadlineFor(start, call.categories(), call.urgent());
        return numbers.next(call.countyCode(), start.atZone(HOTLINE_ZONE).getYear())
                .map(number -> Case.open(caseId, number, call, route, deadline, start))
                .flatMap(opened -> cases.insert(opened).doOnNext(stored -> metrics.opened(stored.data())))
                .thenReturn(true)
                .onErrorResume(DuplicateKeyException.class, alreadyOpened -> Mono.just(false));
    }
}
