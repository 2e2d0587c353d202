package cn.huiyin.reporting.analysis;

import java.util.List;

/**
 * One numbered part of the report ("一、办件综述"): paragraphs of plain text, escaped when the page
 * is written, and figures whose SVG was drawn by {@link ReportCharts}.
 */
record Section(String heading, List<Block> blocks) {

    Section {
        blocks = List.copyOf(blocks);
    }

    sealed interface Block permits Paragraph, Figure, Table {
    }

    /** Plain text, never markup: the page escapes it. */
    record Paragraph(String text) implements Block {
    }

    /** A table of plain text cells, escaped when the page is written; the first row is the header. */
    record Table(String caption, List<String> header, List<List<String>> rows) implements Block {

        Table {
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /** A chart with its caption; {@code svg} is markup from JFreeSVG, which escapes the text it draws. */
    record Figure(String caption, String svg) implements Block {
    }
}
