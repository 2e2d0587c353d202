package cn.huiyin.reporting.export;

import cn.huiyin.regions.Region;
import cn.huiyin.regions.RegionRegistry;
import cn.huiyin.reporting.ledger.application.CaseLedger;
import cn.huiyin.reporting.summary.application.Summaries;
import cn.huiyin.reporting.summary.model.Summary;
import cn.huiyin.reporting.summary.web.ReportQuery;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.reactive.function.BodyInserter;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

/**
 * {@code GET /api/v1/reports/export?region=&from=&to=}: the case ledger as an .xlsx download,
 * written while the rows arrive, with the summary's tables after the cases. The summary is asked
 * first and refuses as the ledger does (unknown region, from after to, outside the token's regions). The answer is only committed once the ledger has produced its
 * first row (or ended empty): a ledger that refuses the request fails before any byte is sent and
 * becomes a problem+json 400 like any other error; a failure after that can only break off the
 * download, and is logged.
 */
public final class LedgerExportHandler {

    public static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    /** Rows fetched ahead of the writer: enough to keep it busy, too few to matter in the heap. */
    static final int BATCH = 256;
    private static final int CHUNK_BYTES = 16 * 1024;
    private static final Logger log = LoggerFactory.getLogger(LedgerExportHandler.class);

    private final CaseLedger ledger;
    private final Summaries summaries;
    private final LedgerWorkbook workbook;
    private final RegionRegistry regions;
    private final Scheduler worker;

    /** @param worker where the blocking writer runs (bounded elastic), never the event loop */
    public LedgerExportHandler(CaseLedger ledger, Summaries summaries, LedgerWorkbook workbook,
            RegionRegistry regions, Scheduler worker) {
        this.ledger = ledger;
        this.summaries = summaries;
        this.workbook = workbook;
        this.regions = regions;
        this.worker = worker;
    }

    public Mono<ServerResponse> export(ServerRequest request) {
        return Mono.fromCallable(() -> ReportQuery.of(request)).flatMap(query -> {
            LedgerScope scope = new LedgerScope(query.region(),
                    regions.find(query.region()).map(Region::name).orElse(query.region()), query.from(), query.to());
            // the summary and the ledger refuse an unknown region (400) or one outside the token's regions (403)
            // before the ledger's first row; defer: one that throws instead of returning a failing publisher is
            // refused alike
            return Mono.defer(() -> summaries.summarize(query.region(), query.from(), query.to()))
                    .flatMap(summary -> LedgerStream.open(
                                    Flux.defer(() -> ledger.rows(query.region(), query.from(), query.to())), BATCH,
                                    worker)
                            .flatMap(rows -> download(scope, rows, summary)));
        });
    }

    private Mono<ServerResponse> download(LedgerScope scope, LedgerStream rows, Summary summary) {
        // the writer blocks on the response's demand: bytes are produced only as fast as the client reads
        BodyInserter<Void, ServerHttpResponse> xlsx = (response, context) -> response.writeWith(
                DataBufferUtils.outputStreamPublisher(out -> write(rows, scope, summary, out), response.bufferFactory(),
                        worker::schedule, CHUNK_BYTES));
        return ServerResponse.ok()
                .contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        Attachment.disposition(scope.asciiFileName(), scope.fileName()))
                .cacheControl(CacheControl.noStore())
                .body(xlsx);
    }

    private void write(LedgerStream rows, LedgerScope scope, Summary summary, OutputStream out) {
        try (rows) {
            long cases = workbook.write(rows, scope, summary, out);
            log.debug("ledger {} sent with {} cases", scope.fileName(), cases);
        } catch (IOException e) {
            // mostly the client going away; closing the rows above has cancelled the query
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            log.warn("ledger {} broke off after the download began: {}", scope.fileName(), e.toString());
            throw e;
        }
    }
}
