package cn.huiyin.reporting.export;

import cn.huiyin.reporting.summary.model.Summary;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.dhatim.fastexcel.Workbook;

/**
 * A workbook of a {@link Summary}'s tables alone (the {@link SummarySheets}), for a report that keeps
 * its figures but not its cases, such as a stored monthly bulletin. Small enough to build in memory.
 */
public final class SummaryWorkbook {

    private SummaryWorkbook() {
    }

    /** The .xlsx file's bytes. */
    public static byte[] of(Summary summary) {
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream(16 * 1024);
        try {
            Workbook workbook = new Workbook(xlsx, "Huiyin", "1.0");
            workbook.properties().setTitle("分析报告数据 " + summary.region().name() + " " + summary.from() + " 至 "
                    + summary.to());
            SummarySheets.write(workbook, summary);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return xlsx.toByteArray();
    }
}
