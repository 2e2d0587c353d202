package cn.huiyin.reporting.export;

import static org.assertj.core.api.Assertions.assertThat;

import cn.huiyin.reporting.ledger.model.LedgerRow;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

/**
 * The memory promise of the export, measured by what the code holds rather than by the garbage
 * collector: how many rows the ledger has produced that the workbook has not yet written.
 */
class LedgerStreamingTest {

    private static final int CASES = 100_000;

    @Test
    void holdsNoMoreThanOneBatchOfRowsWhileWritingAHundredThousand(@TempDir Path dir) throws IOException {
        AtomicLong produced = new AtomicLong();
        AtomicLong largestRequest = new AtomicLong();
        Flux<LedgerRow> ledger = LedgerRows.ledgerOf(CASES)
                .doOnRequest(n -> largestRequest.accumulateAndGet(n, Math::max))
                .doOnNext(row -> produced.incrementAndGet());
        Path file = dir.resolve("ledger.xlsx");

        long started = System.nanoTime();
        long written;
        Counted taken;
        try (LedgerStream rows = LedgerStream.open(ledger, LedgerExportHandler.BATCH, Schedulers.boundedElastic())
                .block();
                OutputStream out = Files.newOutputStream(file)) {
            taken = new Counted(rows, produced);
            written = new LedgerWorkbook(Workbooks.CLOCK).write(taken, Workbooks.BIJIE_FIRST_HALF, out);
        }
        long millis = (System.nanoTime() - started) / 1_000_000;

        System.out.printf("ledger of %,d cases: %,d bytes in %,d ms, at most %d rows waiting for the writer%n",
                written, Files.size(file), millis, taken.mostWaiting);
        assertThat(written).isEqualTo(CASES);
        // one batch in the queue, plus the row in the writer's hands
        assertThat(taken.mostWaiting).isLessThanOrEqualTo(LedgerExportHandler.BATCH + 1);
        assertThat(largestRequest.get()).isLessThanOrEqualTo(LedgerExportHandler.BATCH);
        assertThat(XlsxRows.perSheet(file)).containsEntry("xl/worksheets/sheet1.xml", CASES + 1L);
    }

    /** Rows produced by the ledger but not yet written, the one being written included, at their most. */
    private static final class Counted implements Iterator<LedgerRow> {

        private final Iterator<LedgerRow> rows;
        private final AtomicLong produced;
        private long taken;
        private long mostWaiting;

        Counted(Iterator<LedgerRow> rows, AtomicLong produced) {
            this.rows = rows;
            this.produced = produced;
        }

        @Override
        public boolean hasNext() {
            return rows.hasNext();
        }

        @Override
        public LedgerRow next() {
            LedgerRow row = rows.next();
            taken++;
            // taking may have asked for more: count after it, when the queue is at its fullest
            mostWaiting = Math.max(mostWaiting, produced.get() - taken + 1);
            return row;
        }
    }
}
