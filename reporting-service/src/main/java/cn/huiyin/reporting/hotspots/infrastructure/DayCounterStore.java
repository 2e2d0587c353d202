package cn.huiyin.reporting.hotspots.infrastructure;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import cn.huiyin.events.Category;
import cn.huiyin.reporting.hotspots.application.CallCounts;
import cn.huiyin.reporting.hotspots.model.DayTally;
import cn.huiyin.reporting.hotspots.model.HotspotRule;
import cn.huiyin.reporting.hotspots.model.Place;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.ReactiveBulkOperations;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import reactor.core.publisher.Mono;

/**
 * One counter document per place, category and Beijing day ({@code hotspot_days}): {@code $inc} by a batch, and
 * at most about {@link HotspotRule#CALLERS_KEPT} callers' references, so no document grows with every call.
 */
public class DayCounterStore implements CallCounts {

    static final String COLLECTION = "hotspot_days";

    private final ReactiveMongoTemplate mongo;

    public DayCounterStore(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Mono<Void> ensureIndexes() {
        return mongo.indexOps(COLLECTION).createIndex(new Index("regionCode", Sort.Direction.ASC)
                .on("category", Sort.Direction.ASC).on("day", Sort.Direction.ASC).named("place_category_day")).then();
    }

    @Override
    public Mono<Void> add(List<DayTally> tallies) {
        if (tallies.isEmpty()) {
            return Mono.empty();
        }
        // ordered: each counter exists before its callers are added to it
        ReactiveBulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.ORDERED, COLLECTION);
        for (DayTally tally : tallies) {
            bulk.upsert(Query.query(where("_id").is(tally.id())), new Update()
                    .inc("calls", tally.calls())
                    .setOnInsert("regionCode", tally.place().regionCode())
                    .setOnInsert("countyCode", tally.place().countyCode())
                    .setOnInsert("category", tally.category().name())
                    .setOnInsert("day", tally.day().toString()));
            if (!tally.callers().isEmpty()) {
                // only while the day keeps fewer than CALLERS_KEPT: the set stays bounded
                bulk.updateOne(Query.query(where("_id").is(tally.id())
                                .and("callers." + (HotspotRule.CALLERS_KEPT - 1)).exists(false)),
                        new Update().addToSet("callers").each(tally.callers().toArray()));
            }
        }
        return bulk.execute().then();
    }

    @Override
    public Mono<List<DayTally>> between(Place place, Category category, LocalDate from, LocalDate to) {
        Query query = Query.query(where("regionCode").is(place.regionCode()).and("category").is(category.name())
                .and("day").gte(from.toString()).lte(to.toString()));
        return mongo.find(query, Document.class, COLLECTION)
                .map(document -> new DayTally(place, category, LocalDate.parse(document.getString("day")),
                        ((Number) document.get("calls")).intValue(),
                        Set.copyOf(document.getList("callers", String.class, List.of()))))
                .collectList();
    }
}
