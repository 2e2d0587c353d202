package cn.huiyin.reporting.bulletins.application;

import cn.huiyin.reporting.analysis.ReportExtras;
import cn.huiyin.reporting.analysis.ReportHeaders;
import cn.huiyin.reporting.bulletins.model.BulletinHeader;

/**
 * A bulletin's masthead from the reports' ({@code huiyin.reporting.headers}): the bulletin's title, the issuing
 * office and its distribution; a region without one gets "{name}扶贫专线快报" and "{name}扶贫专线服务中心".
 */
public final class BulletinHeaders {

    private final ReportHeaders headers;

    public BulletinHeaders(ReportHeaders headers) {
        this.headers = headers;
    }

    public BulletinHeader of(String regionCode, String regionName) {
        ReportExtras.Header report = headers.of(regionCode, regionName, java.time.LocalDate.EPOCH, null);
        return new BulletinHeader(report.office(), headers.bulletinTitle(regionCode, regionName), report.submitTo(),
                report.copyTo());
    }
}
