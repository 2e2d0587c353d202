package cn.huiyin.reporting.analysis;

import cn.huiyin.reporting.analysis.Section.Block;
import cn.huiyin.reporting.analysis.Section.Paragraph;
import cn.huiyin.reporting.analysis.Section.Table;
import cn.huiyin.reporting.summary.model.Summary;

import java.util.ArrayList;
import java.util.List;

/** 七、三率排名: the league table of the region's children by response, resolution and satisfaction rates. */
final class LeagueSection {

    static final String HEADING = "七、三率排名";
    static final List<String> COLUMNS = List.of("排名", "地区", "转办件", "响应率", "解决率", "满意率", "综合得分",
            "名次变化");

    private LeagueSection() {
    }

    static Section of(Summary summary) {
        List<Summary.LeagueRow> rows = summary.leagueTable() == null ? List.of() : summary.leagueTable();
        if (rows.stream().noneMatch(row -> row.rank() > 0)) {
            return new Section(HEADING, List.of(new Paragraph("本期无可排名的转办件。")));
        }
        List<Block> blocks = new ArrayList<>();
        Summary.LeagueRow first = rows.get(0);
        Summary.Period before = summary.leagueComparedWith();
        blocks.add(new Paragraph("按响应率（按时签收）、解决率、满意率（均以回访联系上的群众计）加权计算综合得分，"
                + first.name() + "居第一位，综合得分" + Percent.decimal(first.composite() * 100) + "分"
                + (before == null ? "" : "；名次变化与" + Phrases.period(before.from(), before.to()) + "相比") + "。"));
        List<List<String>> cells = new ArrayList<>();
        for (Summary.LeagueRow row : rows) {
            cells.add(List.of(row.rank() == 0 ? "—" : String.valueOf(row.rank()), row.name(),
                    String.valueOf(row.cases()), Percent.of(row.responseRate()), Percent.of(row.resolutionRate()),
                    Percent.of(row.satisfactionRate()),
                    row.composite() == null ? Percent.NONE : Percent.decimal(row.composite() * 100),
                    change(row.rankChange())));
        }
        blocks.add(new Table("表1　三率排名", COLUMNS, cells));
        return new Section(HEADING, blocks);
    }

    /** "↑2", "↓1", "—" (no change), "" (no rank to compare). */
    static String change(Integer change) {
        if (change == null) {
            return "";
        }
        return change > 0 ? "↑" + change : change < 0 ? "↓" + (-change) : "—";
    }
}
