package cn.huiyin.reporting.export;

import cn.huiyin.reporting.ledger.model.LedgerRow;

import java.util.Iterator;
import java.util.stream.Stream;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

/**
 * The ledger's rows as a blocking iterator that asks the {@link Flux} for a small batch at a time,
 * so the rows between the query and the writer never exceed one batch. It is opened by waiting
 * for the first signal: a ledger that fails before its first row (unknown region, from after to)
 * fails the opening, while nothing has been sent yet and the failure can still be a 400.
 */
public final class LedgerStream implements Iterator<LedgerRow>, AutoCloseable {

    private final Stream<LedgerRow> stream;
    private final Iterator<LedgerRow> rows;

    private LedgerStream(Stream<LedgerRow> stream) {
        this.stream = stream;
        this.rows = stream.iterator();
    }

    /**
     * Opens on {@code worker}, whose thread may block until the first row, the end or the error
     * arrives; never on an event loop. A stream the subscriber no longer wants is closed.
     */
    public static Mono<LedgerStream> open(Flux<LedgerRow> rows, int batchSize, Scheduler worker) {
        // a blocking iterator subscribes with an empty context: the request's (security context
        // included) is handed on, so that the ledger sees who is asking
        return Mono.deferContextual(context -> Mono.fromCallable(() -> openHere(rows.contextWrite(context),
                        batchSize)))
                .subscribeOn(worker)
                .doOnDiscard(LedgerStream.class, LedgerStream::close);
    }

    /** Opens on the calling thread, blocking it until the first signal; throws the ledger's failure. */
    static LedgerStream openHere(Flux<LedgerRow> rows, int batchSize) {
        // toStream subscribes at once and requests batchSize, refilling as the writer takes rows
        LedgerStream opened = new LedgerStream(rows.toStream(batchSize));
        try {
            opened.hasNext();
            return opened;
        } catch (RuntimeException failure) {
            opened.close();
            throw failure;
        }
    }

    @Override
    public boolean hasNext() {
        return rows.hasNext();
    }

    @Override
    public LedgerRow next() {
        return rows.next();
    }

    /** Cancels the ledger's query if it has not ended, e.g. when the client went away mid-download. */
    @Override
    public void close() {
        stream.close();
    }
}
