package cn.huiyin.reporting.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seed report as a PDF, read back with PDFBox as a reader's viewer would see it. */
class AnalysisPdfTest {

    private static final AnalysisPdf PDF = new AnalysisPdf();
    private static final byte[] BIJIE =
            PDF.render(new AnalysisReport().render(SeedSummaries.bijieFirstHalfOf2020()));

    @Test
    void readsTheTitleTheSectionsAndTheFiguresInChinese() throws IOException {
        String text = text(BIJIE);

        assertThat(text).contains("毕节市扶贫专线分析报告（2020年1月1日至2020年5月31日）")
                .contains("一、办件综述", "二、领导批示情况", "三、存在问题", "四、原因分析", "五、工作建议", "六、典型案例",
                        "七、三率排名", "八、热点预警", "九、防返贫监测")
                .contains("威宁自治县30件（占23.6%）")
                .contains("住房保障60件（占47.2%）")
                .contains("共转办127件");
        assertThat(text.indexOf("一、办件综述")).isLessThan(text.indexOf("三、存在问题"));
        // the seed's fourth section, computed: 665 consultations of the province's 2564 calls
        assertThat(text).contains("占全省来电总量（2564次）的25.9%");
    }

    @Test
    void setsEveryPageOnA4PortraitWithItsNumberInTheFooter() throws IOException {
        try (PDDocument document = Loader.loadPDF(BIJIE)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            for (PDPage page : document.getPages()) {
                PDRectangle size = page.getMediaBox();
                assertThat(size.getWidth()).isCloseTo(PDRectangle.A4.getWidth(), within(1f));
                assertThat(size.getHeight()).isCloseTo(PDRectangle.A4.getHeight(), within(1f));
            }
            int pages = document.getNumberOfPages();
            assertThat(text(BIJIE)).contains("第 1 页 / 共 " + pages + " 页", "第 " + pages + " 页 / 共 " + pages + " 页");
        }
    }

    @Test
    void embedsTheFontItSetsChineseIn() throws IOException {
        try (PDDocument document = Loader.loadPDF(BIJIE)) {
            List<PDFont> fonts = fonts(document.getPage(0).getResources());

            assertThat(fonts).isNotEmpty().allSatisfy(font -> assertThat(font.isEmbedded()).as(font.getName()).isTrue());
            assertThat(fonts).extracting(PDFont::getName).anySatisfy(name -> assertThat(name).contains("NotoSansCJKsc"));
        }
    }

    @Test
    void drawsTheFiveChartsAsVectorsNotPictures() throws IOException {
        try (PDDocument document = Loader.loadPDF(BIJIE)) {
            List<Object> charts = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    charts.add(page.getResources().getXObject(name));
                }
            }

            assertThat(charts).hasSize(5).allSatisfy(chart -> assertThat(chart).isInstanceOf(PDFormXObject.class));
        }
    }

    @Test
    void rendersAnEmptyPeriodToo() throws IOException {
        byte[] empty = PDF.render(new AnalysisReport().render(SeedSummaries.anEmptyPeriodInBijie()));

        // the charts' own text (本期无数据) is drawn as outlines, which no text extraction reads back
        assertThat(text(empty)).contains("毕节市扶贫专线分析报告（2021年2月1日至2021年2月28日）", "一、办件综述");
    }

    @Test
    void fetchesNothingThePageNames(@TempDir Path dir) throws IOException {
        Path picture = dir.resolve("picture.png");
        BufferedImage pixel = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        ImageIO.write(pixel, "png", picture.toFile());
        String page = "<!DOCTYPE html><html><head><link rel=\"stylesheet\" href=\"" + dir.resolve("x.css").toUri()
                + "\"></head><body><p>图片</p><img src=\"" + picture.toUri() + "\"></body></html>";

        try (PDDocument document = Loader.loadPDF(PDF.render(page))) {
            assertThat(document.getPage(0).getResources().getXObjectNames()).isEmpty();
            assertThat(new PDFTextStripper().getText(document)).contains("图片");
        }
    }

    @Test
    void keepsTheFileSmallEnoughToMail() throws IOException {
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "analysis-bijie-2020.pdf"), BIJIE);

        assertThat(BIJIE.length).isLessThan(2 * 1024 * 1024);
    }

    /** The text as a reader would copy it, with the lines the page broke joined again. */
    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\R", "");
        }
    }

    private static List<PDFont> fonts(PDResources resources) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (COSName name : resources.getFontNames()) {
            fonts.add(resources.getFont(name));
        }
        return fonts;
    }
}
