package cn.huiyin.reporting.summary.application;

import java.time.YearMonth;
import java.util.Collection;
import java.util.Map;
import java.util.Set;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The read model's buckets as the reports read them: by id ({@code BucketKey.dayId}, {@code BucketKey.monthId}),
 * and which counties and months have any, so that a report asks only for buckets that can exist.
 */
public interface ReportBuckets {

    Flux<Bucket> days(Collection<String> ids);

    Flux<Bucket> months(Collection<String> ids);

    /** The counties and months seen; none before the first event. */
    Mono<Coverage> coverage();

    /** One county's day or month: its counters by name ({@code Counters}). */
    record Bucket(String county, YearMonth month, Map<String, ?> totals) {
    }

    /** Counties and months ({@code 2020-01}) that have buckets, sorted. */
    record Coverage(Set<String> counties, Set<String> months) {
    }
}
