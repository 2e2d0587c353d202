package cn.huiyin.intake.vault.infrastructure;

import cn.huiyin.intake.vault.application.ContactReads;
import cn.huiyin.intake.vault.model.ContactRead;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The {@code contact_reads} collection: one document per read, its {@code id} as {@code _id}. */
public class ContactReadStore implements ContactReads {

    static final String COLLECTION = "contact_reads";

    private final ReactiveMongoTemplate mongo;

    public ContactReadStore(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Mono<ContactRead> save(ContactRead read) {
        return mongo.insert(read, COLLECTION);
    }

    @Override
    public Flux<ContactRead> of(String callId) {
        return mongo.find(Query.query(Criteria.where("callId").is(callId)).with(Sort.by("at")), ContactRead.class,
                COLLECTION);
    }
}
