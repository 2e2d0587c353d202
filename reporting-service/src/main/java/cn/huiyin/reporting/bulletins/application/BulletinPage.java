package cn.huiyin.reporting.bulletins.application;

import cn.huiyin.events.HotlineTime;
import cn.huiyin.reporting.analysis.AnalysisReport;
import cn.huiyin.reporting.analysis.ReportExtras;
import cn.huiyin.reporting.bulletins.model.Bulletin;
import cn.huiyin.reporting.bulletins.model.BulletinHeader;

/**
 * A bulletin as an HTML page: the analysis report of its snapshot under the bulletin's masthead (报头) — its title,
 * 第N期 (and the revision, once revised), the issuing office and the day it was issued, and whom it is submitted
 * (呈报) and sent (报送) to.
 */
public final class BulletinPage {

    private final AnalysisReport report;

    public BulletinPage(AnalysisReport report) {
        this.report = report;
    }

    public String render(Bulletin bulletin) {
        return report.render(bulletin.summary(), ReportExtras.none().withHeader(masthead(bulletin)));
    }

    static ReportExtras.Header masthead(Bulletin bulletin) {
        BulletinHeader header = bulletin.header();
        String issue = bulletin.year() + "年" + bulletin.issueLabel()
                + (bulletin.revision() > 1 ? "（修订第" + bulletin.revision() + "版）" : "");
        return new ReportExtras.Header(header.title(), header.office(),
                bulletin.generatedAt().atZone(HotlineTime.ZONE).toLocalDate(), issue, header.submittedTo(),
                header.sentTo());
    }
}
