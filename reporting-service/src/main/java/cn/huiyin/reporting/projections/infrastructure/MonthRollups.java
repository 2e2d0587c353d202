package cn.huiyin.reporting.projections.infrastructure;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import cn.huiyin.reporting.projections.infrastructure.DirtyMonths.CountyMonth;
import cn.huiyin.reporting.projections.infrastructure.DirtyMonths.Mark;
import cn.huiyin.reporting.projections.model.BucketKey;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Rolls day buckets up into month buckets in rounds instead of after every day write: a day write
 * marks its county-month dirty in memory, and each round sums every dirty month once, so a burst
 * of entries into one month costs one month write per round. Summaries read month buckets for
 * whole months, so they lag the days by at most one round interval plus the time a round takes.
 *
 * <p>Dirtiness is not persisted: a mark in MongoDB would cost a write per day write, the very cost
 * coalescing removes. A crash loses the marks instead, and {@link #reconcile()}, run before the
 * first round of every process, finds what they would have said: it reads every day bucket's
 * version (a scan of {@code report_days} without its entries, O(days), once per start, which the
 * embedded server serves without a secondary index), then the months by {@code _id}, and marks each
 * month that is missing or whose {@code sources} lag a day.
 */
public class MonthRollups {

    private static final Logger log = LoggerFactory.getLogger(MonthRollups.class);
    private static final int CONCURRENCY = 4;
    private static final int ID_SLICE = 2_000;

    private final ReactiveMongoTemplate mongo;
    private final Coverage coverage;
    private final MonthRollup rollup;
    private final DirtyMonths dirty = new DirtyMonths();
    private final Counter written;
    private final Counter current;
    private volatile boolean reconciled;

    public MonthRollups(ReactiveMongoTemplate mongo, MeterRegistry meters) {
        this.mongo = mongo;
        this.coverage = new Coverage(mongo);
        this.rollup = new MonthRollup(mongo, coverage);
        Gauge.builder("huiyin.reporting.months.dirty", dirty, DirtyMonths::size)
                .description("county-months whose days changed since they were last summed").register(meters);
        this.written = rollup(meters, "written");
        this.current = rollup(meters, "current");
    }

    private static Counter rollup(MeterRegistry meters, String outcome) {
        return Counter.builder("huiyin.reporting.month.rollups")
                .description("dirty months summed: written, or found current already").tag("outcome", outcome)
                .register(meters);
    }

    Coverage coverage() {
        return coverage;
    }

    /** Called after {@code day} was written (or found) at {@code version}; the month follows in the next round. */
    void dayWritten(BucketKey day, long version) {
        dirty.mark(day, version);
    }

    /** Months marked and not yet summed since, those being summed included. */
    public int pending() {
        return dirty.size();
    }

    /**
     * One round: reconciles first if this process has not yet, then sums every month dirty now.
     * Done, every month whose days were written before the call is their sum.
     */
    public Mono<Void> flush() {
        Mono<Void> reconcile = Mono.defer(() -> reconciled ? Mono.empty() : reconcile().then())
                .onErrorResume(failure -> {
                    log.warn("could not reconcile the month buckets, trying again next round: {}", failure.toString());
                    return Mono.empty();
                });
        return reconcile.thenMany(Flux.defer(() -> Flux.fromIterable(dirty.snapshot())))
                .flatMap(month -> sum(month.getKey(), month.getValue()), CONCURRENCY).then();
    }

    private Mono<Void> sum(CountyMonth month, Mark mark) {
        return rollup.sum(month, mark.dayVersions())
                .doOnNext(outcome -> {
                    (outcome == MonthRollup.Outcome.WRITTEN ? written : current).increment();
                    dirty.summed(month, mark);
                })
                .then()
                .onErrorResume(failure -> {
                    log.warn("could not sum month bucket {}, trying again next round: {}", month.id(), failure.toString());
                    return Mono.empty();
                });
    }

    /** Marks every month that is missing or older than one of its days; emits how many. */
    public Mono<Integer> reconcile() {
        Query days = new Query();
        days.fields().include("county").include("month").include("v");
        return mongo.find(days, Document.class, BucketStore.DAYS)
                .collect(HashMap<CountyMonth, Map<String, Long>>::new, (months, day) -> months
                        .computeIfAbsent(new CountyMonth(day.getString("county"), YearMonth.parse(day.getString("month"))),
                                month -> new HashMap<>())
                        .put(BucketStore.dayOfMonth(day.getString("_id")), day.get("v", Number.class).longValue()))
                .flatMap(this::markLagging)
                .doOnSuccess(marked -> {
                    reconciled = true;
                    log.info("reconciled the month buckets with their days: {} to sum", marked);
                });
    }

    private Mono<Integer> markLagging(Map<CountyMonth, Map<String, Long>> days) {
        Map<String, CountyMonth> byId = new HashMap<>();
        days.keySet().forEach(month -> byId.put(month.id(), month));
        Map<CountyMonth, Map<String, Long>> lagging = new HashMap<>(days);
        return Flux.fromIterable(new ArrayList<>(byId.keySet())).buffer(ID_SLICE).concatMap(slice -> {
                    Query query = Query.query(where("_id").in(slice));
                    query.fields().include("sources");
                    return mongo.find(query, Document.class, BucketStore.MONTHS);
                })
                .doOnNext(month -> {
                    CountyMonth key = byId.get(month.getString("_id"));
                    if (MonthRollup.current(month, days.get(key))) {
                        lagging.remove(key);
                    }
                })
                .then(Mono.fromSupplier(() -> {
                    lagging.forEach(dirty::mark);
                    return lagging.size();
                }));
    }
}
