package cn.huiyin.reporting.summary.application;

import cn.huiyin.regions.Region;
import cn.huiyin.regions.RegionRegistry;
import cn.huiyin.reporting.projections.model.BucketKey;
import cn.huiyin.reporting.summary.model.Observations;
import cn.huiyin.reporting.summary.model.ReportPeriod;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import reactor.core.publisher.Mono;
import reactor.util.function.Tuple2;

/**
 * Reads the buckets a report needs, by id: the counties under the region's parent (the region, its
 * siblings and their children) for the period, and the region's own counties before it. Only
 * counties and months that have buckets are asked for, so the work follows the data, not the map.
 */
final class SummaryReader {

    private final ReportBuckets buckets;
    private final RegionRegistry regions;

    SummaryReader(ReportBuckets buckets, RegionRegistry regions) {
        this.buckets = buckets;
        this.regions = regions;
    }

    /**
     * The period, and the period before it alone (without the history before that): enough for the league table's
     * earlier ranks. One look at what the buckets cover serves both.
     */
    Mono<Tuple2<Observations, Observations>> readWithPrevious(Region region, ReportPeriod period) {
        return buckets.coverage().flatMap(seen -> Mono.zip(read(region, period, seen, true),
                read(region, period.previous(), seen, false)));
    }

    private Mono<Observations> read(Region region, ReportPeriod period, ReportBuckets.Coverage seen,
            boolean history) {
        List<String> scope = seen.counties().stream()
                .filter(county -> region.parentCode() == null || regions.covers(region.parentCode(), county)).toList();
        List<String> own = scope.stream().filter(county -> regions.covers(region.code(), county)).toList();
        List<String> monthIds = new ArrayList<>();
        List<String> dayIds = new ArrayList<>();
        for (YearMonth month : period.months()) {
            if (!seen.months().contains(month.toString())) {
                continue;
            }
            if (period.whole(month)) {
                scope.forEach(county -> monthIds.add(BucketKey.monthId(county, month)));
            } else {
                period.days(month).forEach(day -> scope.forEach(county -> dayIds.add(BucketKey.dayId(county, day))));
            }
        }
        YearMonth first = YearMonth.from(period.from());
        List<String> earlierMonthIds = new ArrayList<>();
        List<String> earlierDayIds = new ArrayList<>();
        if (history) {
            seen.months().stream().map(YearMonth::parse).filter(month -> month.isBefore(first))
                    .forEach(month -> own.forEach(county -> earlierMonthIds.add(BucketKey.monthId(county, month))));
            for (LocalDate day : period.daysBeforeInFirstMonth()) {
                own.forEach(county -> earlierDayIds.add(BucketKey.dayId(county, day)));
            }
        }
        Observations observations = new Observations();
        return buckets.months(monthIds).doOnNext(bucket -> inPeriod(observations, bucket))
                .thenMany(buckets.days(dayIds)).doOnNext(bucket -> inPeriod(observations, bucket))
                .thenMany(buckets.months(earlierMonthIds)).doOnNext(bucket -> before(observations, bucket))
                .thenMany(buckets.days(earlierDayIds)).doOnNext(bucket -> before(observations, bucket))
                .then(Mono.just(observations));
    }

    private static void inPeriod(Observations observations, ReportBuckets.Bucket bucket) {
        observations.inPeriod(bucket.county(), bucket.month(), bucket.totals());
    }

    private static void before(Observations observations, ReportBuckets.Bucket bucket) {
        observations.before(bucket.county(), bucket.totals());
    }
}
