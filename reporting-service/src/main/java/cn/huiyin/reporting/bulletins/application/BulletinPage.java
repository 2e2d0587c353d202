package cn.huiyin.reporting.bulletins.application;

import cn.huiyin.events.HotlineTime;
import cn.huiyin.reporting.analysis.AnalysisReport;
import cn.huiyin.reporting.bulletins.model.Bulletin;
import cn.huiyin.reporting.bulletins.model.BulletinHeader;

import java.time.LocalDate;

/**
 * A bulletin as an HTML page: the analysis report of its snapshot, with the masthead (报头) on top — title, 第N期,
 * the issuing office and date, and whom it is submitted (呈报) and sent (报送) to.
 */
public final class BulletinPage {

    private static final String BODY_START = "<main class=\"report\">\n";

    private final AnalysisReport report;

    public BulletinPage(AnalysisReport report) {
        this.report = report;
    }

    public String render(Bulletin bulletin) {
        String html = report.render(bulletin.summary());
        int at = html.indexOf(BODY_START);
        String masthead = masthead(bulletin);
        return at < 0 ? masthead + html
                : html.substring(0, at + BODY_START.length()) + masthead + html.substring(at + BODY_START.length());
    }

    static String masthead(Bulletin bulletin) {
        BulletinHeader header = bulletin.header();
        LocalDate issued = bulletin.generatedAt().atZone(HotlineTime.ZONE).toLocalDate();
        StringBuilder html = new StringBuilder("<header class=\"bulletin-masthead\" style=\"text-align:center;"
                + "border-bottom:2px solid #c00;margin-bottom:1.5em\">\n")
                .append("<p class=\"bulletin-title\" style=\"font-size:2em;color:#c00;font-weight:bold;margin:0\">")
                .append(escape(header.title())).append("</p>\n")
                .append("<p class=\"bulletin-issue\">").append(bulletin.year()).append("年")
                .append(escape(bulletin.issueLabel())).append("</p>\n")
                .append("<p class=\"bulletin-office\" style=\"display:flex;justify-content:space-between\"><span>")
                .append(escape(header.office())).append("</span><span>").append(issued.getYear()).append("年")
                .append(issued.getMonthValue()).append("月").append(issued.getDayOfMonth()).append("日</span></p>\n");
        if (bulletin.revision() > 1) {
            html.append("<p class=\"bulletin-revision\">（修订第").append(bulletin.revision()).append("版）</p>\n");
        }
        return html.append("</header>\n").append(distribution(header)).toString();
    }

    private static String distribution(BulletinHeader header) {
        StringBuilder html = new StringBuilder();
        if (!header.submittedTo().isEmpty() || !header.sentTo().isEmpty()) {
            html.append("<aside class=\"bulletin-distribution\">\n");
            if (!header.submittedTo().isEmpty()) {
                html.append("<p>呈报：").append(escape(String.join("，", header.submittedTo()))).append("。</p>\n");
            }
            if (!header.sentTo().isEmpty()) {
                html.append("<p>报送：").append(escape(String.join("，", header.sentTo()))).append("。</p>\n");
            }
            html.append("</aside>\n");
        }
        return html.toString();
    }

    /** Text into HTML (element content and quoted attributes). */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
