package cn.huiyin.local.platform;

import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentFileTest {

    @TempDir
    Path data;

    private static Document aCallFact() {
        return new Document("_id", "call-1").append("v", 3L).append("county", "520526")
                .append("receivedAt", Instant.parse("2020-03-05T08:15:30.123Z"))
                .append("categories", List.of("HOUSING_SECURITY", "RELOCATION"))
                .append("callback", new Document("result", "SATISFIED").append("attempts", 2))
                .append("score", 0.75).append("urgent", true).append("owner", new ObjectId())
                .append("ref", UUID.fromString("0f8fad5b-d9cb-469f-a165-70867728950e")).append("note", null);
    }

    @Test
    void keepsEveryBsonTypeOfADocumentAcrossReopening() {
        Path file = data.resolve("huiyin.mv");
        Document fact = aCallFact();
        MVStore store = DocumentFile.open(file, 16);
        store.openMap("databases.huiyin-reporting.call_facts", DocumentFile.documents()).put("call-1", fact);
        store.close();

        MVStore reopened = DocumentFile.open(file, 16);
        try {
            MVMap<Object, Document> facts = reopened.openMap("databases.huiyin-reporting.call_facts",
                    DocumentFile.documents());
            assertThat(facts.get("call-1")).isEqualTo(fact);
        } finally {
            reopened.close();
        }
    }

    @Test
    void convertsAFileWhoseDocumentsWereJavaSerialized() {
        Path file = data.resolve("huiyin.mv");
        MVStore old = MVStore.open(file.toString());
        MVMap<Object, Object> calls = old.openMap("databases.huiyin-intake.calls");
        for (int n = 0; n < 25_000; n++) {
            calls.put("call-" + n, new Document("_id", "call-" + n).append("type", "APPEAL").append("n", n));
        }
        old.openMap("meta.huiyin-intake.calls").put("datasize", 42L);
        old.openMap("huiyin-intake.calls._index__id_").put("call-7", "call-7");
        old.close();

        MVStore store = DocumentFile.open(file, 16);
        try {
            MVMap<Object, Document> converted = store.openMap("databases.huiyin-intake.calls", DocumentFile.documents());
            assertThat(converted.size()).isEqualTo(25_000);
            assertThat(converted.get("call-24999")).isEqualTo(new Document("_id", "call-24999").append("type", "APPEAL")
                    .append("n", 24_999));
            assertThat(store.openMap("meta.huiyin-intake.calls").get("datasize")).isEqualTo(42L);
            assertThat(store.openMap("huiyin-intake.calls._index__id_").get("call-7")).isEqualTo("call-7");
        } finally {
            store.close();
        }
        assertThat(data.resolve("huiyin.mv.converting")).doesNotExist();
    }
}
