package cn.huiyin.reporting.export;

import cn.huiyin.reporting.ledger.model.LedgerRow;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.IntStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writes ledgers in memory and reads them back with Apache POI, as a spreadsheet user would see them. */
final class Workbooks {

    /** 2020-06-01 08:30 in Beijing. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2020-06-01T00:30:00Z"), ZoneOffset.UTC);
    static final LedgerScope BIJIE_FIRST_HALF =
            new LedgerScope("520500", "毕节市", LocalDate.of(2020, 1, 1), LocalDate.of(2020, 5, 31));

    private static final DataFormatter FORMATTER = new DataFormatter();

    private Workbooks() {
    }

    static XSSFWorkbook written(LedgerWorkbook ledger, List<LedgerRow> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ledger.write(rows.iterator(), BIJIE_FIRST_HALF, out);
            return read(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static XSSFWorkbook read(byte[] xlsx) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The cells of a row as displayed (dates with their format), empty cells as "". */
    static List<String> shown(Row row, int columns) {
        return IntStream.range(0, columns)
                .mapToObj(c -> {
                    Cell cell = row.getCell(c);
                    return cell == null ? "" : FORMATTER.formatCellValue(cell);
                })
                .toList();
    }
}
