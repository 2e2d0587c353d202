package cn.huiyin.reporting.summary.application;

import cn.huiyin.reporting.summary.model.Summary;

import java.time.LocalDate;

import reactor.core.publisher.Mono;

/**
 * Computes the {@link Summary} of a region over a range of days, both ends included. An unknown
 * region, a region below county level, or {@code from} after {@code to} is refused with an
 * {@link cn.huiyin.chassis.errors.InvalidInput} (400) naming the parameter; a region outside the
 * token's regions with a {@link cn.huiyin.chassis.errors.NotPermitted} (403).
 */
public interface Summaries {

    Mono<Summary> summarize(String regionCode, LocalDate from, LocalDate to);
}
