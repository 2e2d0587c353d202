package cn.huiyin.cases.cases.application;

import cn.huiyin.chassis.errors.NotFound;
import cn.huiyin.chassis.security.Client;
import cn.huiyin.chassis.security.RegionAccess;
import cn.huiyin.regions.Region;
import cn.huiyin.regions.RegionRegistry;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import reactor.core.publisher.Mono;

/**
 * Reads for a client, who sees only its regions: another county's case is not found, exactly as a case that does
 * not exist, so that one county cannot probe another's cases.
 */
public class CaseQueries {

    private final Cases cases;
    private final RegionAccess access;
    private final RegionRegistry regions;
    private final CaseViews views;

    public CaseQueries(Cases cases, RegionAccess access, RegionRegistry regions, CaseViews views) {
        this.cases = cases;
        this.access = access;
        this.regions = regions;
        this.views = views;
    }

    /** A case the client may see. */
    public Mono<StoredCase> visible(String caseId, Client client) {
        return visibleOrNotFound(cases.findById(caseId), client, "case " + caseId);
    }

    public Mono<StoredCase> byTrackingNumber(String trackingNumber, Client client) {
        return visibleOrNotFound(cases.findByTrackingNumber(trackingNumber), client, "case " + trackingNumber);
    }

    private Mono<StoredCase> visibleOrNotFound(Mono<StoredCase> found, Client client, String what) {
        return found.filter(stored -> access.mayActOn(client, stored.data().countyCode()))
                .switchIfEmpty(Mono.error(() -> new NotFound(what)));
    }

    /**
     * The regions a list covers: the client's, or the county-level unit, city or province it asks for, which must be
     * within them (else not found, as if it did not exist); empty when {@code region} is no known division.
     */
    public Optional<List<String>> scope(String region, Client client) {
        if (region == null) {
            List<String> within = new ArrayList<>();
            client.regions().forEach(code -> regions.find(code).ifPresent(r -> within.add(r.code())));
            return Optional.of(within);
        }
        Region asked = regions.find(region).orElse(null);
        if (asked == null) {
            return Optional.empty();
        }
        if (!access.mayActOn(client, asked.code())) {
            throw new NotFound("region " + region);
        }
        return Optional.of(List.of(asked.code()));
    }

    /** One page of the cases the filter selects, and how many it selects in all. */
    public Mono<CasePage> page(CaseFilter filter, CaseFilter.Order order, int page, int size) {
        return cases.count(filter)
                .zipWith(cases.find(filter, order, (long) page * size, size).map(views::summary).collectList())
                .map(found -> new CasePage(found.getT2(), page, size, found.getT1()));
    }
}
