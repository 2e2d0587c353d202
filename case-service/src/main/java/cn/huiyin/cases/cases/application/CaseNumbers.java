package cn.huiyin.cases.cases.application;

import java.util.List;

import reactor.core.publisher.Mono;

/** Case numbers per county and year, {@code 520526-2020-00012}: unique and without gaps. */
public interface CaseNumbers {

    /** The next {@code count} numbers of a county and year, in order. */
    Mono<List<String>> reserve(String countyCode, int year, int count);
}
