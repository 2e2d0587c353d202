package cn.huiyin.reporting.bulletins.application;

import cn.huiyin.reporting.bulletins.model.Bulletin;
import cn.huiyin.reporting.bulletins.model.BulletinHeader;
import cn.huiyin.reporting.summary.model.Summary;

import java.time.Instant;
import java.time.YearMonth;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The bulletins issued, one per region and month, numbered per region and year. */
public interface Bulletins {

    /**
     * Issues the month's bulletin of a region: a new one takes the region's next number of the month's year (safe
     * under concurrent generation); an existing one keeps its number, gets the new snapshot and counts a revision.
     */
    Mono<Issued> issue(String regionCode, String regionName, YearMonth month, BulletinHeader header, Summary summary,
            Instant at);

    Mono<Boolean> exists(String regionCode, YearMonth month);

    Mono<Bulletin> find(String id);

    /** A region's bulletins of one year, by issue number. */
    Flux<Bulletin> of(String regionCode, int year);

    /** The bulletin stored and whether this call created it (false: a regeneration, a new revision). */
    record Issued(Bulletin bulletin, boolean created) {
    }
}
