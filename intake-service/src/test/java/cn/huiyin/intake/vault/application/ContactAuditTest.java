package cn.huiyin.intake.vault.application;

import static org.assertj.core.api.Assertions.assertThat;

import cn.huiyin.intake.vault.infrastructure.ContactReadStore;
import cn.huiyin.intake.vault.model.ContactRead;

import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

import reactor.test.StepVerifier;

/** Against an in-memory MongoDB wire server, so the document mapping is exercised for real. */
class ContactAuditTest {

    private static final Instant NOW = Instant.parse("2024-06-30T08:15:30.123456Z");

    private static MongoServer server;
    private static MongoClient client;

    private final ContactAudit audit = new ContactAudit(new ContactReadStore(new ReactiveMongoTemplate(client, "vault-test")),
            Clock.fixed(NOW, ZoneOffset.UTC));

    @BeforeAll
    static void startMongo() {
        server = new MongoServer(new MemoryBackend());
        InetSocketAddress address = server.bind();
        client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort());
    }

    @AfterAll
    static void stopMongo() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void recordsWhoReadWhichCallsContactWhyAndWhen() {
        StepVerifier.create(audit.record("call-audit-1", "operator-7", "  回访核实满意度 "))
                .assertNext(read -> {
                    assertThat(read.id()).isNotBlank();
                    assertThat(read).extracting(ContactRead::callId, ContactRead::subject, ContactRead::reason,
                            ContactRead::at).containsExactly("call-audit-1", "operator-7", "回访核实满意度",
                            Instant.parse("2024-06-30T08:15:30.123Z"));
                })
                .verifyComplete();
    }

    @Test
    void listsTheReadsOfOneCall() {
        StepVerifier.create(audit.record("call-audit-2", "operator-7", "callback to the citizen")
                        .then(audit.record("call-audit-2", "county-5205", "on-site verification visit"))
                        .then(audit.record("call-audit-3", "operator-7", "callback to the citizen"))
                        .thenMany(audit.readsOf("call-audit-2").map(ContactRead::subject)))
                .expectNext("operator-7", "county-5205")
                .verifyComplete();
    }

    @Test
    void refusesAReadWithoutAGoodReason() {
        StepVerifier.create(audit.record("call-audit-4", "operator-7", "why"))
                .expectErrorMessage("reason must be 5 to 200 characters")
                .verify();
        StepVerifier.create(audit.record("call-audit-4", null, "callback to the citizen"))
                .expectError(IllegalArgumentException.class)
                .verify();
        StepVerifier.create(audit.readsOf("call-audit-4")).verifyComplete();
    }

    @Test
    void explainsWhatMakesAReasonValid() {
        assertThat(ContactAudit.validReason(null)).startsWith("is required");
        assertThat(ContactAudit.validReason("   ")).startsWith("is required");
        assertThat(ContactAudit.validReason("回访核实")).isEqualTo("must be 5 to 200 characters");
        assertThat(ContactAudit.validReason("x".repeat(201))).isEqualTo("must be 5 to 200 characters");
        assertThat(ContactAudit.validReason("callback\u0000now")).isEqualTo("must not contain control characters");
        assertThat(ContactAudit.validReason("回访核实身份")).isNull();
        assertThat(ContactAudit.validReason("x".repeat(200))).isNull();
    }
}
