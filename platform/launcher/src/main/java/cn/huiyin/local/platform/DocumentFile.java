package cn.huiyin.local.platform;

import de.bwaldvogel.mongo.bson.Document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * The local MongoDB's H2 file: collections' documents stored as BSON ({@link BsonDocumentType}), a page cache sized
 * like a database server's rather than H2's 16 MB default (a collection larger than the cache paid a page read and
 * decode for most writes), and compaction that starts at half-empty chunks rather than H2's 90 %, so that an
 * update-heavy load does not spend its time rewriting chunks. A file written before documents were BSON is
 * converted once, into a new file that replaces the old one only when complete.
 */
final class DocumentFile {

    /** The maps holding a collection's documents, as {@code H2Database} names them. */
    static final String DOCUMENTS_PREFIX = "databases.";
    private static final String FORMAT_MAP = "huiyin.storage";
    private static final String FORMAT_KEY = "documents";
    private static final String BSON = "bson";
    private static final int FILL_RATE_PERCENT = 50;
    private static final int COMMIT_EVERY = 10_000;

    private DocumentFile() {
    }

    static MVStore open(Path file, int cacheMegabytes) {
        MVStore store = builder(file, cacheMegabytes).open();
        MVMap<String, String> format = store.openMap(FORMAT_MAP);
        if (BSON.equals(format.get(FORMAT_KEY))) {
            return store;
        }
        if (store.getMapNames().stream().noneMatch(name -> name.startsWith(DOCUMENTS_PREFIX))) {
            format.put(FORMAT_KEY, BSON); // a new file
            store.commit();
            return store;
        }
        store.close();
        convert(file);
        return builder(file, cacheMegabytes).open();
    }

    static MVMap.Builder<Object, Document> documents() {
        return new MVMap.Builder<Object, Document>().valueType(BsonDocumentType.INSTANCE);
    }

    /** A third of the heap: the page cache holds decoded pages, and the broker shares the process. */
    static int defaultCacheMegabytes() {
        return (int) Math.max(16, Runtime.getRuntime().maxMemory() / 3 / (1024 * 1024));
    }

    private static MVStore.Builder builder(Path file, int cacheMegabytes) {
        return new MVStore.Builder().fileName(file.toString()).cacheSize(cacheMegabytes)
                .autoCompactFillRate(FILL_RATE_PERCENT);
    }

    private static void convert(Path file) {
        Path converted = file.resolveSibling(file.getFileName() + ".converting");
        try {
            Files.deleteIfExists(converted); // an earlier conversion that did not finish
            MVStore from = new MVStore.Builder().fileName(file.toString()).readOnly().open();
            MVStore to = builder(converted, 16).open();
            try {
                for (String name : from.getMapNames()) {
                    copy(from.openMap(name), name.startsWith(DOCUMENTS_PREFIX)
                            ? to.openMap(name, documents()) : to.openMap(name), to);
                }
                to.<String, String>openMap(FORMAT_MAP).put(FORMAT_KEY, BSON);
                to.commit();
            } finally {
                to.close();
                from.close();
            }
            Files.move(converted, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("could not convert " + file + " to BSON documents", e);
        }
    }

    @SuppressWarnings("unchecked")
    private static void copy(MVMap<Object, Object> from, MVMap<?, ?> to, MVStore store) {
        MVMap<Object, Object> target = (MVMap<Object, Object>) to;
        int copied = 0;
        for (Map.Entry<Object, Object> entry : from.entrySet()) {
            target.put(entry.getKey(), entry.getValue());
            if (++copied % COMMIT_EVERY == 0) {
                store.commit();
            }
        }
    }
}
