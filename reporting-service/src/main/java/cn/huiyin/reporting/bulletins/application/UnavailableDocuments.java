package cn.huiyin.reporting.bulletins.application;

import cn.huiyin.chassis.errors.Unavailable;
import cn.huiyin.reporting.summary.model.Summary;

import java.time.Duration;

/** The default {@link BulletinDocuments} while no PDF renderer and no summary workbook are installed: 503. */
final class UnavailableDocuments implements BulletinDocuments {

    private static final Duration RETRY_AFTER = Duration.ofHours(1);

    @Override
    public byte[] pdf(String html) {
        throw new Unavailable("bulletins are not rendered as PDF yet; the HTML is at the same path with .html",
                RETRY_AFTER);
    }

    @Override
    public byte[] xlsx(Summary summary) {
        throw new Unavailable("bulletins are not exported as workbooks yet; the figures are at the same path as JSON",
                RETRY_AFTER);
    }
}
