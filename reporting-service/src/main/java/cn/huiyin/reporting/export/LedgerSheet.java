package cn.huiyin.reporting.export;

import cn.huiyin.reporting.ledger.model.LedgerRow;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * One sheet of the ledger: a bold, frozen header row in Chinese, then one row per case. Rows are
 * held by FastExcel until {@link #flush()} writes them out, so the caller decides how many stay in
 * memory.
 */
final class LedgerSheet {

    static final String DATE_FORMAT = "yyyy-mm-dd";

    /** The header, with a width (in characters) that fits the longest usual value. */
    record Column(String title, double width) {
    }

    static final List<Column> COLUMNS = List.of(
            new Column("序号", 8), new Column("受理编号", 24), new Column("来电日期", 12),
            new Column("转办日期", 12), new Column("区县", 18), new Column("乡镇（街道）", 16),
            new Column("事项分类", 24), new Column("责任部门", 26), new Column("办理状态", 10),
            new Column("办理期限", 12), new Column("核查日期", 12), new Column("办结日期", 12),
            new Column("是否迟报", 10), new Column("是否漏报", 10), new Column("是否属实", 10),
            new Column("问题性质", 32), new Column("上报满意度", 12), new Column("回访满意度", 12),
            new Column("重办次数", 10));

    private final Worksheet sheet;
    private int rows;

    LedgerSheet(Workbook workbook, String name) {
        sheet = workbook.newWorksheet(name);
        // widths and the frozen pane go out with the first flush, so they are set before any row
        for (int c = 0; c < COLUMNS.size(); c++) {
            sheet.width(c, COLUMNS.get(c).width());
            sheet.value(0, c, COLUMNS.get(c).title());
        }
        sheet.range(0, 0, 0, COLUMNS.size() - 1).style()
                .bold().fillColor("DDEBF7").horizontalAlignment("center").set();
        sheet.freezePane(0, 1);
    }

    /** Case rows written so far, the header not counted. */
    int rows() {
        return rows;
    }

    void append(long serial, LedgerRow row) {
        int r = ++rows;
        sheet.value(r, 0, serial);
        // unique per row: an inline string stays out of the shared-string table, which lives in heap to the end
        sheet.inlineString(r, 1, row.trackingNumber());
        date(r, 2, row.received());
        date(r, 3, row.transferred());
        text(r, 4, row.countyName() != null ? row.countyName() : row.countyCode());
        text(r, 5, row.townshipName() != null ? row.townshipName() : row.townshipCode());
        text(r, 6, LedgerLabels.categories(row.categories()));
        text(r, 7, LedgerLabels.departments(row.departments()));
        text(r, 8, LedgerLabels.state(row.state()));
        date(r, 9, row.deadline());
        date(r, 10, row.verified());
        date(r, 11, row.closed());
        text(r, 12, LedgerLabels.yesNo(row.late()));
        text(r, 13, LedgerLabels.yesNo(row.missing()));
        text(r, 14, LedgerLabels.substantiation(row.substantiated()));
        text(r, 15, LedgerLabels.natures(row.natures()));
        text(r, 16, LedgerLabels.reportedSatisfaction(row.reportedSatisfaction()));
        text(r, 17, LedgerLabels.callbackSatisfaction(row.callbackSatisfaction()));
        sheet.value(r, 18, row.reopenCount());
    }

    void flush() throws IOException {
        sheet.flush();
    }

    /** Closes the sheet's part of the file; the next sheet may only start after this. */
    void finish() throws IOException {
        sheet.finish();
    }

    private void text(int r, int c, String value) {
        if (value != null && !value.isEmpty()) {
            sheet.value(r, c, value);
        }
    }

    private void date(int r, int c, LocalDate day) {
        if (day != null) {
            sheet.value(r, c, day);
            sheet.style(r, c).format(DATE_FORMAT).set();
        }
    }
}
