package cn.huiyin.reporting.bulletins.application;

import cn.huiyin.reporting.instructions.application.BulletinIssues;

import reactor.core.publisher.Mono;

/** The bulletins as the instructions feature knows them: region, 第N期 and title. */
public class IssuedBulletins implements BulletinIssues {

    private final Bulletins bulletins;

    public IssuedBulletins(Bulletins bulletins) {
        this.bulletins = bulletins;
    }

    @Override
    public Mono<Issue> find(String bulletinId) {
        return bulletins.find(bulletinId).map(bulletin -> new Issue(bulletin.id(), bulletin.regionCode(),
                bulletin.issue(), bulletin.fullTitle()));
    }
}
