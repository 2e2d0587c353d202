package cn.huiyin.reporting.analysis;

/** The five charts of the report, each an inline {@code <svg>} element. */
record ReportCharts(String byRegion, String byCategory, String byDepartment, String satisfaction, String monthly) {
}
