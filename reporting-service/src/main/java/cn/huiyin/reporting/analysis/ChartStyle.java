package cn.huiyin.reporting.analysis;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Rectangle2D;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * The look of every chart, and its drawing as inline SVG. Text stays SVG {@code <text>} (JFreeSVG's
 * default) in a CJK font family the browser resolves itself, so that Chinese renders and stays
 * selectable without embedding fonts; print-friendly: white background, no gradients, no shadows.
 */
final class ChartStyle {

    /** Double quotes: JFreeSVG writes attributes in single quotes. */
    static final String FONT_FAMILIES =
            "\"Noto Sans CJK SC\", \"WenQuanYi Zen Hei\", \"Source Han Sans SC\", sans-serif";

    /** Shown in place of the bars of an empty period. */
    static final String NO_DATA = "本期无数据";

    static final Color[] SERIES = {new Color(0x2F5597), new Color(0xC55A11), new Color(0x548235),
        new Color(0x7F6000)};

    /** What JFreeChart measures text in; the SVG names {@link #FONT_FAMILIES} instead, for whoever draws it. */
    private static final String FAMILY = ReportFont.measuringFamily();

    private ChartStyle() {
    }

    static void apply(JFreeChart chart) {
        theme().apply(chart);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setBorderVisible(false);
        chart.setPadding(new RectangleInsets(4, 4, 4, 8));
        if (chart.getPlot() instanceof CategoryPlot plot) {
            plot.setNoDataMessage(NO_DATA);
            plot.setNoDataMessageFont(new Font(FAMILY, Font.PLAIN, 14));
            plot.setNoDataMessagePaint(Color.GRAY);
            plot.setOutlineVisible(false);
            for (int series = 0; series < SERIES.length; series++) {
                plot.getRenderer().setSeriesPaint(series, SERIES[series]);
                plot.getRenderer().setSeriesStroke(series, new BasicStroke(2f));
            }
            if (plot.getRenderer() instanceof BarRenderer bars) {
                bars.setMaximumBarWidth(0.08);
                bars.setItemMargin(0.05);
            }
        }
    }

    /**
     * The chart as an {@code <svg>} element with a view box, so CSS can scale it to the page width.
     * {@code id} also prefixes the clip-path ids, which must stay unique among the page's charts.
     */
    static String svg(String id, JFreeChart chart, int width, int height) {
        SVGGraphics2D canvas = new SVGGraphics2D(width, height);
        canvas.setDefsKeyPrefix(id + "-");
        canvas.setFontFunction(family -> FONT_FAMILIES);
        chart.draw(canvas, new Rectangle2D.Double(0, 0, width, height));
        return canvas.getSVGElement(id, false, new ViewBox(0, 0, width, height), null, null);
    }

    private static StandardChartTheme theme() {
        StandardChartTheme theme = new StandardChartTheme("huiyin");
        theme.setExtraLargeFont(new Font(FAMILY, Font.BOLD, 16));
        theme.setLargeFont(new Font(FAMILY, Font.BOLD, 13));
        theme.setRegularFont(new Font(FAMILY, Font.PLAIN, 12));
        theme.setSmallFont(new Font(FAMILY, Font.PLAIN, 11));
        theme.setBarPainter(new StandardBarPainter());
        theme.setShadowVisible(false);
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setLegendBackgroundPaint(Color.WHITE);
        theme.setDomainGridlinePaint(new Color(0xD9D9D9));
        theme.setRangeGridlinePaint(new Color(0xD9D9D9));
        theme.setItemLabelPaint(new Color(0x262626));
        theme.setAxisLabelPaint(new Color(0x262626));
        theme.setTickLabelPaint(new Color(0x262626));
        return theme;
    }
}
