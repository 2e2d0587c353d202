package cn.huiyin.reporting.bulletins.application;

import cn.huiyin.reporting.summary.model.Summary;

/**
 * Renders a bulletin in the formats another feature provides: a PDF of its HTML page and a workbook of its
 * figures. Until those renderers are plugged in, {@link #unavailable()} answers 503.
 */
public interface BulletinDocuments {

    byte[] pdf(String html);

    byte[] xlsx(Summary summary);

    static BulletinDocuments unavailable() {
        return new UnavailableDocuments();
    }
}
