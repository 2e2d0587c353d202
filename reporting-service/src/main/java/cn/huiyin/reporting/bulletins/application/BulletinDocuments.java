package cn.huiyin.reporting.bulletins.application;

import cn.huiyin.reporting.summary.model.Summary;

/**
 * Renders a bulletin in the formats the analysis and export features provide: an A4 PDF of its HTML page and a
 * workbook of its figures' tables.
 */
public interface BulletinDocuments {

    byte[] pdf(String html);

    byte[] xlsx(Summary summary);
}
