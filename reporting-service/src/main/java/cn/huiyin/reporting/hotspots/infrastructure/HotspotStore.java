package cn.huiyin.reporting.hotspots.infrastructure;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import cn.huiyin.chassis.outbox.Outbox;
import cn.huiyin.events.HotspotDetected;
import cn.huiyin.reporting.hotspots.application.Hotspots;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Raises a hotspot in two steps: a claim per place and category ({@code hotspot_claims}, holding the latest
 * window) decides, atomically across instances, that no overlapping hotspot was raised; then the hotspot is
 * inserted with its event (the outbox). A crash between the two leaves the claim naming this hotspot, so the
 * redelivered batch, which judges the same window, completes it.
 */
public class HotspotStore implements Hotspots {

    static final String CLAIMS = "hotspot_claims";

    private final ReactiveMongoTemplate mongo;
    private final Outbox outbox;

    public HotspotStore(ReactiveMongoTemplate mongo, Outbox outbox) {
        this.mongo = mongo;
        this.outbox = outbox;
    }

    public Mono<Void> ensureIndexes() {
        return mongo.indexOps(HotspotDocument.class).createIndex(new Index("regionCode", Sort.Direction.ASC)
                .on("windowStart", Sort.Direction.DESC).named("region_window")).then();
    }

    @Override
    public Mono<Boolean> raise(HotspotDetected hotspot) {
        return claim(hotspot).flatMap(claimed -> claimed ? insert(hotspot) : Mono.just(false));
    }

    private Mono<Boolean> claim(HotspotDetected hotspot) {
        String id = hotspot.regionCode() + ":" + hotspot.category().name();
        Document claim = new Document("_id", id).append("until", Date.from(hotspot.windowEnd()))
                .append("hotspotId", hotspot.hotspotId());
        return mongo.insert(claim, CLAIMS).thenReturn(true)
                .onErrorResume(DuplicateKeyException.class, taken -> mongo.updateFirst(
                                Query.query(where("_id").is(id).and("until").lte(Date.from(hotspot.windowStart()))),
                                new Update().set("until", Date.from(hotspot.windowEnd()))
                                        .set("hotspotId", hotspot.hotspotId()), CLAIMS)
                        .flatMap(result -> result.getModifiedCount() > 0 ? Mono.just(true)
                                : mongo.findById(id, Document.class, CLAIMS)
                                        .map(held -> hotspot.hotspotId().equals(held.getString("hotspotId")))
                                        .defaultIfEmpty(false)));
    }

    /** False when the hotspot is stored already (a redelivery): its event was stored with it. */
    private Mono<Boolean> insert(HotspotDetected hotspot) {
        return outbox.save(HotspotDocument.COLLECTION, hotspot.hotspotId(), List.of(hotspot),
                        staged -> mongo.insert(HotspotDocument.of(hotspot, staged)))
                .thenReturn(true)
                .onErrorResume(DuplicateKeyException.class, stored -> Mono.just(false));
    }

    /**
     * Region codes are digits (the handler checks them), so a prefix is a plain anchored pattern. A county, city or
     * province is matched on the hotspot's county, as a functional area's townships keep another county's codes.
     */
    @Override
    public Flux<HotspotDetected> overlapping(List<String> regions, Instant from, Instant to) {
        Criteria inRegions = new Criteria().orOperator(regions.stream()
                .map(region -> where(region.length() <= 6 ? "countyCode" : "regionCode").regex("^" + region))
                .toArray(Criteria[]::new));
        Query query = Query.query(new Criteria().andOperator(inRegions, where("windowStart").lt(to),
                        where("windowEnd").gt(from)))
                .with(Sort.by(Sort.Direction.DESC, "windowStart").and(Sort.by("regionCode", "category")));
        return mongo.find(query, HotspotDocument.class).map(HotspotDocument::toEvent);
    }
}
