package cn.huiyin.reporting.bulletins.application;

import cn.huiyin.reporting.bulletins.model.Bulletin;
import cn.huiyin.reporting.bulletins.model.BulletinHeader;
import cn.huiyin.reporting.summary.model.Summary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** {@code GET /api/v1/bulletins/{id}}: one issue with its masthead and its figures as issued. */
public record BulletinView(
        String id,
        String region,
        String regionName,
        int year,
        String month,
        int issue,
        String issueLabel,
        String title,
        BulletinHeader header,
        LocalDate from,
        LocalDate to,
        Instant generatedAt,
        int revision,
        List<Instant> revisedAt,
        BulletinLinks links,
        Summary summary) {

    public static BulletinView of(Bulletin bulletin) {
        return new BulletinView(bulletin.id(), bulletin.regionCode(), bulletin.regionName(), bulletin.year(),
                bulletin.month().toString(), bulletin.issue(), bulletin.issueLabel(), bulletin.fullTitle(),
                bulletin.header(), bulletin.from(), bulletin.to(), bulletin.generatedAt(), bulletin.revision(),
                bulletin.revisedAt(), BulletinLinks.of(bulletin.id()), bulletin.summary());
    }
}
