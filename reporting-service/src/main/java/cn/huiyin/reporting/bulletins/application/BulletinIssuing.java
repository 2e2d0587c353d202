package cn.huiyin.reporting.bulletins.application;

import cn.huiyin.chassis.errors.FieldError;
import cn.huiyin.chassis.errors.InvalidInput;
import cn.huiyin.chassis.errors.NotPermitted;
import cn.huiyin.chassis.security.Client;
import cn.huiyin.chassis.security.RegionAccess;
import cn.huiyin.chassis.security.Role;
import cn.huiyin.events.HotlineTime;
import cn.huiyin.regions.Region;
import cn.huiyin.regions.RegionLevel;
import cn.huiyin.regions.RegionRegistry;
import cn.huiyin.reporting.bulletins.application.Bulletins.Issued;
import cn.huiyin.reporting.summary.application.Summaries;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

import reactor.core.publisher.Mono;

/**
 * Generates a month's bulletin of a province or city (快报): the month's figures from {@link Summaries} under the
 * region's masthead. On demand, a city office may issue its own city's, a hotline supervisor any within its regions;
 * the schedule (no token) any.
 */
public class BulletinIssuing {

    static final int FIRST_YEAR = 2000;

    private final Summaries summaries;
    private final Bulletins bulletins;
    private final BulletinHeaders headers;
    private final RegionRegistry regions;
    private final RegionAccess access;
    private final Clock clock;

    public BulletinIssuing(Summaries summaries, Bulletins bulletins, BulletinHeaders headers, RegionRegistry regions,
            RegionAccess access, Clock clock) {
        this.summaries = summaries;
        this.bulletins = bulletins;
        this.headers = headers;
        this.regions = regions;
        this.access = access;
        this.clock = clock;
    }

    /** {@code POST /api/v1/bulletins}: checks the request and the client, then issues (or reissues) the bulletin. */
    public Mono<Issued> onDemand(String regionCode, Integer year, Integer month) {
        return Mono.fromCallable(() -> valid(regionCode, year, month))
                .flatMap(request -> access.currentClient()
                        .flatMap(client -> permitted(client, request.region()) ? Mono.just(request)
                                : Mono.<Request>error(new NotPermitted("a bulletin of " + request.region().code()
                                        + " is issued by its city office (city-office) or a hotline supervisor "
                                        + "(hotline-supervisor) whose regions cover it")))
                        .onErrorResume(AuthenticationCredentialsNotFoundException.class, internal -> Mono.just(request)))
                .flatMap(request -> issue(request.region(), request.month()));
    }

    /** Issues the bulletin for a region known to be a province or city, without asking who. */
    public Mono<Issued> issue(Region region, YearMonth month) {
        return summaries.summarize(region.code(), month.atDay(1), month.atEndOfMonth())
                .flatMap(summary -> bulletins.issue(region.code(), region.name(), month,
                        headers.of(region.code(), region.name()), summary, clock.instant()));
    }

    private boolean permitted(Client client, Region region) {
        return access.actsAbove(client, Role.CITY_OFFICE, RegionLevel.CITY, region.code())
                && region.level() == RegionLevel.CITY
                || client.holds(Role.HOTLINE_SUPERVISOR) && access.mayActOn(client, region.code());
    }

    private Request valid(String regionCode, Integer year, Integer month) {
        List<FieldError> errors = new ArrayList<>();
        Optional<Region> region = Optional.ofNullable(regionCode).flatMap(regions::find);
        if (region.isEmpty()) {
            errors.add(new FieldError("region", "must be a known province or city code"));
        } else if (region.get().level() != RegionLevel.PROVINCE && region.get().level() != RegionLevel.CITY) {
            errors.add(new FieldError("region", "must be a province or city: bulletins are issued for those"));
        }
        YearMonth current = YearMonth.now(clock.withZone(HotlineTime.ZONE));
        if (year == null || year < FIRST_YEAR || year > current.getYear()) {
            errors.add(new FieldError("year", "must be a year from " + FIRST_YEAR + " to " + current.getYear()));
        }
        if (month == null || month < 1 || month > 12) {
            errors.add(new FieldError("month", "must be a month from 1 to 12"));
        } else if (errors.stream().noneMatch(error -> error.field().equals("year"))
                && !YearMonth.of(year, month).isBefore(current)) {
            errors.add(new FieldError("month", "must have ended: a bulletin reports on a past month"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return new Request(region.orElseThrow(), YearMonth.of(year, month));
    }

    private record Request(Region region, YearMonth month) {
    }
}
