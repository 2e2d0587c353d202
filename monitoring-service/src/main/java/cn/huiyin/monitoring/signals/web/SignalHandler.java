package cn.huiyin.monitoring.signals.web;

import cn.huiyin.events.HotlineTime;
import cn.huiyin.chassis.security.Client;
import cn.huiyin.chassis.security.RegionAccess;
import cn.huiyin.chassis.errors.FieldError;
import cn.huiyin.chassis.web.FieldErrors;
import cn.huiyin.chassis.web.ProblemException;
import cn.huiyin.chassis.web.RequestBodies;
import cn.huiyin.events.RiskFactor;
import cn.huiyin.monitoring.web.InputRules;
import cn.huiyin.monitoring.signals.application.SignalIntake;
import cn.huiyin.monitoring.households.model.Signal;
import cn.huiyin.monitoring.households.model.SignalSource;
import cn.huiyin.monitoring.households.model.WarningKind;
import cn.huiyin.privacy.Fingerprints;
import cn.huiyin.privacy.ResidentId;
import cn.huiyin.regions.Region;
import cn.huiyin.regions.RegionLevel;
import cn.huiyin.regions.RegionRegistry;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

import reactor.core.publisher.Mono;

/** Self-reports (一键报贫) and department warnings (行业部门预警), matched to households by the head's ID. */
public class SignalHandler {

    static final int MAX_WARNINGS = 10_000;

    public record Recorded(String signalId, boolean matched, String householdId) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record ItemError(int index, List<FieldError> errors) {
    }

    /**
     * @param accepted   new warnings stored
     * @param duplicates warnings of the batch stored before (a re-sent batch), not stored again
     */
    public record BatchResult(int accepted, int duplicates, int matched, int unmatched, int rejected,
            List<ItemError> errors) {
    }

    /** A self-report as checked, before it is matched to a household. */
    private record SelfReported(String regionCode, ResidentId id, List<RiskFactor> factors, LocalDate on,
            String description) {
    }

    /** The warnings of a batch that can be recorded, and the others with what is wrong with them. */
    private record Sorted(List<Signal> valid, List<ItemError> rejected) {

        /** The rejected warnings' fields as paths into the body ({@code warnings[3].kind}). */
        List<FieldError> fields() {
            return rejected.stream().flatMap(item -> item.errors().stream().map(error -> new FieldError(
                    "warnings[" + item.index() + "]" + (error.field().equals("warning") ? "" : "." + error.field()),
                    error.message()))).toList();
        }
    }

    private final SignalIntake intake;
    private final Fingerprints fingerprints;
    private final RegionRegistry regions;
    private final RegionAccess access;
    private final RequestBodies bodies;
    private final Clock clock;

    public SignalHandler(SignalIntake intake, Fingerprints fingerprints, RegionRegistry regions, RegionAccess access,
            RequestBodies bodies, Clock clock) {
        this.intake = intake;
        this.bodies = bodies;
        this.fingerprints = fingerprints;
        this.regions = regions;
        this.access = access;
        this.clock = clock;
    }

    public Mono<ServerResponse> selfReport(ServerRequest request) {
        return access.currentClient().flatMap(client -> bodies.decode(request, SignalRequests.SelfReport.class)
                .switchIfEmpty(Mono.error(() -> ProblemException.invalid("body", "is required")))
                .flatMap(decoded -> {
                    SelfReported report = decoded.validated(body -> selfReported(body, client));
                    String fingerprint = fingerprints.of(report.id());
                    return intake.householdsOf(List.of(fingerprint)).flatMap(match -> intake.record(new Signal(
                            UUID.randomUUID().toString(), SignalSource.SELF_REPORT,
                            inReach(client, match.get(fingerprint)), report.regionCode(),
                            fingerprint, report.factors(), null, report.description(),
                            report.on() == null ? today() : report.on(), clock.instant(), "self-report", null)));
                }))
                .flatMap(s -> ServerResponse.status(201).bodyValue(new Recorded(s.signalId(), s.matched(),
                        s.householdId())));
    }

    public Mono<ServerResponse> warnings(ServerRequest request) {
        return access.currentClient().flatMap(client -> bodies.decode(request, SignalRequests.Warnings.class)
                .switchIfEmpty(Mono.error(() -> ProblemException.invalid("body", "is required")))
                .flatMap(decoded -> {
                    // a warning that cannot be read refuses the batch, like malformed JSON; the 400 also names what
                    // is wrong with the other warnings
                    Sorted sorted = decoded.validated(body -> {
                        FieldErrors batch = new FieldErrors();
                        String batchId = InputRules.identifier("batchId", body.batchId(), batch);
                        batch.throwIfAny();
                        Sorted rows = sorted(body, batchId, client);
                        if (!decoded.errors().isEmpty() && !rows.rejected().isEmpty()) {
                            throw ProblemException.invalid(rows.fields());
                        }
                        return rows;
                    });
                    List<Signal> valid = sorted.valid();
                    List<ItemError> rejected = sorted.rejected();
                    return intake.householdsOf(valid.stream().map(Signal::idFingerprint).distinct().toList())
                            .flatMap(match -> intake.recordAll(valid.stream().map(s -> new Signal(s.signalId(),
                                    s.source(), inReach(client, match.get(s.idFingerprint())), s.regionCode(),
                                    s.idFingerprint(),
                                    s.factors(), s.amount(), s.fact(), s.occurredOn(), s.receivedAt(), s.reference(),
                                    s.warningKind())).toList()).collectList())
                            .map(stored -> {
                                int matched = (int) stored.stream().filter(Signal::matched).count();
                                return new BatchResult(stored.size(), valid.size() - stored.size(), matched,
                                        stored.size() - matched, rejected.size(), rejected);
                            });
                }))
                .flatMap(result -> ServerResponse.ok().bodyValue(result));
    }

    private SelfReported selfReported(SignalRequests.SelfReport body, Client client) {
        FieldErrors errors = new FieldErrors();
        String region = region("regionCode", body.regionCode(), client, errors);
        ResidentId id = id("idNumber", body.idNumber(), errors);
        errors.require("factors", body.factors());
        List<RiskFactor> factors = factors(body.factors(), errors);
        LocalDate on = date("occurredOn", body.occurredOn(), errors);
        String description = InputRules.freeText("description", body.description(), InputRules.TEXT_LENGTH, errors);
        errors.throwIfAny();
        return new SelfReported(region, id, factors, on, description);
    }

    private Sorted sorted(SignalRequests.Warnings body, String batchId, Client client) {
        List<SignalRequests.Warning> rows = body.warnings() == null ? List.of() : body.warnings();
        if (rows.isEmpty() || rows.size() > MAX_WARNINGS) {
            throw ProblemException.invalid("warnings", "must hold 1 to " + MAX_WARNINGS + " warnings");
        }
        List<ItemError> rejected = new ArrayList<>();
        List<Signal> valid = new ArrayList<>();
        java.util.Set<String> keys = new java.util.HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            FieldErrors errors = new FieldErrors();
            Signal signal = warning(rows.get(i), batchId, client, errors);
            if (signal != null && !keys.add(signal.signalId())) {
                errors.add("key", "appears more than once in the batch");
            }
            if (errors.isEmpty()) {
                valid.add(signal);
            } else {
                rejected.add(new ItemError(i, errors.list()));
            }
        }
        return new Sorted(valid, rejected);
    }

    /**
     * The household a signal is matched to, only if it is within the sender's regions: a county's warning or
     * self-report naming the ID number of another county's household head is kept unmatched (for that county's
     * identification), and the answer does not tell which household the number belongs to.
     */
    private String inReach(Client client, SignalIntake.Located household) {
        return household != null && access.mayActOn(client, household.countyCode()) ? household.householdId() : null;
    }

    private Signal warning(SignalRequests.Warning row, String batchId, Client client, FieldErrors errors) {
        if (row == null) {
            errors.add("warning", "must not be null");
            return null;
        }
        WarningKind kind = null;
        try {
            kind = row.kind() == null ? null : WarningKind.valueOf(row.kind());
        } catch (IllegalArgumentException e) {
            // answered below
        }
        errors.check("kind", kind != null, "must be one of " + Arrays.toString(WarningKind.values()));
        ResidentId id = id("idNumber", row.idNumber(), errors);
        String region = region("regionCode", row.regionCode(), client, errors);
        LocalDate on = date("date", row.date(), errors);
        errors.require("date", row.date());
        Double amount = InputRules.yuan("amount", row.amount(), errors);
        String fact = InputRules.freeText("fact", row.fact(), InputRules.TEXT_LENGTH, errors);
        String reference = InputRules.text("reference", row.reference(), InputRules.SHORT_TEXT_LENGTH, errors);
        String key = InputRules.identifier("key", row.key(), errors);
        if (!errors.isEmpty()) {
            return null;
        }
        // the same row of the same batch from the same sender is the same warning, however often it is sent
        return new Signal(client.subject() + "/" + batchId + "/" + key, SignalSource.DEPARTMENT_WARNING, null, region,
                fingerprints.of(id), List.of(kind.pointsAt()), amount, fact, on, clock.instant(),
                reference == null ? kind.name() : reference, kind);
    }

    private String region(String field, String code, Client client, FieldErrors errors) {
        Optional<Region> region = code == null ? Optional.empty() : regions.find(code);
        if (region.isEmpty() || region.get().level() == RegionLevel.CITY
                || region.get().level() == RegionLevel.PROVINCE) {
            errors.add(field, "must be a known county, township or village code");
            return null;
        }
        if (!access.mayActOn(client, code)) {
            errors.add(field, "is outside the regions this client may act on");
            return null;
        }
        return regions.resolve(code).code();
    }

    private static ResidentId id(String field, String value, FieldErrors errors) {
        if (value == null || value.isBlank()) {
            errors.add(field, "is required");
            return null;
        }
        try {
            return ResidentId.parse(value);
        } catch (IllegalArgumentException e) {
            errors.add(field, e.getMessage());
            return null;
        }
    }

    private static List<RiskFactor> factors(List<String> values, FieldErrors errors) {
        List<RiskFactor> factors = new ArrayList<>();
        for (int i = 0; values != null && i < values.size(); i++) {
            try {
                RiskFactor f = RiskFactor.valueOf(values.get(i));
                if (!factors.contains(f)) {
                    factors.add(f);
                }
            } catch (IllegalArgumentException | NullPointerException e) {
                errors.add("factors[" + i + "]", "must be one of " + Arrays.toString(RiskFactor.values()));
            }
        }
        errors.check("factors", !factors.isEmpty() || values == null || !values.isEmpty(),
                "must name at least one risk factor");
        return factors;
    }

    private LocalDate date(String field, String value, FieldErrors errors) {
        return InputRules.date(field, value, today(), "2024-05-01", errors);
    }

    private LocalDate today() {
        return clock.instant().atZone(HotlineTime.ZONE).toLocalDate();
    }
}
