package cn.huiyin.local.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

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

    private static MongoClient client(int port) {
        return MongoClients.create("mongodb://127.0.0.1:" + port);
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
