package cn.huiyin.local.platform;

import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.bson.Document;

import java.util.List;

/**
 * Lets the embedded wire server find a document by its {@code _id} when the query names more
 * fields, as every compare-and-set write does ({@code {_id: x, version: 3}}). mongo-java-server
 * uses an index only when its fields are exactly the query's, so such a write read the whole
 * collection; MongoDB itself serves it from the {@code _id} index. The other fields are still
 * matched against the document found.
 */
final class IdLookup {

    private static final String ID = "_id";
    private static final String ID_INDEX = "_id_";

    private IdLookup() {
    }

    /** The positions of the one document the query's plain {@code _id} names, or null to let the server decide. */
    static <P> Iterable<P> positions(Document query, List<Index<P>> indexes) {
        if (query.size() < 2 || !query.containsKey(ID)) {
            return null;
        }
        Object id = query.get(ID);
        if (id == null || id instanceof Document) {
            return null; // an operator ($in, $gt) or a document-valued id: the server's own planning applies
        }
        for (Index<P> index : indexes) {
            if (ID_INDEX.equals(index.getName())) {
                return index.getPositions(new Document(ID, id));
            }
        }
        return null;
    }
}
