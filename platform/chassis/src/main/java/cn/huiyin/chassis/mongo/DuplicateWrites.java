package cn.huiyin.chassis.mongo;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.mongodb.BulkOperationException;

/**
 * Reads an unordered bulk insert's failure for batch consumers: when every write error is a duplicate key
 * (documents a redelivery or another instance wrote first), the other documents were written and the batch
 * is fine; anything else is a real failure. Spring reports such a bulk as a DuplicateKeyException or a
 * BulkOperationException depending on its errors, with the driver's exception inside.
 */
public final class DuplicateWrites {

    static final int DUPLICATE_KEY = 11000;

    private DuplicateWrites() {
    }

    /** The indexes (in the bulk's order) of the documents refused as duplicates, or null if something else failed. */
    public static Set<Integer> onlyDuplicates(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof MongoBulkWriteException bulk) {
                return duplicates(bulk.getWriteErrors(), bulk.getWriteConcernError() == null);
            }
            if (cause instanceof BulkOperationException bulk) {
                return duplicates(bulk.getErrors(), true);
            }
        }
        return null;
    }

    private static Set<Integer> duplicates(List<BulkWriteError> errors, boolean concernMet) {
        if (!concernMet || errors.isEmpty() || errors.stream().anyMatch(error -> error.getCode() != DUPLICATE_KEY)) {
            return null;
        }
        return errors.stream().map(BulkWriteError::getIndex).collect(Collectors.toSet());
    }
}
