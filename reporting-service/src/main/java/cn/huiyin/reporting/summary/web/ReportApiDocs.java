package cn.huiyin.reporting.summary.web;

import cn.huiyin.chassis.security.Scopes;
import cn.huiyin.chassis.web.ApiOperation;
import cn.huiyin.reporting.summary.model.Summary;

/** The OpenAPI description of the report routes: the figures as JSON, the analysis as HTML and PDF, and the ledger workbook. */
public final class ReportApiDocs {

    static final String TAG = "reports 分析报告";

    private ReportApiDocs() {
    }

    public static ApiOperation summary() {
        return period(ApiOperation.of("getReportSummary", "The analysis report's figures for a region and period"))
                .description("Cases are counted by the day they were transferred (转办), calls by the day they were "
                        + "received; shares are fractions of `total` and may add up to more than 1. `households` counts "
                        + "the monitoring office's decisions on `household-risk` (v2, and v1 for the history before): "
                        + "`identified` includes `reidentified`, households taken in again after an elimination; "
                        + "`monitored` is everyone identified less everyone cleared up to `to`.")
                .answers(200, "the figures of DESIGN.md section 7", Summary.class);
    }

    public static ApiOperation analysis() {
        return period(ApiOperation.of("getAnalysisReport", "The analysis report as an HTML page in Chinese, with "
                + "charts (分析报告)"))
                .answers(200, "the report", "text/html");
    }

    public static ApiOperation analysisPdf() {
        return period(ApiOperation.of("getAnalysisReportPdf", "The analysis report as an A4 PDF (分析报告), its "
                + "Chinese font embedded"))
                .description("The HTML report's page laid out for print: A4 portrait, numbered pages, charts as "
                        + "vectors; it reads the same on a machine without any CJK font.")
                .answers(200, "the report, shown inline", "application/pdf");
    }

    public static ApiOperation export() {
        return period(ApiOperation.of("exportCaseLedger", "The case ledger (台账) of a region and period as a "
                + "workbook"))
                .answers(200, "the ledger, one row per case, streamed as the client reads",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    /** Every report is of one region (within the token's regions) and period, both days included. */
    private static ApiOperation period(ApiOperation operation) {
        return operation.tag(TAG)
                .scope(Scopes.REPORTS_READ)
                .query("region", "a province, city or county code", "5205", true)
                .query("from", "the first day, an ISO date", "2020-01-01", true)
                .query("to", "the last day, an ISO date", "2020-06-30", true)
                .problems(400)
                .problem(403, "the token lacks `reports:read`, or the region is outside its `regions`");
    }
}
