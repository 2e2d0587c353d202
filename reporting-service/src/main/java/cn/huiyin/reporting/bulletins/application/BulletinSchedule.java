package cn.huiyin.reporting.bulletins.application;

import cn.huiyin.events.HotlineTime;
import cn.huiyin.regions.Region;
import cn.huiyin.regions.RegionLevel;
import cn.huiyin.regions.RegionRegistry;
import cn.huiyin.reporting.bulletins.model.Bulletin;
import cn.huiyin.reporting.bulletins.model.WorkingDays;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * On the first working day of a month, the previous month's bulletin of every configured province and each of its
 * cities. Run often (a fixed delay) rather than once on the day: a run finds what is due and not issued yet, so
 * running twice issues nothing new and a service that was down on the day catches up at its next run.
 */
public class BulletinSchedule {

    private final BulletinIssuing issuing;
    private final Bulletins bulletins;
    private final WorkingDays workingDays;
    private final List<Region> regions;
    private final Clock clock;

    public BulletinSchedule(BulletinIssuing issuing, Bulletins bulletins, WorkingDays workingDays,
            RegionRegistry registry, List<String> provinces, Clock clock) {
        this.issuing = issuing;
        this.bulletins = bulletins;
        this.workingDays = workingDays;
        this.clock = clock;
        List<Region> all = new ArrayList<>();
        for (String province : provinces) {
            all.add(registry.resolve(province));
            registry.children(province).stream().filter(city -> city.level() == RegionLevel.CITY).forEach(all::add);
        }
        this.regions = List.copyOf(all);
    }

    /** The run of the periodic task: today in Beijing. */
    public Mono<Long> run() {
        return generateDue(LocalDate.now(clock.withZone(HotlineTime.ZONE))).count();
    }

    /** The bulletins this run issued: none before the month's first working day, none already issued. */
    public Flux<Bulletin> generateDue(LocalDate today) {
        YearMonth month = workingDays.monthDue(today);
        return Flux.fromIterable(regions)
                .concatMap(region -> bulletins.exists(region.code(), month)
                        .flatMap(issued -> issued ? Mono.<Bulletins.Issued>empty() : issuing.issue(region, month)))
                .filter(Bulletins.Issued::created)
                .map(Bulletins.Issued::bulletin);
    }

    public List<Region> regions() {
        return regions;
    }
}
