package cn.huiyin.reporting.analysis;

import cn.huiyin.events.HotlineTime;
import cn.huiyin.reporting.analysis.Section.Block;
import cn.huiyin.reporting.analysis.Section.Paragraph;
import cn.huiyin.reporting.analysis.Section.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** 八、热点预警: the surges of calls about one category in one place that the period raised. */
final class HotspotsSection {

    static final String HEADING = "八、热点预警";

    private HotspotsSection() {
    }

    static Section of(List<ReportExtras.Hotspot> hotspots) {
        if (hotspots.isEmpty()) {
            return new Section(HEADING, List.of(new Paragraph("本期未发现来电异常集中的热点。")));
        }
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Paragraph("本期共发现热点" + hotspots.size() + "个：同一乡镇（村）同类诉求在7日内的来电量"
                + "远超其前8周的常态水平，且来自多位不同来电人，需及时关注、提前化解。"));
        List<List<String>> rows = new ArrayList<>();
        for (ReportExtras.Hotspot hotspot : hotspots) {
            rows.add(List.of(hotspot.place(), hotspot.category().label(),
                    Phrases.period(hotspot.windowStart().atZone(HotlineTime.ZONE).toLocalDate(),
                            hotspot.windowEnd().minusSeconds(1).atZone(HotlineTime.ZONE).toLocalDate()),
                    String.valueOf(hotspot.observed()), String.format(Locale.ROOT, "%.1f", hotspot.baseline()),
                    String.valueOf(hotspot.distinctCallers())));
        }
        blocks.add(new Table("表2　热点预警", List.of("地点", "事项类别", "时段", "来电量", "常态预期", "来电人数"), rows));
        return new Section(HEADING, blocks);
    }
}
