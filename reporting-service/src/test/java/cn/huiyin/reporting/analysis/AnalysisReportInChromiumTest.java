package cn.huiyin.reporting.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The report as a real browser draws it. That the page fetches nothing is guaranteed first by
 * {@link AnalysisReportTest#fetchesNothingFromTheNetwork()} (no external URL in the HTML at all);
 * here Chromium's net log confirms the page made no request, with a control page proving the check
 * would notice one. The files stay in the build directory's {@code analysis/} for a look.
 */
class AnalysisReportInChromiumTest {

    private Path directory;
    private HeadlessChromium chromium;

    @BeforeEach
    void writeTheReport() throws Exception {
        directory = buildDirectory().resolve("analysis");
        chromium = HeadlessChromium.installed(directory);
    }

    @Test
    void drawsTheReportOnAnA4SizedPageWithoutFetchingAnything() throws Exception {
        Path page = write("analysis-report.html", new AnalysisReport().render(SeedSummaries.bijieFirstHalfOf2020()));
        Path png = directory.resolve("analysis-report.png");
        Path netLog = directory.resolve("analysis-report.netlog.json");
        Files.deleteIfExists(png);

        chromium.run("screenshot", page, "--screenshot=" + png, "--window-size=1240,1754", "--log-net-log=" + netLog);

        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image).as("a PNG that ImageIO reads at " + png).isNotNull();
        assertThat(image.getWidth()).isEqualTo(1240);
        assertThat(image.getHeight()).isEqualTo(1754);
        assertThat(colours(image)).as("text and bars in several shades, not a blank page").hasSizeGreaterThan(16);
        assertThat(HeadlessChromium.pageRequests(netLog)).isEmpty();
    }

    @Test
    void buildsTheFiveChartsWithTheirChineseTextIntoTheDocument() throws Exception {
        Path page = write("analysis-report-dom.html",
                new AnalysisReport().render(SeedSummaries.bijieFirstHalfOf2020()));

        String dom = chromium.run("dump-dom", page, "--dump-dom");

        assertThat(dom.split("<svg", -1)).hasSize(6);
        assertThat(dom).contains("<h1>毕节市扶贫专线分析报告（2020年1月1日至2020年5月31日）</h1>",
                ">威宁自治县</text>", ">住房保障</text>", ">回访满意度</text>");
    }

    @Test
    void noticesAPageThatWouldFetchSomething() throws Exception {
        Path page = write("control-fetching-page.html",
                "<!DOCTYPE html><html><body><img src=\"https://cdn.example.invalid/chart.png\"></body></html>");
        Path netLog = directory.resolve("control-fetching-page.netlog.json");

        chromium.run("control", page, "--screenshot=" + directory.resolve("control.png"), "--window-size=200,100",
                "--log-net-log=" + netLog);

        assertThat(HeadlessChromium.pageRequests(netLog)).containsExactly("https://cdn.example.invalid/chart.png");
    }

    private Path write(String name, String html) throws IOException {
        return Files.writeString(directory.resolve(name), html);
    }

    /**
     * The Maven build directory: where this class was compiled to ({@code <build>/test-classes}), so
     * that {@code -Dbuild.dir=/tmp/...} builds keep their files apart too; {@code huiyin.build.dir} wins.
     */
    private static Path buildDirectory() throws URISyntaxException {
        String configured = System.getProperty("huiyin.build.dir");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        return Path.of(AnalysisReportInChromiumTest.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .getParent();
    }

    private static Set<Integer> colours(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours;
    }
}
