package cn.huiyin.cases.cases.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.huiyin.cases.cases.infrastructure.CaseStore;
import cn.huiyin.cases.cases.model.Case;
import cn.huiyin.cases.cases.model.TimelineEntry;
import cn.huiyin.cases.cases.model.Transition;
import cn.huiyin.cases.support.CaseServiceTest;
import cn.huiyin.cases.support.Calls;
import cn.huiyin.chassis.outbox.Outbox;
import cn.huiyin.chassis.security.Client;
import cn.huiyin.events.CaseReceived;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

import reactor.core.publisher.Mono;

/** An action that loses a race to another write: applied again when the client named no version, 409 when it did. */
@CaseServiceTest
class CaseActionRacesTest {

    static final Client SUPERVISOR = new Client("city-supervisor", Set.of("cases:write"), List.of("5205"));

    @Autowired
    ReactiveMongoTemplate mongo;

    @Autowired
    Outbox outbox;

    @Autowired
    CaseQueries queries;

    @Autowired
    CaseOpening opening;

    InterferingStore store;
    CaseChanges changes;
    String caseId;

    /** Lets another writer change the case between the next save's read and its write, once. */
    static final class InterferingStore extends CaseStore {

        final AtomicBoolean interfere = new AtomicBoolean();

        InterferingStore(ReactiveMongoTemplate mongo, Outbox outbox) {
            super(mongo, outbox);
        }

        @Override
        public Mono<StoredCase> save(StoredCase read, Transition transition) {
            if (interfere.getAndSet(false)) {
                Case theirs = read.data().urge("另一位督办人先催办", "province-supervisor", Instant.now()).next();
                return super.save(read, new Transition(theirs, List.of())).then(super.save(read, transition));
            }
            return super.save(read, transition);
        }
    }

    @BeforeEach
    void openACase() {
        store = new InterferingStore(mongo, outbox);
        changes = new CaseChanges(store, queries, new CaseMetrics(new SimpleMeterRegistry()));
        CaseReceived call = Calls.anAppealFromWeining().receivedAt(Instant.now()).event();
        opening.open(call).block();
        caseId = CaseOpening.caseIdOf(call.callId());
    }

    @Test
    void appliesTheActionAgainToTheCaseAsItNowIsWhenNoVersionWasNamed() {
        store.interfere.set(true);

        StoredCase written = changes.apply(new ActingOn(caseId, SUPERVISOR, null),
                c -> c.urge("请尽快办理", SUPERVISOR.subject(), Instant.now())).block();

        assertThat(store.interfere).isFalse();
        assertThat(written.data().timeline()).extracting(TimelineEntry::actor)
                .contains("province-supervisor", "city-supervisor");
        assertThat(store.findById(caseId).block().version()).isEqualTo(written.version());
    }

    @Test
    void refusesWhenTheClientNamedTheVersionItRead() {
        long read = store.findById(caseId).block().version();
        store.interfere.set(true);

        assertThatThrownBy(() -> changes.apply(new ActingOn(caseId, SUPERVISOR, read),
                c -> c.urge("请尽快办理", SUPERVISOR.subject(), Instant.now())).block())
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(store.findById(caseId).block().data().timeline()).extracting(TimelineEntry::actor)
                .contains("province-supervisor").doesNotContain("city-supervisor");
    }
}
