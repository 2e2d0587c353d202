package cn.huiyin.reporting.export;

import cn.huiyin.events.CallbackResult;
import cn.huiyin.events.Labelled;
import cn.huiyin.events.ReportedSatisfaction;
import cn.huiyin.reporting.summary.model.Summary;
import cn.huiyin.reporting.summary.model.Summary.Month;
import cn.huiyin.reporting.summary.model.Summary.Ratio;
import cn.huiyin.reporting.summary.model.Summary.Share;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The tables of a {@link Summary} as worksheets, one per table of the analysis report: counts as
 * numbers and shares as fractions shown as percentages, so that a spreadsheet can sum and chart them.
 * Each sheet is finished before the next begins, as FastExcel's streaming writer requires.
 */
public final class SummarySheets {

    static final String BY_REGION = "区域分布";
    static final String TOP_TOWNSHIPS = "乡镇前十";
    static final String BY_CATEGORY = "事项分类";
    static final String BY_DEPARTMENT = "责任部门";
    static final String BY_NATURE = "问题性质";
    static final String SATISFACTION = "满意度";
    static final String MONTHLY = "月度走势";
    static final String LEAGUE = "三率排名";

    /** The sheets {@link #write} adds, in their order. */
    public static final List<String> NAMES =
            List.of(BY_REGION, TOP_TOWNSHIPS, BY_CATEGORY, BY_DEPARTMENT, BY_NATURE, SATISFACTION, MONTHLY, LEAGUE);

    static final String PERCENT = "0.0%";
    private static final String CASES = "转办件";
    private static final String SHARE = "占比";

    private SummarySheets() {
    }

    /** Adds the eight sheets to {@code workbook}; the caller finishes the workbook. */
    public static void write(Workbook workbook, Summary summary) throws IOException {
        shares(workbook, BY_REGION, "地区", summary.byRegion());
        shares(workbook, TOP_TOWNSHIPS, "乡镇（街道）", summary.topTownships());
        shares(workbook, BY_CATEGORY, "事项分类", summary.byCategory());
        shares(workbook, BY_DEPARTMENT, "责任部门", summary.byDepartment());
        shares(workbook, BY_NATURE, "问题性质", summary.byNature());
        satisfaction(workbook, summary);
        monthly(workbook, summary.monthly());
        league(workbook, summary.leagueTable());
    }

    /** The league table (三率): counts and rates as numbers, the unranked (no rate at all) last with no rank. */
    private static void league(Workbook workbook, List<Summary.LeagueRow> rows) throws IOException {
        Worksheet sheet = newSheet(workbook, LEAGUE, List.of("排名", "代码", "地区", CASES, "按时签收", "响应率",
                "回访联系上", "已解决", "解决率", "满意", "满意率", "综合得分", "上期排名", "名次变化"),
                new double[] {8, 10, 18, 10, 10, 10, 12, 10, 10, 10, 10, 10, 10, 10});
        int r = 0;
        for (Summary.LeagueRow row : rows == null ? List.<Summary.LeagueRow>of() : rows) {
            r++;
            if (row.rank() > 0) {
                sheet.value(r, 0, row.rank());
            }
            sheet.value(r, 1, row.code());
            sheet.value(r, 2, row.name());
            sheet.value(r, 3, row.cases());
            sheet.value(r, 4, row.responded());
            share(sheet, r, 5, row.responseRate());
            sheet.value(r, 6, row.reached());
            sheet.value(r, 7, row.resolved());
            share(sheet, r, 8, row.resolutionRate());
            sheet.value(r, 9, row.satisfied());
            share(sheet, r, 10, row.satisfactionRate());
            share(sheet, r, 11, row.composite());
            if (row.previousRank() != null) {
                sheet.value(r, 12, row.previousRank());
            }
            if (row.rankChange() != null) {
                sheet.value(r, 13, row.rankChange());
            }
        }
        sheet.finish();
    }

    private static void shares(Workbook workbook, String name, String labelTitle, List<Share> lines)
            throws IOException {
        Worksheet sheet = newSheet(workbook, name, List.of("序号", "代码", labelTitle, CASES, SHARE),
                new double[] {8, 14, 28, 10, 10});
        int r = 0;
        for (Share line : lines) {
            r++;
            sheet.value(r, 0, r);
            sheet.value(r, 1, line.code());
            sheet.value(r, 2, line.label() != null ? line.label() : line.code());
            sheet.value(r, 3, line.count());
            share(sheet, r, 4, line.share());
        }
        sheet.finish();
    }

    /** Both scales one under the other, as the report compares them; shares are of each scale's cases. */
    private static void satisfaction(Workbook workbook, Summary summary) throws IOException {
        Worksheet sheet = newSheet(workbook, SATISFACTION, List.of("来源", "满意度", "件数", SHARE),
                new double[] {14, 14, 10, 10});
        int r = scale(sheet, 0, "县级上报", ReportedSatisfaction.values(), summary.reportedSatisfaction(),
                summary.reportedSatisfactionShares());
        r = scale(sheet, r, "回访", CallbackResult.values(), summary.callbackSatisfaction(),
                summary.callbackSatisfactionShares());
        if (summary.callbackRetryPending() > 0) {
            r++;
            sheet.value(r, 0, "回访");
            sheet.value(r, 1, "待再次回访");
            sheet.value(r, 2, summary.callbackRetryPending());
        }
        sheet.finish();
    }

    private static int scale(Worksheet sheet, int r, String source, Labelled[] answers, Map<String, Integer> counts,
            Map<String, Double> shares) {
        for (Labelled answer : answers) {
            r++;
            sheet.value(r, 0, source);
            sheet.value(r, 1, answer.label());
            sheet.value(r, 2, counts == null ? 0 : counts.getOrDefault(answer.name(), 0));
            Double share = shares == null ? null : shares.get(answer.name());
            share(sheet, r, 3, share);
        }
        return r;
    }

    private static void monthly(Workbook workbook, List<Month> months) throws IOException {
        Worksheet sheet = newSheet(workbook, MONTHLY,
                List.of("月份", "来电", CASES, "来电排名", "转办件排名", "来电占上级", "转办件占上级"),
                new double[] {10, 10, 10, 10, 12, 12, 14});
        int r = 0;
        for (Month month : months) {
            r++;
            sheet.value(r, 0, month.month());
            sheet.value(r, 1, month.calls());
            sheet.value(r, 2, month.cases());
            // 0 is the summary's "no siblings to rank among": left empty rather than shown as a rank
            if (month.rank() > 0) {
                sheet.value(r, 3, month.rank());
            }
            if (month.caseRank() > 0) {
                sheet.value(r, 4, month.caseRank());
            }
            Ratio parent = month.shareOfParent();
            if (parent != null) {
                share(sheet, r, 5, parent.calls());
                share(sheet, r, 6, parent.cases());
            }
        }
        sheet.finish();
    }

    private static Worksheet newSheet(Workbook workbook, String name, List<String> titles, double[] widths) {
        Worksheet sheet = workbook.newWorksheet(name);
        for (int c = 0; c < titles.size(); c++) {
            sheet.width(c, widths[c]);
            sheet.value(0, c, titles.get(c));
        }
        sheet.range(0, 0, 0, titles.size() - 1).style()
                .bold().fillColor("DDEBF7").horizontalAlignment("center").set();
        sheet.freezePane(0, 1);
        return sheet;
    }

    /** A fraction shown as 23.6%; an undefined one (no cases, NaN) stays empty. */
    private static void share(Worksheet sheet, int r, int c, Double fraction) {
        if (fraction != null && Double.isFinite(fraction)) {
            sheet.value(r, c, fraction);
            sheet.style(r, c).format(PERCENT).set();
        }
    }
}
