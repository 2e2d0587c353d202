package cn.huiyin.reporting.bulletins.application;

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
        ReportHeaders.Entry entry = headers.resolved(regionCode, regionName);
        return new BulletinHeader(entry.office(), entry.bulletinTitle(), entry.submitTo(), entry.copyTo());
    }
}
