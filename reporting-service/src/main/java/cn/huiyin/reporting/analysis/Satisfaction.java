package cn.huiyin.reporting.analysis;

import java.util.List;

/**
 * The two satisfaction scales the report compares: what the county reported (上报满意度, keys of
 * {@code ReportedSatisfaction}) and what the callback found (回访满意度, keys of {@code CallbackResult}).
 * The report says 无法联系 where the event vocabulary says 联系不上, as the seed report does.
 */
record Satisfaction(String key, String label) {

    static final List<Satisfaction> REPORTED = List.of(new Satisfaction("SATISFIED", "满意"),
            new Satisfaction("BASICALLY_SATISFIED", "基本满意"), new Satisfaction("UNSATISFIED", "不满意"));

    static final List<Satisfaction> CALLBACK = List.of(new Satisfaction("SATISFIED", "满意"),
            new Satisfaction("UNSATISFIED", "不满意"), new Satisfaction("UNREACHABLE", "无法联系"));

    /** The categories of the side-by-side chart, in reading order. */
    static final List<String> SCALE = List.of("满意", "基本满意", "不满意", "无法联系");
}
