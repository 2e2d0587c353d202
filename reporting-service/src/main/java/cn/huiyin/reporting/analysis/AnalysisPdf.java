package cn.huiyin.reporting.analysis;

import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * An HTML page of the reports (the analysis report, a bulletin) as an A4 portrait PDF, laid out in
 * Java: no browser, no system fonts. The page's own style sheet applies, then a print sheet on top
 * (margins, page numbers, chart sizes); Chinese is set in Noto Sans CJK SC, shipped in the jar and
 * subset-embedded, so the file reads the same on a machine without any CJK font. Stateless apart from
 * the font bytes, safe to share; rendering is CPU work for a worker thread, never an event loop.
 */
public final class AnalysisPdf {

    /** The family the page and the charts ask for first (AnalysisPage, ChartStyle): the PDF answers it. */
    public static final String FONT_FAMILY = ReportFont.FAMILY;

    /** A4's printable width less the print sheet's margins: 210 mm - 2 × 18 mm. */
    static final double CONTENT_WIDTH_MM = 174;

    /** The scheme of the print sheet's @font-face sources, answered from the bytes in memory. */
    static final String FONT_SCHEME = "huiyin-font";

    private static final String PRINT_SHEET = "analysis-report-pdf.css";

    private final String printSheet;
    private final Map<String, byte[]> fonts;

    public AnalysisPdf() {
        this.printSheet = new String(ReportFont.bytes(PRINT_SHEET), StandardCharsets.UTF_8);
        this.fonts = Map.of(FONT_SCHEME + ":" + ReportFont.REGULAR, ReportFont.bytes(ReportFont.REGULAR),
                FONT_SCHEME + ":" + ReportFont.BOLD, ReportFont.bytes(ReportFont.BOLD));
    }

    /** The page as PDF bytes; {@code html} is HTML5 as a browser would take it, inline SVG included. */
    public byte[] render(String html) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(512 * 1024);
        try {
            new PdfRendererBuilder()
                    .useFastMode()
                    .useSVGDrawer(new BatikSVGDrawer())
                    // fonts as @font-face rules, not builder.useFont(stream): only those reach the charts' text too
                    .useProtocolsStreamImplementation(this::font, FONT_SCHEME)
                    // the page is self-contained: whatever a URL in it names, nothing is fetched but our fonts
                    .useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith(FONT_SCHEME + ":"),
                            ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                    // the renderer reads XML: jsoup parses the HTML5 page as a browser would, into a W3C DOM
                    .withW3cDocument(new W3CDom().fromJsoup(forPrint(html)), null)
                    .toStream(pdf)
                    .run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pdf.toByteArray();
    }

    private FSStream font(String uri) {
        byte[] font = fonts.get(uri);
        if (font == null) {
            throw new IllegalArgumentException("no font " + uri + " in the PDF's fonts");
        }
        return new FSStream() {
            @Override
            public InputStream getStream() {
                return new ByteArrayInputStream(font);
            }

            @Override
            public Reader getReader() {
                return new InputStreamReader(getStream(), StandardCharsets.ISO_8859_1);
            }
        };
    }

    private Document forPrint(String html) {
        Document page = Jsoup.parse(html);
        // last in the head, so that its rules win over the screen sheet's of the same weight
        page.head().appendElement("style").appendChild(new DataNode(printSheet));
        page.select("figure > svg[viewBox]").forEach(AnalysisPdf::fitToPage);
        return page;
    }

    /**
     * The charts scale to the width of their figure in a browser; the PDF renderer needs a size: the
     * content width, and the height the view box's proportions give.
     */
    private static void fitToPage(Element svg) {
        String[] box = svg.attr("viewBox").trim().split("[\\s,]+");
        if (box.length != 4) {
            return;
        }
        try {
            double width = Double.parseDouble(box[2]);
            double height = Double.parseDouble(box[3]);
            if (width > 0 && height > 0) {
                svg.attr("width", String.format(Locale.ROOT, "%.1fmm", CONTENT_WIDTH_MM));
                svg.attr("height", String.format(Locale.ROOT, "%.1fmm", CONTENT_WIDTH_MM * height / width));
            }
        } catch (NumberFormatException e) {
            // left at the renderer's default size: a chart drawn small is better than no report
        }
    }
}
