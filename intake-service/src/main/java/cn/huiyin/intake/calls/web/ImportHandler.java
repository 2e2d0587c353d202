package cn.huiyin.intake.calls.web;

import cn.huiyin.chassis.security.Client;
import cn.huiyin.chassis.security.RegionAccess;
import cn.huiyin.chassis.errors.FieldError;
import cn.huiyin.chassis.web.ProblemException;
import cn.huiyin.chassis.web.ProblemExceptionHandler;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.BodyExtractors;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * {@code POST /api/v1/calls/import}: a hotline's history as CSV with a header row (UTF-8 or
 * GB18030), read as it streams in and accepted row by row with the same rules and idempotency as
 * single calls, so an import can be re-run safely. Bad rows are reported with their line numbers.
 */
public class ImportHandler {

    static final int CONCURRENCY = 8;
    static final int MAX_REPORTED_ERRORS = 1000;
    /** A call's JSON body may have 64 KB; a row twice that cannot be a call. Read-ahead counts too. */
    static final int MAX_ROW_CHARS = 128 * 1024;

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RowError(long line, String externalId, int status, String detail, List<FieldError> errors) {
    }

    public record ImportResult(long rows, int accepted, int replayed, int rejected, List<RowError> errors) {
    }

    private final CallHandler calls;
    private final RegionAccess access;
    private final ProblemExceptionHandler problems;

    public ImportHandler(CallHandler calls, RegionAccess access, ProblemExceptionHandler problems) {
        this.calls = calls;
        this.access = access;
        this.problems = problems;
    }

    public Mono<ServerResponse> importCsv(ServerRequest request) {
        Charset declared = request.headers().contentType().map(MediaType::getCharset).orElse(null);
        InputStream body = DataBufferUtils.subscriberInputStream(request.body(BodyExtractors.toDataBuffers()), 16);
        return access.currentClient()
                .flatMap(client -> Mono.using(() -> Csv.open(body, declared),
                        csv -> importRows(client, csv).onErrorMap(failure -> unreadable(failure, csv.nextRowLine())),
                        Csv::close).subscribeOn(Schedulers.boundedElastic()))
                .onErrorMap(CSVException.class, e -> ProblemException.invalid("body", "is not a readable CSV file: "
                        + e.getMessage()))
                .onErrorMap(RowLimitedReader.RowTooLarge.class, e -> new ProblemException(HttpStatus.CONTENT_TOO_LARGE,
                        "Payload too large", "line 1 (the header): " + e.getMessage()))
                .flatMap(result -> ServerResponse.ok().bodyValue(result));
    }

    /**
     * A row the parser cannot read (an unclosed quote runs to the end of the file) or one over the row limit ends the
     * import with a 400 or 413 naming the line where the bad row starts; the rows before it were accepted, and an
     * import sent again after the fix replays them.
     */
    private static Throwable unreadable(Throwable failure, long line) {
        Throwable cause = failure instanceof UncheckedIOException unchecked ? unchecked.getCause() : failure;
        if (cause instanceof RowLimitedReader.RowTooLarge tooLarge) {
            return new ProblemException(HttpStatus.CONTENT_TOO_LARGE, "Payload too large",
                    "line " + line + ": " + tooLarge.getMessage());
        }
        if (cause instanceof IOException) {
            return ProblemException.invalid("body", "line " + line + " is not readable CSV: " + cause.getMessage());
        }
        return failure;
    }

    private Mono<ImportResult> importRows(Client client, Csv csv) {
        CSVParser parser = csv.parser();
        CsvRows.requireColumns(parser.getHeaderMap().keySet());
        Tally tally = new Tally();
        // requests run on the worker too, so the blocking reads of the body never reach an event loop
        return Flux.fromIterable(parser)
                .doOnNext(row -> csv.rowDone())
                .subscribeOn(Schedulers.boundedElastic(), true)
                .flatMapSequential(row -> accept(client, row, tally), CONCURRENCY)
                .then(Mono.fromCallable(tally::result));
    }

    private Mono<Void> accept(Client client, CSVRecord row, Tally tally) {
        long line = row.getRecordNumber() + 1;
        return Mono.fromCallable(() -> CsvRows.toCall(row))
                .flatMap(call -> calls.accept(client, call))
                .doOnNext(outcome -> tally.counted(outcome.created()))
                .onErrorResume(failure -> {
                    ProblemException problem = problems.toProblem(failure);
                    tally.rejected(new RowError(line, CsvRows.externalIdOf(row), problem.status().value(),
                            problem.getMessage(), problem.errors().isEmpty() ? null : problem.errors()));
                    return Mono.empty();
                })
                .then();
    }

    /** The parser, the reader under it, told when a row is done, and the line the next row starts on. */
    private static final class Csv {

        private final CSVParser parser;
        private final RowLimitedReader reader;
        private volatile long nextRowLine;

        private Csv(CSVParser parser, RowLimitedReader reader) {
            this.parser = parser;
            this.reader = reader;
            this.nextRowLine = parser.getCurrentLineNumber() + 1;
        }

        static Csv open(InputStream body, Charset declared) throws IOException {
            BufferedInputStream in = new BufferedInputStream(body, 64 * 1024);
            Charset charset = CsvCharset.detect(in, declared);
            RowLimitedReader reader = new RowLimitedReader(new InputStreamReader(in, charset), MAX_ROW_CHARS);
            return new Csv(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                    .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).setTrim(true).get()
                    .parse(reader), reader);
        }

        CSVParser parser() {
            return parser;
        }

        /** On the parsing thread, as the parser returns a row: the newline ending it is read. */
        void rowDone() {
            reader.rowDone();
            nextRowLine = parser.getCurrentLineNumber() + 1;
        }

        long nextRowLine() {
            return nextRowLine;
        }

        void close() {
            try {
                parser.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Counts rows as they finish; rows finish on several threads. */
    private static final class Tally {

        private final AtomicInteger accepted = new AtomicInteger();
        private final AtomicInteger replayed = new AtomicInteger();
        private final AtomicInteger rejected = new AtomicInteger();
        private final List<RowError> errors = new ArrayList<>();

        void counted(boolean created) {
            (created ? accepted : replayed).incrementAndGet();
        }

        synchronized void rejected(RowError error) {
            rejected.incrementAndGet();
            if (errors.size() < MAX_REPORTED_ERRORS) {
                errors.add(error);
            }
        }

        synchronized ImportResult result() {
            List<RowError> sorted = new ArrayList<>(errors);
            sorted.sort((a, b) -> Long.compare(a.line(), b.line()));
            long rows = accepted.get() + replayed.get() + rejected.get();
            return new ImportResult(rows, accepted.get(), replayed.get(), rejected.get(), sorted);
        }
    }
}
