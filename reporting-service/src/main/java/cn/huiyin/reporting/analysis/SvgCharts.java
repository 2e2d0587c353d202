package cn.huiyin.reporting.analysis;

import cn.huiyin.reporting.summary.model.Summary.Share;
import cn.huiyin.reporting.summary.model.Summary;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

/** Draws the report's five charts from a {@link Summary}, sized for the width of an A4 portrait page. */
final class SvgCharts {

    static final int WIDTH = 640;
    private static final String CASES = "转办件";
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("M月");
    private static final DateTimeFormatter YEAR_MONTH = DateTimeFormatter.ofPattern("uuuu年M月");

    private SvgCharts() {
    }

    static ReportCharts draw(Summary summary) {
        return new ReportCharts(
                bars("chart-region", summary.byRegion()),
                bars("chart-category", summary.byCategory()),
                bars("chart-department", summary.byDepartment()),
                satisfaction(summary),
                monthly(summary.monthly()));
    }

    /** Horizontal, so that long names (人力资源社会保障) read level without slanting. */
    private static String bars(String id, List<Share> lines) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        if (lines.stream().anyMatch(line -> line.count() > 0)) {
            // every line, zeros too: a county without a case is a finding of its own
            lines.forEach(line -> data.addValue(line.count(), CASES, uniqueKey(data, line)));
        }
        JFreeChart chart = ChartFactory.createBarChart(null, null, null, data, PlotOrientation.HORIZONTAL, false,
                false, false);
        style(chart);
        return ChartStyle.svg(id, chart, WIDTH, Math.max(180, 50 + 24 * lines.size()));
    }

    private static String satisfaction(Summary summary) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        if (total(summary.reportedSatisfaction()) + total(summary.callbackSatisfaction()) > 0) {
            Satisfaction.SCALE.forEach(label -> {
                data.addValue(null, "上报满意度", label);
                data.addValue(null, "回访满意度", label);
            });
            Satisfaction.REPORTED.forEach(s -> data.addValue(
                    Phrases.count(summary.reportedSatisfaction(), s.key()), "上报满意度", s.label()));
            Satisfaction.CALLBACK.forEach(s -> data.addValue(
                    Phrases.count(summary.callbackSatisfaction(), s.key()), "回访满意度", s.label()));
        }
        JFreeChart chart = ChartFactory.createBarChart(null, null, null, data, PlotOrientation.VERTICAL, true,
                false, false);
        style(chart);
        return ChartStyle.svg("chart-satisfaction", chart, WIDTH, 300);
    }

    private static String monthly(List<Summary.Month> months) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        if (months.stream().anyMatch(month -> month.calls() > 0 || month.cases() > 0)) {
            boolean oneYear = months.stream().map(month -> month.month().split("-")[0]).distinct().count() == 1;
            months.forEach(month -> {
                data.addValue(month.calls(), "来电", monthLabel(month.month(), oneYear));
                data.addValue(month.cases(), CASES, monthLabel(month.month(), oneYear));
            });
        }
        JFreeChart chart = ChartFactory.createLineChart(null, null, null, data, PlotOrientation.VERTICAL, true,
                false, false);
        style(chart);
        chart.getCategoryPlot().getDomainAxis().setMaximumCategoryLabelLines(2);
        ((LineAndShapeRenderer) chart.getCategoryPlot().getRenderer()).setDefaultShapesVisible(true);
        return ChartStyle.svg("chart-monthly", chart, WIDTH, 300);
    }

    /**
     * No axis titles and no slanted labels: JFreeChart draws rotated text as glyph outlines, which
     * would bypass the browser's CJK fonts and lose the text; the captions say the unit instead.
     */
    private static void style(JFreeChart chart) {
        ChartStyle.apply(chart);
        CategoryPlot plot = chart.getCategoryPlot();
        NumberAxis counts = (NumberAxis) plot.getRangeAxis();
        counts.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        counts.setUpperMargin(0.12);
        // counts along the foot of horizontal bars too, where the eye ends up
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        plot.getRenderer().setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator());
        plot.getRenderer().setDefaultItemLabelsVisible(true);
    }

    /** Category keys must be unique; two lines with the same label keep both bars. */
    private static String uniqueKey(DefaultCategoryDataset data, Share line) {
        String label = line.label() == null ? String.valueOf(line.code()) : line.label();
        return data.getColumnKeys().contains(label) ? label + "（" + line.code() + "）" : label;
    }

    private static String monthLabel(String month, boolean oneYear) {
        try {
            return (oneYear ? MONTH : YEAR_MONTH).format(YearMonth.parse(month));
        } catch (DateTimeParseException e) {
            return month;
        }
    }

    private static int total(Map<String, Integer> counts) {
        return counts == null ? 0 : counts.values().stream().mapToInt(Integer::intValue).sum();
    }
}
