package cn.huiyin.reporting.analysis;

import cn.huiyin.reporting.analysis.Section.Figure;
import cn.huiyin.reporting.analysis.Section.Paragraph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.web.util.HtmlUtils;

/**
 * Writes the report as one self-contained HTML5 page: the style sheet inline, the charts inline,
 * nothing fetched from anywhere, so it prints and archives as it is. Every piece of text is
 * escaped here, on the way out; only the charts' SVG passes through as markup.
 */
final class AnalysisPage {

    private static final String STYLE_SHEET = "analysis-report.css";

    private final String css;

    AnalysisPage() {
        this.css = read(STYLE_SHEET);
    }

    String html(String title, List<Section> sections) {
        StringBuilder page = new StringBuilder(256 * 1024)
                .append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(title)).append("</title>\n")
                .append("<style>\n").append(css).append("</style>\n</head>\n<body>\n<main class=\"report\">\n")
                .append("<h1>").append(escape(title)).append("</h1>\n");
        for (Section section : sections) {
            page.append("<section>\n<h2>").append(escape(section.heading())).append("</h2>\n");
            for (Section.Block block : section.blocks()) {
                if (block instanceof Paragraph paragraph) {
                    page.append("<p>").append(escape(paragraph.text())).append("</p>\n");
                } else if (block instanceof Figure figure) {
                    page.append("<figure>\n").append(figure.svg()).append("\n<figcaption>")
                            .append(escape(figure.caption())).append("</figcaption>\n</figure>\n");
                }
            }
            page.append("</section>\n");
        }
        return page.append("</main>\n</body>\n</html>\n").toString();
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, StandardCharsets.UTF_8.name());
    }

    private static String read(String resource) {
        try (InputStream in = AnalysisPage.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the report's style sheet " + resource + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
