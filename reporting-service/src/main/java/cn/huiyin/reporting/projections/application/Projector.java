package cn.huiyin.reporting.projections.application;

import cn.huiyin.events.HouseholdRiskChanged;
import cn.huiyin.reporting.projections.infrastructure.BucketStore;
import cn.huiyin.reporting.projections.infrastructure.FactDocument;
import cn.huiyin.reporting.projections.infrastructure.FactStore;
import cn.huiyin.reporting.projections.model.BucketKey;
import cn.huiyin.reporting.projections.model.CallFact;
import cn.huiyin.reporting.projections.model.Contributions;
import cn.huiyin.reporting.projections.model.Entry;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.function.UnaryOperator;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Projects events into the report's read model: merges a call's events into its fact, then sets
 * the fact's entries in their day buckets (tombstoning the bucket a case moved away from), then
 * records the placement. Every step is idempotent and order-free, so a redelivered, duplicated or
 * early event changes nothing it should not, and a crash between the steps is repaired by the
 * redelivery that follows: a fact whose version is ahead of its placement is placed again.
 */
public class Projector {

    /** One permit per stripe of call ids; a semaphore, because the placement may complete on another thread. */
    private static final Semaphore[] STRIPES = new Semaphore[256];

    static {
        for (int i = 0; i < STRIPES.length; i++) {
            STRIPES[i] = new Semaphore(1);
        }
    }

    private final FactStore facts;
    private final BucketStore buckets;
    private final Duration identificationLimit;
    private final ProjectionMetrics metrics;

    public Projector(FactStore facts, BucketStore buckets, Duration identificationLimit, ProjectionMetrics metrics) {
        this.facts = facts;
        this.buckets = buckets;
        this.identificationLimit = identificationLimit;
        this.metrics = metrics;
    }

    /**
     * Merges one event about a call or its case into the call's fact and places the fact. The six topics are
     * consumed on their own threads, so two events of one call can arrive together: merging and placing run one
     * call at a time, or a placement computed from a stale view could leave the case counted in two day buckets.
     */
    public Mono<Void> onCall(String callId, UnaryOperator<CallFact> merge) {
        Semaphore stripe = STRIPES[Math.floorMod(callId.hashCode(), STRIPES.length)];
        return Mono.usingWhen(Mono.fromCallable(() -> {
                    stripe.acquire();
                    return stripe;
                }),
                held -> facts.merge(callId, merge).flatMap(this::place),
                held -> Mono.fromRunnable(held::release));
    }

    /** A household's risk change counts once, under its event id, on its own day. */
    public Mono<Void> onHouseholdRisk(String eventId, HouseholdRiskChanged event) {
        Entry entry = Contributions.of(eventId, event, identificationLimit);
        return buckets.put(entry, 1).doOnNext(put -> metrics.placed(entry, put)).then();
    }

    private Mono<Void> place(FactDocument document) {
        if (document.placed()) {
            return Mono.empty();
        }
        List<Entry> entries = Contributions.of(document.fact());
        Map<String, FactDocument.Placed> placed = new LinkedHashMap<>();
        entries.forEach(entry -> placed.put(entry.key(), new FactDocument.Placed(entry.bucket().id(), entry.counts())));
        // an entry set as it is now needs no write: most events change the case's entry, not the call's
        List<Entry> writes = new ArrayList<>(entries.stream()
                .filter(entry -> !placed.get(entry.key()).equals(document.applied().get(entry.key()))).toList());
        document.applied().forEach((key, before) -> {
            FactDocument.Placed now = placed.get(key);
            if (now == null || !now.bucket().equals(before.bucket())) {
                writes.add(new Entry(key, parse(before.bucket()), Map.of()));
            }
        });
        return Flux.fromIterable(writes)
                .concatMap(entry -> buckets.put(entry, document.version()).doOnNext(put -> metrics.placed(entry, put)))
                .then(facts.markApplied(document.id(), document.version(), placed));
    }

    private static BucketKey parse(String dayId) {
        int bar = dayId.indexOf('|');
        return new BucketKey(dayId.substring(0, bar), LocalDate.parse(dayId.substring(bar + 1)));
    }
}
