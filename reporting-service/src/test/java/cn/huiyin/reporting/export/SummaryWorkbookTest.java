package cn.huiyin.reporting.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cn.huiyin.reporting.analysis.SeedSummaries;
import cn.huiyin.reporting.summary.model.Summary;

import java.util.List;
import java.util.stream.IntStream;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The summary's tables as a workbook of their own, read back with Apache POI as a spreadsheet user would. */
class SummaryWorkbookTest {

    private static final Summary BIJIE = SeedSummaries.bijieFirstHalfOf2020();
    private static final DataFormatter SHOWN = new DataFormatter();

    private final XSSFWorkbook book = Workbooks.read(SummaryWorkbook.of(BIJIE));

    @Test
    void holdsOneSheetPerTableOfTheReport() {
        assertThat(IntStream.range(0, book.getNumberOfSheets()).mapToObj(book::getSheetName))
                .containsExactly("区域分布", "乡镇前十", "事项分类", "责任部门", "问题性质", "满意度", "月度走势", "三率排名")
                .containsExactlyElementsOf(SummarySheets.NAMES);
    }

    @Test
    void listsEveryCountyWithItsCountAndShareAsNumbers() {
        Sheet regions = book.getSheet("区域分布");

        assertThat(texts(regions.getRow(0))).containsExactly("序号", "代码", "地区", "转办件", "占比");
        assertThat(regions.getLastRowNum()).isEqualTo(BIJIE.byRegion().size());
        Row weining = regions.getRow(1);
        assertThat(weining.getCell(1).getStringCellValue()).isEqualTo("520526");
        assertThat(weining.getCell(2).getStringCellValue()).isEqualTo("威宁自治县");
        assertThat(weining.getCell(3).getNumericCellValue()).isEqualTo(30);
        assertThat(weining.getCell(4).getNumericCellValue()).isCloseTo(30.0 / 127, within(1e-12));
        assertThat(weining.getCell(4).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
        assertThat(SHOWN.formatCellValue(weining.getCell(4))).isEqualTo("23.6%");
        assertThat(regions.getRow(10).getCell(3).getNumericCellValue()).isZero();
    }

    @Test
    void carriesTheTownshipsCategoriesDepartmentsAndNatures() {
        assertThat(book.getSheet("乡镇前十").getRow(1).getCell(2).getStringCellValue()).isEqualTo("草海镇");
        assertThat(book.getSheet("乡镇前十").getLastRowNum()).isEqualTo(10);
        Row housing = book.getSheet("事项分类").getRow(1);
        assertThat(housing.getCell(2).getStringCellValue()).isEqualTo("住房保障");
        assertThat(housing.getCell(3).getNumericCellValue()).isEqualTo(60);
        assertThat(SHOWN.formatCellValue(housing.getCell(4))).isEqualTo("47.2%");
        assertThat(book.getSheet("责任部门").getRow(1).getCell(3).getNumericCellValue()).isEqualTo(58);
        Row funds = book.getSheet("问题性质").getRow(2);
        assertThat(funds.getCell(2).getStringCellValue()).isEqualTo("资金兑现不及时");
        assertThat(funds.getCell(3).getNumericCellValue()).isEqualTo(53);
    }

    @Test
    void comparesReportedWithCallbackSatisfaction() {
        Sheet satisfaction = book.getSheet("满意度");

        assertThat(texts(satisfaction.getRow(1))).containsExactly("县级上报", "满意", "107", "84.3%");
        assertThat(texts(satisfaction.getRow(2))).containsExactly("县级上报", "基本满意", "12", "9.4%");
        assertThat(texts(satisfaction.getRow(4))).containsExactly("回访", "满意", "99", "78.0%");
        assertThat(texts(satisfaction.getRow(6))).containsExactly("回访", "联系不上", "10", "7.9%");
        assertThat(satisfaction.getRow(4).getCell(3).getNumericCellValue()).isCloseTo(99.0 / 127, within(1e-12));
    }

    @Test
    void followsTheMonthsWithTheirRank() {
        Sheet monthly = book.getSheet("月度走势");

        assertThat(texts(monthly.getRow(0)))
                .containsExactly("月份", "来电", "转办件", "来电排名", "转办件排名", "来电占上级", "转办件占上级");
        assertThat(texts(monthly.getRow(2))).containsExactly("2020-02", "150", "24", "2", "2", "30.0%", "30.0%");
        assertThat(monthly.getLastRowNum()).isEqualTo(5);
    }

    @Test
    void ranksTheCountiesByTheirThreeRatesWithTheUnrankedLast() {
        Sheet league = book.getSheet("三率排名");

        assertThat(texts(league.getRow(0))).startsWith("排名", "代码", "地区", "转办件", "按时签收", "响应率");
        assertThat(texts(league.getRow(1))).containsExactly("1", "520523", "金沙县", "17", "17", "100.0%", "15", "14",
                "93.3%", "14", "93.3%", "94.7%", "3", "2");
        assertThat(texts(league.getRow(4))).containsExactly("", "520572", "百里杜鹃管理区", "0", "0", "", "0", "0", "",
                "0", "", "", "", "");
        assertThat(league.getRow(1).getCell(11).getNumericCellValue()).isCloseTo(0.9467, within(1e-12));
    }

    @Test
    void leavesTheSharesOfAnEmptyPeriodEmpty() {
        XSSFWorkbook empty = Workbooks.read(SummaryWorkbook.of(SeedSummaries.anEmptyPeriodInBijie()));

        assertThat(texts(empty.getSheet("区域分布").getRow(1))).containsExactly("1", "520526", "威宁自治县", "0", "0.0%");
        assertThat(empty.getSheet("事项分类").getLastRowNum()).isZero();
        assertThat(texts(empty.getSheet("满意度").getRow(1))).containsExactly("县级上报", "满意", "0", "");
        assertThat(texts(empty.getSheet("月度走势").getRow(1))).containsExactly("2021-02", "0", "0", "", "", "30.0%", "30.0%");
    }

    /** The cells as shown, empty ones as "", up to the last column the sheet has. */
    private static List<String> texts(Row row) {
        return Workbooks.shown(row, row.getSheet().getRow(0).getLastCellNum());
    }
}
