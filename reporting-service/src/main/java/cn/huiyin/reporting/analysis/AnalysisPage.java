package cn.huiyin.reporting.analysis;

import cn.huiyin.reporting.analysis.Section.Figure;
import cn.huiyin.reporting.analysis.Section.Paragraph;
import cn.huiyin.reporting.analysis.Section.Table;

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
        return html(title, null, sections);
    }

    String html(String title, ReportExtras.Header header, List<Section> sections) {
        StringBuilder page = new StringBuilder(256 * 1024)
                .append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(title)).append("</title>\n")
                .append("<style>\n").append(css).append("</style>\n</head>\n<body>\n<main class=\"report\">\n")
                .append(header == null ? "" : header(header))
                .append("<h1>").append(escape(title)).append("</h1>\n");
        for (Section section : sections) {
            page.append("<section>\n<h2>").append(escape(section.heading())).append("</h2>\n");
            for (Section.Block block : section.blocks()) {
                if (block instanceof Paragraph paragraph) {
                    page.append("<p>").append(escape(paragraph.text())).append("</p>\n");
                } else if (block instanceof Table table) {
                    page.append(table(table));
                } else if (block instanceof Figure figure) {
                    page.append("<figure>\n").append(figure.svg()).append("\n<figcaption>")
                            .append(escape(figure.caption())).append("</figcaption>\n</figure>\n");
                }
            }
            page.append("</section>\n");
        }
        return page.append("</main>\n</body>\n</html>\n").toString();
    }

    /** The masthead: the bulletin's name and issue, the office and date, and whom it goes to. */
    private static String header(ReportExtras.Header header) {
        StringBuilder html = new StringBuilder("<header class=\"masthead\">\n");
        if (header.title() != null) {
            html.append("<p class=\"masthead-title\">").append(escape(header.title())).append("</p>\n");
        }
        if (header.issue() != null) {
            html.append("<p class=\"masthead-issue\">").append(escape(header.issue())).append("</p>\n");
        }
        html.append("<p class=\"masthead-office\"><span>").append(escape(header.office())).append("</span><span>")
                .append(escape(Phrases.day(header.date()))).append("</span></p>\n");
        if (!header.submitTo().isEmpty()) {
            html.append("<p class=\"masthead-to\">呈报：").append(escape(String.join("、", header.submitTo())))
                    .append("</p>\n");
        }
        if (!header.copyTo().isEmpty()) {
            html.append("<p class=\"masthead-to\">报送：").append(escape(String.join("、", header.copyTo())))
                    .append("</p>\n");
        }
        return html.append("</header>\n").toString();
    }

    private static String table(Table table) {
        StringBuilder html = new StringBuilder("<table>\n");
        if (table.caption() != null) {
            html.append("<caption>").append(escape(table.caption())).append("</caption>\n");
        }
        html.append("<thead><tr>");
        table.header().forEach(cell -> html.append("<th>").append(escape(cell)).append("</th>"));
        html.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : table.rows()) {
            html.append("<tr>");
            row.forEach(cell -> html.append("<td>").append(escape(cell)).append("</td>"));
            html.append("</tr>\n");
        }
        return html.append("</tbody>\n</table>\n").toString();
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
