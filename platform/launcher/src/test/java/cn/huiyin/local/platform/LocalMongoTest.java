package cn.huiyin.local.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

import de.bwaldvogel.mongo.MongoServer;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalMongoTest {

    @TempDir
    Path data;

    @Test
    void keepsDocumentsAcrossRestarts() throws Exception {
        int port = freePort();
        try (LocalMongo mongo = LocalMongo.start(data, port); MongoClient client = client(port)) {
            client.getDatabase("huiyin-intake").getCollection("calls")
                    .insertOne(new Document("_id", "call-1").append("type", "APPEAL"));
        }
        try (LocalMongo mongo = LocalMongo.start(data, port); MongoClient client = client(port)) {
            Document call = client.getDatabase("huiyin-intake").getCollection("calls")
                    .find(new Document("_id", "call-1")).first();
            assertThat(call).isNotNull();
            assertThat(call.getString("type")).isEqualTo("APPEAL");
            assertThat(client.getDatabase("admin").runCommand(new Document("ping", 1)).get("ok"))
                    .isIn(1, 1.0);
        }
    }

    @Test
    void aWriteConditionalOnTheVersionFindsItsDocumentByIdAndStillChecksTheVersion() throws Exception {
        int port = freePort();
        try (LocalMongo mongo = LocalMongo.start(data, port); MongoClient client = client(port)) {
            var cases = client.getDatabase("huiyin-cases").getCollection("cases");
            cases.insertOne(new Document("_id", "case-1").append("version", 1L).append("state", "RECEIVED"));
            cases.insertOne(new Document("_id", "case-2").append("version", 1L).append("state", "RECEIVED"));

            long stale = cases.updateOne(new Document("_id", "case-1").append("version", 2L),
                    new Document("$set", new Document("state", "ASSIGNED"))).getModifiedCount();
            long current = cases.updateOne(new Document("_id", "case-1").append("version", 1L),
                    new Document("$set", new Document("state", "ASSIGNED").append("version", 2L))).getModifiedCount();

            assertThat(stale).isZero();
            assertThat(current).isOne();
            assertThat(cases.find(new Document("_id", "case-1").append("state", "ASSIGNED")).first()).isNotNull();
            assertThat(cases.find(new Document("_id", "case-2").append("state", "ASSIGNED")).first()).isNull();
            assertThat(cases.countDocuments(new Document("_id", new Document("$in", java.util.List.of("case-1", "case-2")))
                    .append("version", 1L))).isOne();
        }
    }

    @Test
    void aggregationsReadTheCollectionAsTheirStagesTakeItNotIntoAListFirst() throws Exception {
        int port = freePort();
        try (LocalMongo mongo = LocalMongo.start(data, port); MongoClient client = client(port)) {
            var households = client.getDatabase("huiyin-monitoring").getCollection("households");
            for (int i = 0; i < 30; i++) {
                households.insertOne(new Document("_id", "h-" + i).append("status", i % 3 == 0 ? "MONITORED" : "NORMAL"));
            }
            var grouped = households.aggregate(java.util.List.of(new Document("$group",
                    new Document("_id", "$status").append("n", new Document("$sum", 1))))).into(new java.util.ArrayList<>());
            assertThat(grouped).extracting(row -> row.get("_id") + "=" + row.get("n"))
                    .containsExactlyInAnyOrder("MONITORED=10", "NORMAL=20");
            assertThat(households.countDocuments(new Document("status", "MONITORED"))).isEqualTo(10);

            // a stream that had read the collection when it was made would not see the document added after
            var stored = (de.bwaldvogel.mongo.MongoCollection<?>) mongo.collection("huiyin-monitoring", "households");
            var all = stored.queryAllAsStream();
            households.insertOne(new Document("_id", "h-30").append("status", "NORMAL"));
            assertThat(all.count()).isEqualTo(31);
        }
    }

    @Test
    void uniqueIndexesKeepTheirKeysAcrossRestartsAndRefuseDuplicates() throws Exception {
        int port = freePort();
        try (LocalMongo mongo = LocalMongo.start(data, port); MongoClient client = client(port)) {
            var calls = client.getDatabase("huiyin-intake").getCollection("calls");
            calls.createIndex(new Document("trackingNumber", 1), new com.mongodb.client.model.IndexOptions().unique(true));
            for (int i = 0; i < 500; i++) {
                calls.insertOne(new Document("_id", "call-" + i).append("trackingNumber", "HY520526-20200305-" + i)
                        .append("version", 1L));
            }
        }
        try (LocalMongo mongo = LocalMongo.start(data, port); MongoClient client = client(port)) {
            var calls = client.getDatabase("huiyin-intake").getCollection("calls");
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> calls.insertOne(
                    new Document("_id", "call-new").append("trackingNumber", "HY520526-20200305-7")))
                    .hasMessageContaining("E11000");
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> calls.insertOne(
                    new Document("_id", "call-7").append("trackingNumber", "HY520526-20200305-new")))
                    .hasMessageContaining("E11000");
            assertThat(calls.find(new Document("trackingNumber", "HY520526-20200305-499")).first().get("_id"))
                    .isEqualTo("call-499");
            assertThat(calls.find(new Document("_id", "call-250").append("version", 1L)).first()).isNotNull();
            calls.insertOne(new Document("_id", "call-new").append("trackingNumber", "HY520526-20200305-new"));
            assertThat(calls.countDocuments()).isEqualTo(501);
        }
    }

    @Test
    void theTestBackendFindsByIdTheSameWay() {
        MongoServer server = new MongoServer(new IdIndexedMemoryBackend());
        InetSocketAddress address = server.bind();
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort())) {
            var facts = client.getDatabase("test").getCollection("facts");
            facts.insertOne(new Document("_id", "call-1").append("version", 3L));

            assertThat(facts.find(new Document("_id", "call-1").append("version", 3L)).first()).isNotNull();
            assertThat(facts.find(new Document("_id", "call-1").append("version", 4L)).first()).isNull();
            assertThat(facts.find(new Document("_id", "call-9").append("version", 3L)).first()).isNull();
        } finally {
            server.shutdownNow();
        }
    }

    private static MongoClient client(int port) {
        return MongoClients.create("mongodb://127.0.0.1:" + port);
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
