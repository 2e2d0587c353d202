package cn.huiyin.reporting.instructions.application;

import reactor.core.publisher.Mono;

/**
 * The bulletins instructions are written on, as the bulletins feature issues them (it provides this port, so the
 * instructions depend on no other feature's store and the analysis report may list instructions).
 */
public interface BulletinIssues {

    Mono<Issue> find(String bulletinId);

    /** An issued bulletin: its region, 第{issue}期 and full title (毕节市扶贫专线快报（2020年第5期）). */
    record Issue(String id, String regionCode, int issue, String title) {
    }
}
