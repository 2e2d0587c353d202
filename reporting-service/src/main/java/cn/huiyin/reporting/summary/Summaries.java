package cn.huiyin.reporting.summary;

import java.time.LocalDate;

import reactor.core.publisher.Mono;

/**
 * Computes the {@link Summary} of a region over a range of days, both ends included. An unknown
 * region, a region below county level, or {@code from} after {@code to} is refused with a
 * {@code cn.huiyin.chassis.web.ProblemException} (400) naming the parameter.
 */
public interface Summaries {

    Mono<Summary> summarize(String regionCode, LocalDate from, LocalDate to);
}
