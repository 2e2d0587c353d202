package cn.huiyin.reporting.instructions.infrastructure;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import cn.huiyin.chassis.outbox.Outbox;
import cn.huiyin.chassis.outbox.OutboxEvent;
import cn.huiyin.events.InstructionOverdue;
import cn.huiyin.reporting.instructions.application.Instructions;
import cn.huiyin.reporting.instructions.model.Instruction;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The instructions in MongoDB. An answer replaces the instruction if its version is unchanged; publishing one as
 * overdue sets {@code overduePublishedAt} only where it is unset, in the same update that pushes its event onto the
 * outbox, so of two scans (or instances) one publishes it.
 */
public class InstructionStore implements Instructions {

    private static final Sort LATEST_FIRST = Sort.by(Sort.Direction.DESC, "issuedOn")
            .and(Sort.by(Sort.Direction.DESC, "instruction.recordedAt"));

    private final ReactiveMongoTemplate mongo;
    private final Outbox outbox;
    private final Clock clock;

    public InstructionStore(ReactiveMongoTemplate mongo, Outbox outbox, Clock clock) {
        this.mongo = mongo;
        this.outbox = outbox;
        this.clock = clock;
    }

    public Mono<Void> ensureIndexes() {
        return mongo.indexOps(InstructionDocument.class).createIndex(new Index("regionCode", Sort.Direction.ASC)
                        .on("issuedOn", Sort.Direction.ASC).named("region_issued"))
                .then(mongo.indexOps(InstructionDocument.class).createIndex(new Index("done", Sort.Direction.ASC)
                        .on("deadline", Sort.Direction.ASC).named("done_deadline")))
                .then();
    }

    @Override
    public Mono<Void> record(Instruction instruction) {
        return mongo.insert(InstructionDocument.of(instruction)).then();
    }

    @Override
    public Mono<Stored> find(String id) {
        return mongo.findById(id, InstructionDocument.class)
                .map(document -> new Stored(document.instruction(), document.version()));
    }

    @Override
    public Mono<Instruction> replace(Stored read, Instruction next) {
        Update update = new Update().set("instruction", next).set("done", next.done())
                .set("version", read.version() + 1);
        return mongo.updateFirst(Query.query(where("_id").is(next.id()).and("version").is(read.version())), update,
                        InstructionDocument.class)
                .flatMap(result -> result.getMatchedCount() == 1 ? Mono.just(next) : Mono.empty());
    }

    @Override
    public Flux<Instruction> concerning(String regionCode) {
        Criteria within = new Criteria().orOperator(where("regionCode").regex(prefix(regionCode)),
                where("counties").regex(prefix(regionCode)));
        return instructions(Query.query(within).with(LATEST_FIRST));
    }

    @Override
    public Flux<Instruction> issuedWithin(String regionCode, LocalDate from, LocalDate to) {
        return instructions(Query.query(where("regionCode").regex(prefix(regionCode))
                        .and("issuedOn").gte(from.toString()).lte(to.toString()))
                .with(Sort.by("issuedOn", "instruction.recordedAt")));
    }

    @Override
    public Flux<Instruction> pastDeadline(LocalDate today) {
        return instructions(Query.query(where("done").is(false).and("deadline").lt(today.toString())));
    }

    @Override
    public Flux<Instruction> overdueNotPublished(LocalDate today) {
        return instructions(Query.query(where("done").is(false).and("deadline").lt(today.toString())
                .and("overduePublishedAt").is(null)));
    }

    @Override
    public Mono<Boolean> publishOverdue(InstructionOverdue event) {
        return outbox.save(InstructionDocument.COLLECTION, event.instructionId(), List.of(event), staged -> {
                    Update update = new Update().set("overduePublishedAt", clock.instant());
                    update.push(OutboxEvent.FIELD).each(staged.toArray());
                    return mongo.updateFirst(Query.query(where("_id").is(event.instructionId())
                                    .and("overduePublishedAt").is(null)), update, InstructionDocument.class)
                            .flatMap(result -> result.getModifiedCount() == 1 ? Mono.just(true) : Mono.empty());
                })
                .defaultIfEmpty(false);
    }

    private Flux<Instruction> instructions(Query query) {
        return mongo.find(query, InstructionDocument.class).map(InstructionDocument::instruction);
    }

    /** Region codes are digits (checked before), so a prefix is a plain anchored pattern. */
    private static String prefix(String regionCode) {
        if (!regionCode.matches("\\d{2,12}")) {
            throw new IllegalArgumentException("not a region code: " + regionCode);
        }
        return "^" + regionCode;
    }
}
