package cn.huiyin.reporting.bulletins.application;

import cn.huiyin.chassis.errors.NotFound;
import cn.huiyin.chassis.errors.NotPermitted;
import cn.huiyin.chassis.security.RegionAccess;
import cn.huiyin.reporting.bulletins.model.Bulletin;
import cn.huiyin.reporting.summary.application.ReportScope;

import java.time.LocalDate;

import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

import reactor.core.publisher.Mono;

/**
 * Reads issued bulletins for a client whose regions cover them, as the reports check it (403 outside; which
 * bulletins exist is no secret); an unknown id is 404.
 */
public class BulletinQueries {

    private final Bulletins bulletins;
    private final ReportScope scope;
    private final RegionAccess access;
    private final BulletinPage page;
    private final BulletinDocuments documents;

    public BulletinQueries(Bulletins bulletins, ReportScope scope, RegionAccess access, BulletinPage page,
            BulletinDocuments documents) {
        this.bulletins = bulletins;
        this.scope = scope;
        this.access = access;
        this.page = page;
        this.documents = documents;
    }

    public Mono<BulletinList> list(String regionCode, int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        return scope.check(regionCode, first, first.withDayOfYear(first.lengthOfYear()))
                .flatMap(region -> bulletins.of(region.code(), year).map(BulletinList.Item::of).collectList()
                        .map(items -> new BulletinList(region.code(), region.name(), year, items)));
    }

    public Mono<BulletinView> view(String id) {
        return find(id).map(BulletinView::of);
    }

    public Mono<String> html(String id) {
        return find(id).map(page::render);
    }

    public Mono<byte[]> pdf(String id) {
        return html(id).map(documents::pdf);
    }

    public Mono<byte[]> xlsx(String id) {
        return find(id).map(bulletin -> documents.xlsx(bulletin.summary()));
    }

    private Mono<Bulletin> find(String id) {
        return bulletins.find(id)
                .switchIfEmpty(Mono.error(() -> new NotFound("bulletin " + id)))
                .flatMap(bulletin -> access.currentClient()
                        .flatMap(client -> access.mayActOn(client, bulletin.regionCode()) ? Mono.just(bulletin)
                                : Mono.<Bulletin>error(new NotPermitted("the token's regions do not cover region "
                                        + bulletin.regionCode())))
                        .onErrorResume(AuthenticationCredentialsNotFoundException.class, internal -> Mono.just(bulletin)));
    }
}
