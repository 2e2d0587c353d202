package cn.huiyin.local.platform;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.DocumentWithPosition;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * The H2 file backend, whose collections find documents by {@code _id} as MongoDB does (see {@link IdLookup}) and keep
 * them as BSON in a file set up by {@link DocumentFile}.
 */
final class IdIndexedH2Backend extends H2Backend {

    /**
     * The backend opens the existing databases, and each database its existing collections, from
     * within their constructors, before a subclass's fields are set: the store is handed over on
     * this thread while they open.
     */
    private static final ThreadLocal<MVStore> OPENING = new ThreadLocal<>();

    private final MVStore store;

    private IdIndexedH2Backend(MVStore store) {
        super(store);
        this.store = store;
    }

    static IdIndexedH2Backend open(Path file, int cacheMegabytes) {
        MVStore store = DocumentFile.open(file, cacheMegabytes);
        OPENING.set(store);
        try {
            return new IdIndexedH2Backend(store);
        } finally {
            OPENING.remove();
        }
    }

    /** A collection as the server holds it, for tests of how it reads. */
    de.bwaldvogel.mongo.MongoCollection<?> collection(String databaseName, String collectionName) {
        return resolveDatabase(databaseName).resolveCollection(collectionName, true);
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        MVStore mvStore = store != null ? store : OPENING.get();
        OPENING.set(mvStore);
        try {
            return new Database(databaseName, mvStore, getCursorRegistry());
        } finally {
            if (store != null) {
                OPENING.remove();
            }
        }
    }

    static final class Database extends H2Database {

        private final MVStore store;

        Database(String databaseName, MVStore store, CursorRegistry cursors) {
            super(databaseName, store, cursors);
            this.store = store;
        }

        /** The store, also while the superclass's constructor opens collections and indexes (before it is set). */
        private MVStore mvStore() {
            return store != null ? store : OPENING.get();
        }

        @Override
        protected de.bwaldvogel.mongo.MongoCollection<Object> openOrCreateCollection(String collectionName,
                CollectionOptions options) {
            MVStore mvStore = mvStore();
            String namespace = getFullCollectionNamespace(collectionName);
            // the map names H2Database uses, so that existing data files open unchanged
            MVMap<Object, Document> data = mvStore.openMap(DocumentFile.DOCUMENTS_PREFIX + namespace,
                    DocumentFile.documents());
            MVMap<String, Object> meta = mvStore.openMap("meta." + namespace);
            return new Collection(this, collectionName, options, data, meta, cursorRegistry);
        }

        /**
         * Unique indexes whose keys are compared as values ({@link BsonKeyIndex}), in maps of their own name: an
         * index of a file written before starts empty and the server fills it from the collection's documents when
         * it adds the index; the map of the server's own index type is removed then.
         */
        @Override
        protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
                boolean sparse) {
            MVStore mvStore = mvStore();
            String legacy = legacyIndexMap(collectionName, indexName);
            if (mvStore.hasMap(legacy)) {
                mvStore.removeMap(legacy);
            }
            return new BsonKeyIndex(mvStore.openMap(indexMap(collectionName, indexName), BsonKeyIndex.mapBuilder()),
                    indexName, keys, sparse);
        }

        @Override
        protected void dropIndex(de.bwaldvogel.mongo.MongoCollection<Object> collection, String indexName) {
            super.dropIndex(collection, indexName);
            MVStore mvStore = mvStore();
            String name = indexMap(collection.getCollectionName(), indexName);
            if (mvStore.hasMap(name)) {
                mvStore.removeMap(name);
            }
        }

        private String indexMap(String collectionName, String indexName) {
            return getFullCollectionNamespace(collectionName) + "._keys_" + indexName;
        }

        private String legacyIndexMap(String collectionName, String indexName) {
            return getFullCollectionNamespace(collectionName) + "._index_" + indexName;
        }
    }

    static final class Collection extends H2Collection {

        Collection(MongoDatabase database, String name, CollectionOptions options, MVMap<Object, Document> data,
                MVMap<String, Object> meta, CursorRegistry cursors) {
            super(database, name, options, data, meta, cursors);
        }

        @Override
        protected QueryResult queryDocuments(Document query, Document orderBy, int skip, int limit, int batchSize,
                Document fields) {
            Iterable<Object> byId = IdLookup.positions(query, getIndexes());
            return byId == null ? super.queryDocuments(query, orderBy, skip, limit, batchSize, fields)
                    : matchDocuments(query, byId, orderBy, skip, limit, batchSize, fields);
        }

        /**
         * What every aggregation starts from ({@code countDocuments} included): the documents streamed from the map
         * as its stages take them. The server's default answers an empty query, reading the whole collection into a
         * list first; monitoring's gauges, grouping 1,000,000 households, filled the platform's heap that way.
         */
        @Override
        public Stream<Document> queryAllAsStream() {
            return streamAllDocumentsWithPosition().map(DocumentWithPosition::getDocument);
        }
    }
}
