package cn.huiyin.intake.calls.web;

import cn.huiyin.chassis.security.RegionAccess;
import cn.huiyin.chassis.web.FieldErrors;
import cn.huiyin.intake.calls.application.TrackingLedgers;
import cn.huiyin.intake.calls.model.TrackingLedger;
import cn.huiyin.intake.calls.model.TrackingNumber;
import cn.huiyin.regions.Region;
import cn.huiyin.regions.RegionLevel;
import cn.huiyin.regions.RegionRegistry;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

import reactor.core.publisher.Mono;

/**
 * {@code GET /api/v1/tracking-ledger/{countyCode}/{day}}: how a county-day's tracking numbers are accounted for.
 * Another county's ledger is answered 404, as its calls are.
 */
public class TrackingLedgerHandler {

    /** The first day the hotline takes calls for (a call's {@code receivedAt} may not be earlier). */
    static final LocalDate FIRST_DAY = LocalDate.of(2000, 1, 1);

    /** A county-day's ledger as the API shows it; {@code balanced} when every drawn number is one call or void. */
    public record TrackingLedgerView(String countyCode, String countyName, String day, long drawn, long calls,
            int voided, List<VoidView> voids, List<String> missing, List<String> voidedButStored,
            List<String> beyondCounter, boolean balanced) {

        static TrackingLedgerView of(TrackingLedger ledger, Region county) {
            return new TrackingLedgerView(county.code(), county.name(), ledger.day().toString(), ledger.drawn(),
                    ledger.calls(), ledger.voids().size(),
                    ledger.voids().stream().map(v -> new VoidView(v.number().toString(), v.reason(), v.failure(),
                            v.voidedAt())).toList(),
                    texts(ledger.missing()), texts(ledger.voidedButStored()), texts(ledger.beyondCounter()),
                    ledger.balanced());
        }

        private static List<String> texts(List<TrackingNumber> numbers) {
            return numbers.stream().map(TrackingNumber::toString).toList();
        }
    }

    /** A number that belongs to no call, why (no personal data) and when it was recorded. */
    public record VoidView(String trackingNumber, String reason, String failure, Instant voidedAt) {
    }

    private final TrackingLedgers ledgers;
    private final RegionAccess access;
    private final RegionRegistry regions;

    public TrackingLedgerHandler(TrackingLedgers ledgers, RegionAccess access, RegionRegistry regions) {
        this.ledgers = ledgers;
        this.access = access;
        this.regions = regions;
    }

    public Mono<ServerResponse> ledger(ServerRequest request) {
        return access.currentClient().flatMap(client -> {
            FieldErrors errors = new FieldErrors();
            Region county = county(request.pathVariable("countyCode"), errors);
            LocalDate day = day(request.pathVariable("day"), errors);
            errors.throwIfAny();
            return access.visibleTo(client, county.code(), county,
                            "tracking ledger of " + county.code() + " on " + day)
                    .flatMap(visible -> ledgers.of(visible.code(), day))
                    .flatMap(ledger -> ServerResponse.ok().bodyValue(TrackingLedgerView.of(ledger, county)));
        });
    }

    private Region county(String code, FieldErrors errors) {
        if (!code.matches("\\d{6}")) {
            errors.add("countyCode", "must be the 6-digit code of a county");
            return null;
        }
        Region county = regions.find(code).orElse(null);
        if (county == null || !county.code().equals(code) || county.level() != RegionLevel.COUNTY) {
            errors.add("countyCode", "is not a known county or county-level area");
            return null;
        }
        return county;
    }

    private static LocalDate day(String text, FieldErrors errors) {
        try {
            LocalDate day = text.matches("\\d{4}-\\d{2}-\\d{2}") ? LocalDate.parse(text) : null;
            if (day != null && !day.isBefore(FIRST_DAY)) {
                return day;
            }
        } catch (DateTimeParseException e) {
            // answered below
        }
        errors.add("day", "must be a date from " + FIRST_DAY + " on, such as 2020-03-05");
        return null;
    }
}
