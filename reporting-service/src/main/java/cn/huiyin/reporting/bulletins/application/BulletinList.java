package cn.huiyin.reporting.bulletins.application;

import cn.huiyin.reporting.bulletins.model.Bulletin;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** {@code GET /api/v1/bulletins?region=&year=}: a region's issues of a year, by number. */
public record BulletinList(String region, String regionName, int year, List<Item> bulletins) {

    /** One issue in the list, without its figures. */
    public record Item(String id, int issue, String issueLabel, String title, String month, LocalDate from,
            LocalDate to, Instant generatedAt, int revision, BulletinLinks links) {

        static Item of(Bulletin bulletin) {
            return new Item(bulletin.id(), bulletin.issue(), bulletin.issueLabel(), bulletin.fullTitle(),
                    bulletin.month().toString(), bulletin.from(), bulletin.to(), bulletin.generatedAt(),
                    bulletin.revision(), BulletinLinks.of(bulletin.id()));
        }
    }
}
