package cn.huiyin.reporting.summary;

import cn.huiyin.regions.Region;
import cn.huiyin.regions.RegionRegistry;
import cn.huiyin.reporting.projections.infrastructure.Buckets;
import cn.huiyin.reporting.projections.model.BucketKey;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.bson.Document;

import reactor.core.publisher.Mono;

/**
 * Reads the buckets a report needs, by id: the counties under the region's parent (the region, its
 * siblings and their children) for the period, and the region's own counties before it. Only
 * counties and months that have buckets are asked for, so the work follows the data, not the map.
 */
final class SummaryReader {

    private final Buckets buckets;
    private final RegionRegistry regions;

    SummaryReader(Buckets buckets, RegionRegistry regions) {
        this.buckets = buckets;
        this.regions = regions;
    }

    Mono<Observations> read(Region region, ReportPeriod period) {
        return buckets.coverage().flatMap(seen -> read(region, period, seen));
    }

    private Mono<Observations> read(Region region, ReportPeriod period, Buckets.Seen seen) {
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
        seen.months().stream().map(YearMonth::parse).filter(month -> month.isBefore(first))
                .forEach(month -> own.forEach(county -> earlierMonthIds.add(BucketKey.monthId(county, month))));
        List<String> earlierDayIds = new ArrayList<>();
        for (LocalDate day : period.daysBeforeInFirstMonth()) {
            own.forEach(county -> earlierDayIds.add(BucketKey.dayId(county, day)));
        }
        Observations observations = new Observations();
        return buckets.months(monthIds).doOnNext(doc -> inPeriod(observations, doc))
                .thenMany(buckets.days(dayIds)).doOnNext(doc -> inPeriod(observations, doc))
                .thenMany(buckets.months(earlierMonthIds)).doOnNext(doc -> before(observations, doc))
                .thenMany(buckets.days(earlierDayIds)).doOnNext(doc -> before(observations, doc))
                .then(Mono.just(observations));
    }

    private static void inPeriod(Observations observations, Document bucket) {
        observations.inPeriod(bucket.getString("county"), YearMonth.parse(bucket.getString("month")), totals(bucket));
    }

    private static void before(Observations observations, Document bucket) {
        observations.before(bucket.getString("county"), totals(bucket));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> totals(Document bucket) {
        Object totals = bucket.get("totals");
        return totals == null ? Map.of() : (Map<String, Object>) totals;
    }
}
