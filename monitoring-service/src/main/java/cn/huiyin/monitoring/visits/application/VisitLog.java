package cn.huiyin.monitoring.visits.application;

import cn.huiyin.monitoring.visits.model.Visit;

import reactor.core.publisher.Mono;

/** Where every visit and contact is kept, one record each (a port; {@code VisitStore} implements it). */
public interface VisitLog {

    Mono<Visit> insert(Visit visit);
}
