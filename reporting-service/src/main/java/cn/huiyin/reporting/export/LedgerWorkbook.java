package cn.huiyin.reporting.export;

import cn.huiyin.events.HotlineTime;
import cn.huiyin.reporting.ledger.model.LedgerRow;
import cn.huiyin.reporting.summary.model.Summary;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes the case ledger (台账) as an .xlsx file while the rows arrive: every few hundred rows the
 * sheet is flushed to the stream, so memory holds one flush worth of rows whatever the ledger's
 * length. A ledger longer than an Excel sheet continues on 台账(2), 台账(3)…; the summary's tables
 * follow ({@link SummarySheets}) when there is a summary, and the 说明 sheet comes last, when the
 * number of cases is known.
 */
public final class LedgerWorkbook {

    /** Excel's 1,048,576 rows per sheet, less the header. */
    static final int ROWS_PER_EXCEL_SHEET = Worksheet.MAX_ROWS - 1;
    static final String LEDGER_SHEET = "台账";
    static final int FLUSH_EVERY = 256;

    private final Clock clock;
    private final int rowsPerSheet;

    public LedgerWorkbook(Clock clock) {
        this(clock, ROWS_PER_EXCEL_SHEET);
    }

    /** With a smaller sheet, so that tests can see the continuation without a million rows. */
    LedgerWorkbook(Clock clock, int rowsPerSheet) {
        if (rowsPerSheet < 1 || rowsPerSheet > ROWS_PER_EXCEL_SHEET) {
            throw new IllegalArgumentException("rows per sheet must be from 1 to " + ROWS_PER_EXCEL_SHEET);
        }
        this.clock = clock;
        this.rowsPerSheet = rowsPerSheet;
    }

    /**
     * Writes every row the iterator gives, in its order, and returns how many there were. Blocks
     * as long as {@code rows} and {@code out} do, so it belongs on a worker thread.
     */
    public long write(Iterator<LedgerRow> rows, LedgerScope scope, OutputStream out) throws IOException {
        return write(rows, scope, null, out);
    }

    /** As {@link #write(Iterator, LedgerScope, OutputStream)}, with the tables of {@code summary} after the cases. */
    public long write(Iterator<LedgerRow> rows, LedgerScope scope, Summary summary, OutputStream out)
            throws IOException {
        LocalDateTime generatedAt = LocalDateTime.now(clock.withZone(HotlineTime.ZONE));
        Workbook workbook = new Workbook(out, "Huiyin", "1.0");
        workbook.properties().setTitle("台账 " + scope.regionLabel() + " " + scope.from() + " 至 " + scope.to());
        List<String> sheetNames = new ArrayList<>();
        LedgerSheet sheet = newSheet(workbook, sheetNames);
        long cases = 0;
        while (rows.hasNext()) {
            if (sheet.rows() == rowsPerSheet) {
                // FastExcel writes one sheet at a time: the full one is closed before the next begins
                sheet.finish();
                sheet = newSheet(workbook, sheetNames);
            }
            sheet.append(++cases, rows.next());
            if (sheet.rows() % FLUSH_EVERY == 0) {
                sheet.flush();
            }
        }
        sheet.finish();
        if (summary != null) {
            SummarySheets.write(workbook, summary);
            sheetNames.addAll(SummarySheets.NAMES);
        }
        LedgerNotes.write(workbook, scope, generatedAt, cases, sheetNames);
        workbook.finish();
        return cases;
    }

    private static LedgerSheet newSheet(Workbook workbook, List<String> names) {
        String name = names.isEmpty() ? LEDGER_SHEET : LEDGER_SHEET + "(" + (names.size() + 1) + ")";
        names.add(name);
        return new LedgerSheet(workbook, name);
    }
}
