package cn.huiyin.reporting.export;

import java.time.LocalDateTime;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** The small 说明 sheet: what the ledger covers, when it was made and how many cases it lists. */
final class LedgerNotes {

    static final String SHEET = "说明";

    private LedgerNotes() {
    }

    static void write(Workbook workbook, LedgerScope scope, LocalDateTime generatedAt, long cases,
            List<String> sheets) {
        Worksheet sheet = workbook.newWorksheet(SHEET);
        sheet.width(0, 16);
        sheet.width(1, 60);
        sheet.value(0, 0, "项目");
        sheet.value(0, 1, "内容");
        sheet.range(0, 0, 0, 1).style().bold().fillColor("DDEBF7").set();
        sheet.value(1, 0, "地区");
        sheet.value(1, 1, scope.regionLabel());
        sheet.value(2, 0, "转办日期");
        sheet.value(2, 1, scope.from() + " 至 " + scope.to());
        sheet.value(3, 0, "生成时间");
        sheet.value(3, 1, generatedAt);
        sheet.style(3, 1).format("yyyy-mm-dd hh:mm:ss").horizontalAlignment("left").set();
        sheet.value(4, 0, "案件数");
        sheet.value(4, 1, cases);
        sheet.style(4, 1).horizontalAlignment("left").set();
        sheet.value(5, 0, "工作表");
        sheet.value(5, 1, String.join(LedgerLabels.SEPARATOR, sheets));
        sheet.value(6, 0, "备注");
        sheet.value(6, 1, "按转办日期统计，起止日期均含；生成时间为北京时间；不含来电人个人信息。"
                + "迟报：核查晚于办理期限；漏报：已过办理期限仍未核查。");
        sheet.style(6, 1).wrapText(true).set();
    }
}
