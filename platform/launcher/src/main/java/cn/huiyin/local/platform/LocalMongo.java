package cn.huiyin.local.platform;

import de.bwaldvogel.mongo.MongoServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A MongoDB wire-protocol server persisting to an H2 file. It keeps no oplog: no service uses change
 * streams, and the server's oplog is an uncapped collection taking one more document per write.
 */
public final class LocalMongo implements AutoCloseable {

    private final MongoServer server;
    private final IdIndexedH2Backend backend;
    private final Path dataFile;

    private LocalMongo(MongoServer server, IdIndexedH2Backend backend, Path dataFile) {
        this.server = server;
        this.backend = backend;
        this.dataFile = dataFile;
    }

    public static LocalMongo start(Path directory, int port) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path file = directory.resolve("huiyin.mv");
        IdIndexedH2Backend backend = IdIndexedH2Backend.open(file, DocumentFile.defaultCacheMegabytes());
        MongoServer server = new MongoServer(backend);
        server.bind("127.0.0.1", port);
        return new LocalMongo(server, backend, file);
    }

    de.bwaldvogel.mongo.MongoCollection<?> collection(String database, String name) {
        return backend.collection(database, name);
    }

    public Path dataFile() {
        return dataFile;
    }

    @Override
    public void close() {
        server.shutdown();
    }
}
