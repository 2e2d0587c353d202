package cn.huiyin.cases.cases.application;

import cn.huiyin.cases.cases.model.Case;
import cn.huiyin.cases.cases.model.Routing;
import cn.huiyin.cases.cases.model.Transition;
import cn.huiyin.cases.deadlines.model.Deadline;
import cn.huiyin.cases.deadlines.model.DeadlinePolicy;
import cn.huiyin.cases.routing.model.CategoryRouting;
import cn.huiyin.cases.routing.model.Departments;
import cn.huiyin.events.CaseIds;
import cn.huiyin.events.CaseReceived;
import cn.huiyin.events.Disposition;
import cn.huiyin.events.HotlineTime;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Makes a case of every transferred call (转办): routed to its county-level unit (functional areas
 * included, as intake resolved them) and departments, with its deadline counted from when the
 * hotline took the call. Calls answered on the phone are not cases.
 */
public class CaseOpening {

    static final ZoneId HOTLINE_ZONE = HotlineTime.ZONE;

    private final Cases cases;
    private final CaseNumbers numbers;
    private final CategoryRouting routing;
    private final DeadlinePolicy deadlines;
    private final CaseMetrics metrics;
    private final Clock clock;

    public CaseOpening(Cases cases, CaseNumbers numbers, CategoryRouting routing, DeadlinePolicy deadlines,
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
        return openAll(List.of(call));
    }

    /**
     * Opens the cases of a batch of calls in a constant number of round trips: one read of which cases exist,
     * one {@code $inc} per county and year for their numbers (in the batch's order), one bulk insert. A call
     * delivered twice, in the batch or before it, opens one case; a case another writer inserted meanwhile is
     * left as it is.
     */
    public Mono<Void> openAll(List<CaseReceived> calls) {
        Map<String, CaseReceived> transfers = new LinkedHashMap<>();
        calls.stream().filter(call -> call.disposition() == Disposition.TRANSFER)
                .forEach(call -> transfers.putIfAbsent(caseIdOf(call.callId()), call));
        if (transfers.isEmpty()) {
            return Mono.empty();
        }
        Instant now = clock.instant();
        return cases.existing(transfers.keySet())
                .map(existing -> transfers.entrySet().stream().filter(e -> !existing.contains(e.getKey()))
                        .map(e -> Opening.of(e.getKey(), e.getValue(), now)).toList())
                .flatMap(openings -> openings.isEmpty() ? Mono.empty() : numbered(openings))
                .flatMap(opened -> cases.insertAll(opened).doOnNext(written -> opened.stream()
                        .filter(t -> written.contains(t.next().caseId())).forEach(t -> metrics.opened(t.next()))))
                .then();
    }

    /** A case to open, with the moment its deadline counts from and the year its number belongs to. */
    private record Opening(String caseId, CaseReceived call, Instant start, int year) {

        static Opening of(String caseId, CaseReceived call, Instant now) {
            Instant start = call.receivedAt().isAfter(now) ? now : call.receivedAt();
            return new Opening(caseId, call, start, start.atZone(HOTLINE_ZONE).getYear());
        }

        String counter() {
            return call.countyCode() + "-" + year;
        }
    }

    /** Numbers for every opening, drawn per county and year in the batch's order, and the cases they open. */
    private Mono<List<Transition>> numbered(List<Opening> openings) {
        Map<String, List<Opening>> byCounter = openings.stream()
                .collect(Collectors.groupingBy(Opening::counter, LinkedHashMap::new, Collectors.toList()));
        return Flux.fromIterable(byCounter.values())
                .concatMap(group -> numbers.reserve(group.get(0).call().countyCode(), group.get(0).year(),
                                group.size())
                        .flatMapIterable(drawn -> IntStream.range(0, group.size())
                                .mapToObj(i -> open(group.get(i), drawn.get(i))).toList()))
                .collectList();
    }

    private Transition open(Opening opening, String number) {
        CaseReceived call = opening.call();
        Departments departments = routing.departmentsFor(call.categories(), call.content());
        Routing route = new Routing(call.countyCode(), departments.lead(), departments.co());
        Deadline deadline = deadlines.deadlineFor(opening.start(), call.categories(), call.urgent());
        return Case.open(opening.caseId(), number, call, route, deadline, opening.start());
    }
}
