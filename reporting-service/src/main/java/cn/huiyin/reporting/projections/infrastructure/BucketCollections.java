package cn.huiyin.reporting.projections.infrastructure;

/**
 * Where the read model keeps its buckets in MongoDB: a county's day or month ({@code {_id: "520526|2020-01",
 * county, city, province, month, day?, v, totals}}) and one document naming the counties and months that have any
 * ({@code {_id: "coverage", counties, months}}). Written by {@code ReadModelWriter}; the reports read them by
 * {@code _id} only, which every MongoDB serves from its primary index.
 */
public final class BucketCollections {

    public static final String DAYS = "report_days";
    public static final String MONTHS = "report_months";
    public static final String COVERAGE = "report_coverage";
    public static final String COVERAGE_ID = "coverage";

    private BucketCollections() {
    }
}
