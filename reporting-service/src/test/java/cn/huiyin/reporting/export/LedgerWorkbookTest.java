package cn.huiyin.reporting.export;

import static cn.huiyin.reporting.export.Workbooks.CLOCK;
import static cn.huiyin.reporting.export.Workbooks.shown;
import static cn.huiyin.reporting.export.Workbooks.written;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.LongStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class LedgerWorkbookTest {

    private static final int COLUMNS = 19;

    private final LedgerWorkbook ledger = new LedgerWorkbook(CLOCK);

    @Test
    void startsTheLedgerSheetWithABoldFrozenHeaderInChinese() {
        XSSFWorkbook book = written(ledger, List.of(LedgerRows.aClosedHousingCaseInWeining()));

        XSSFSheet sheet = book.getSheet("台账");
        assertThat(shown(sheet.getRow(0), COLUMNS)).containsExactly("序号", "受理编号", "来电日期", "转办日期", "区县",
                "乡镇（街道）", "事项分类", "责任部门", "办理状态", "办理期限", "核查日期", "办结日期", "是否迟报", "是否漏报",
                "是否属实", "问题性质", "上报满意度", "回访满意度", "重办次数");
        assertThat(sheet.getRow(0).getCell(0).getCellStyle().getFont().getBold()).isTrue();
        assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
        assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
        assertThat(sheet.getColumnWidth(1)).isGreaterThan(sheet.getColumnWidth(0));
    }

    @Test
    void writesOneRowPerCaseWithChineseLabelsRealDatesAndYesOrNo() {
        XSSFWorkbook book = written(ledger, List.of(LedgerRows.aClosedHousingCaseInWeining(),
                LedgerRows.anUnverifiedEducationCaseInQixingguan()));

        XSSFSheet sheet = book.getSheet("台账");
        assertThat(sheet.getLastRowNum()).isEqualTo(2);
        assertThat(shown(sheet.getRow(1), COLUMNS)).containsExactly("1", "GZ-20200305-000017", "2020-03-05",
                "2020-03-06", "威宁彝族回族苗族自治县", "草海镇", "住房保障、易地扶贫搬迁", "住房城乡建设、生态移民", "已办结",
                "2020-03-31", "2020-04-02", "2020-04-20", "是", "否", "部分属实", "资金兑现不及时、工作失误(延误)", "基本满意",
                "满意", "1");
        Cell transferred = sheet.getRow(1).getCell(3);
        assertThat(transferred.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(DateUtil.isCellDateFormatted(transferred)).isTrue();
        assertThat(transferred.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2020, 3, 6));
        assertThat(transferred.getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
    }

    @Test
    void leavesWhatIsNotKnownYetEmpty() {
        XSSFWorkbook book = written(ledger, List.of(LedgerRows.anUnverifiedEducationCaseInQixingguan()));

        // no township name: its code; education is 教育扶贫 as a category and 教育 as a department
        assertThat(shown(book.getSheet("台账").getRow(1), COLUMNS)).containsExactly("1", "GZ-20200510-000203",
                "2020-05-10", "2020-05-11", "七星关区", "520502001", "教育扶贫", "教育", "已转办", "2020-06-05", "", "",
                "否", "是", "", "", "", "", "0");
    }

    @Test
    void describesTheRegionPeriodTimeAndCountOnTheNotesSheet() {
        XSSFWorkbook book = written(ledger, List.of(LedgerRows.aClosedHousingCaseInWeining(),
                LedgerRows.anUnverifiedEducationCaseInQixingguan()));

        assertThat(book.getSheetName(book.getNumberOfSheets() - 1)).isEqualTo("说明");
        XSSFSheet notes = book.getSheet("说明");
        assertThat(shown(notes.getRow(1), 2)).containsExactly("地区", "520500 毕节市");
        assertThat(shown(notes.getRow(2), 2)).containsExactly("转办日期", "2020-01-01 至 2020-05-31");
        assertThat(notes.getRow(3).getCell(1).getLocalDateTimeCellValue())
                .isEqualTo(LocalDateTime.of(2020, 6, 1, 8, 30));
        assertThat(notes.getRow(4).getCell(1).getNumericCellValue()).isEqualTo(2);
        assertThat(shown(notes.getRow(5), 2)).containsExactly("工作表", "台账");
    }

    @Test
    void continuesOnANumberedSheetWhenASheetIsFull() {
        LedgerWorkbook smallSheets = new LedgerWorkbook(CLOCK, 3);

        XSSFWorkbook book = written(smallSheets, LongStream.range(0, 7).mapToObj(LedgerRows::generated).toList());

        assertThat(book.getNumberOfSheets()).isEqualTo(4);
        assertThat(List.of(book.getSheetName(0), book.getSheetName(1), book.getSheetName(2), book.getSheetName(3)))
                .containsExactly("台账", "台账(2)", "台账(3)", "说明");
        for (String name : List.of("台账(2)", "台账(3)")) {
            XSSFSheet sheet = book.getSheet(name);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("序号");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
        }
        assertThat(book.getSheet("台账").getLastRowNum()).isEqualTo(3);
        assertThat(book.getSheet("台账(2)").getRow(1).getCell(0).getNumericCellValue()).isEqualTo(4);
        assertThat(book.getSheet("台账(2)").getRow(1).getCell(1).getStringCellValue())
                .isEqualTo(LedgerRows.generated(3).trackingNumber());
        assertThat(book.getSheet("台账(3)").getLastRowNum()).isEqualTo(1);
        assertThat(book.getSheet("台账(3)").getRow(1).getCell(0).getNumericCellValue()).isEqualTo(7);
        assertThat(book.getSheet("说明").getRow(4).getCell(1).getNumericCellValue()).isEqualTo(7);
        assertThat(shown(book.getSheet("说明").getRow(5), 2)).containsExactly("工作表", "台账、台账(2)、台账(3)");
    }

    @Test
    void fillsASheetExactlyWithoutStartingAnEmptyOne() {
        XSSFWorkbook book = written(new LedgerWorkbook(CLOCK, 3),
                LongStream.range(0, 3).mapToObj(LedgerRows::generated).toList());

        assertThat(book.getNumberOfSheets()).isEqualTo(2);
        assertThat(book.getSheet("台账").getLastRowNum()).isEqualTo(3);
    }

    @Test
    void writesTheHeaderAndNotesForAnEmptyLedger() {
        XSSFWorkbook book = written(ledger, List.of());

        assertThat(book.getSheet("台账").getLastRowNum()).isZero();
        assertThat(book.getSheet("说明").getRow(4).getCell(1).getNumericCellValue()).isZero();
    }
}
