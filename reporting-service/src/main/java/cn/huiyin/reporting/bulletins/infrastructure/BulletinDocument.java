package cn.huiyin.reporting.bulletins.infrastructure;

import cn.huiyin.reporting.bulletins.model.Bulletin;
import cn.huiyin.reporting.bulletins.model.BulletinHeader;
import cn.huiyin.reporting.summary.model.Summary;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A stored issue; {@code issue} is null for the moment between its insert and the number it then takes (or for
 * good, should the process stop in between: the next generation numbers it).
 */
@Document(BulletinDocument.COLLECTION)
public record BulletinDocument(
        @Id String id,
        String regionCode,
        String regionName,
        int year,
        String month,
        Integer issue,
        Instant generatedAt,
        int revision,
        List<Instant> revisedAt,
        BulletinHeader header,
        Summary summary) {

    static final String COLLECTION = "bulletins";

    Bulletin toBulletin() {
        return new Bulletin(id, regionCode, regionName, YearMonth.parse(month), issue == null ? 0 : issue,
                generatedAt, revision, revisedAt, header, summary);
    }
}
