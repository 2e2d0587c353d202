package cn.huiyin.reporting.summary.application;

import cn.huiyin.chassis.errors.FieldError;
import cn.huiyin.chassis.errors.InvalidInput;
import cn.huiyin.chassis.errors.NotPermitted;
import cn.huiyin.chassis.security.RegionAccess;
import cn.huiyin.regions.Region;
import cn.huiyin.regions.RegionLevel;
import cn.huiyin.regions.RegionRegistry;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

import reactor.core.publisher.Mono;

/**
 * Checks what a report may cover: a known province, city or county, a range of at most ten years
 * that does not end before it starts (400 naming each bad parameter), and a region the client's
 * {@code regions} claim covers (403: which regions exist is no secret). Calls made inside the
 * service, with no bearer token, are not restricted.
 */
public class ReportScope {

    /** Ten years: enough for any report, and a bound on the buckets one request may ask for. */
    static final long MAX_DAYS = 3_660;

    private final RegionRegistry regions;
    private final RegionAccess access;

    public ReportScope(RegionRegistry regions, RegionAccess access) {
        this.regions = regions;
        this.access = access;
    }

    public Mono<Region> check(String regionCode, LocalDate from, LocalDate to) {
        return Mono.fromCallable(() -> valid(regionCode, from, to))
                .flatMap(region -> access.currentClient()
                        .flatMap(client -> access.mayActOn(client, region.code()) ? Mono.just(region)
                                : Mono.<Region>error(new NotPermitted(
                                        "the token's regions do not cover region " + region.code())))
                        .onErrorResume(AuthenticationCredentialsNotFoundException.class, internal -> Mono.just(region)));
    }

    private Region valid(String regionCode, LocalDate from, LocalDate to) {
        List<FieldError> errors = new ArrayList<>();
        Optional<Region> region = Optional.ofNullable(regionCode).flatMap(regions::find);
        check(errors, "region", region.isPresent(), "must be a known province, city or county code");
        region.ifPresent(found -> check(errors, "region", !RegionLevel.COUNTY.isAbove(found.level()),
                "must be a province, city or county, not a " + found.level().name().toLowerCase()));
        check(errors, "from", from != null, "is required");
        check(errors, "to", to != null, "is required");
        if (from != null && to != null) {
            check(errors, "from", !from.isAfter(to), "must not be after to");
            check(errors, "to", ChronoUnit.DAYS.between(from, to) < MAX_DAYS,
                    "must be within " + MAX_DAYS + " days of from");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return region.orElseThrow();
    }

    private static void check(List<FieldError> errors, String field, boolean valid, String message) {
        if (!valid) {
            errors.add(new FieldError(field, message));
        }
    }
}
