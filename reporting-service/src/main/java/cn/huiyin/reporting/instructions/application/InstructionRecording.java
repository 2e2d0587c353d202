package cn.huiyin.reporting.instructions.application;

import cn.huiyin.chassis.errors.FieldError;
import cn.huiyin.chassis.errors.InvalidInput;
import cn.huiyin.chassis.errors.NotPermitted;
import cn.huiyin.chassis.security.Client;
import cn.huiyin.chassis.security.RegionAccess;
import cn.huiyin.chassis.security.Role;
import cn.huiyin.events.Department;
import cn.huiyin.events.HotlineTime;
import cn.huiyin.regions.RegionLevel;
import cn.huiyin.regions.RegionRegistry;
import cn.huiyin.reporting.instructions.model.Addressee;
import cn.huiyin.reporting.instructions.model.FollowUp;
import cn.huiyin.reporting.instructions.model.Instruction;
import cn.huiyin.reporting.instructions.model.Subject;
import cn.huiyin.reporting.ledger.application.CaseFacts;
import cn.huiyin.reporting.projections.model.CallFact;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import reactor.core.publisher.Mono;

/**
 * Records a leader's instruction as a tracked item (批示件): one follow-up per addressee. Every bad field is named
 * in one 400; the bulletin or case must exist (400 naming it otherwise); a leader, city office or hotline supervisor
 * whose regions cover the bulletin's or case's region may record it (403); addressed counties must lie within it.
 */
public class InstructionRecording {

    static final int MAX_TEXT = 4_000;
    static final int MAX_ADDRESSEES = 50;
    private static final Set<Role> RECORDERS = Set.of(Role.LEADER, Role.CITY_OFFICE, Role.HOTLINE_SUPERVISOR);

    private final Instructions instructions;
    private final BulletinIssues bulletins;
    private final CaseFacts cases;
    private final RegionRegistry regions;
    private final RegionAccess access;
    private final int followUpDays;
    private final Clock clock;

    public InstructionRecording(Instructions instructions, BulletinIssues bulletins, CaseFacts cases,
            RegionRegistry regions, RegionAccess access, int followUpDays, Clock clock) {
        this.instructions = instructions;
        this.bulletins = bulletins;
        this.cases = cases;
        this.regions = regions;
        this.access = access;
        this.followUpDays = followUpDays;
        this.clock = clock;
    }

    public Mono<Instruction> record(InstructionDraft draft) {
        return Mono.fromCallable(() -> validated(draft))
                .flatMap(valid -> subject(draft).flatMap(found -> access.currentClient()
                        .flatMap(client -> permitted(client, found.regionCode())
                                ? Mono.just(instruction(draft, valid, found, client))
                                : Mono.error(new NotPermitted("an instruction on " + found.regionCode() + " is "
                                        + "recorded by a leader, city office or hotline supervisor whose regions "
                                        + "cover it")))))
                .flatMap(instruction -> instructions.record(instruction).thenReturn(instruction));
    }

    private boolean permitted(Client client, String regionCode) {
        return RECORDERS.stream().anyMatch(client::holds) && access.mayActOn(client, regionCode);
    }

    private Instruction instruction(InstructionDraft draft, List<Addressee> addressees, Found found, Client client) {
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < addressees.size(); i++) {
            Addressee addressee = addressees.get(i);
            if (addressee.kind() == Addressee.Kind.COUNTY && !regions.covers(found.regionCode(), addressee.code())) {
                errors.add(new FieldError("addressees[" + i + "]", "must be a county within region "
                        + found.regionCode() + ", the region of the " + (found.subject().isBulletin() ? "bulletin"
                        : "case")));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        LocalDate deadline = draft.deadline() != null ? draft.deadline() : draft.issuedAt().plusDays(followUpDays);
        return new Instruction(UUID.randomUUID().toString(), found.regionCode(), found.subject(),
                draft.leader().strip(), blankToNull(draft.leaderTitle()), draft.issuedAt(), draft.text().strip(),
                deadline, addressees.stream().map(FollowUp::open).toList(), clock.instant(), client.subject());
    }

    private Mono<Found> subject(InstructionDraft draft) {
        if (present(draft.bulletinId())) {
            return bulletins.find(draft.bulletinId().strip())
                    .map(issue -> new Found(issue.regionCode(), Subject.bulletin(issue.id(), issue.issue(),
                            issue.title())))
                    .switchIfEmpty(Mono.error(() -> new InvalidInput("bulletinId", "is not a bulletin issued")));
        }
        String field = present(draft.caseId()) ? "caseId" : "trackingNumber";
        Mono<CallFact> fact = present(draft.caseId()) ? cases.byCaseId(draft.caseId().strip())
                : cases.byTrackingNumber(draft.trackingNumber().strip());
        return fact.flatMap(found -> Mono.justOrEmpty(countyOf(found))
                        .map(county -> new Found(county, Subject.ofCase(found.caseId(), found.trackingNumber()))))
                .switchIfEmpty(Mono.error(() -> new InvalidInput(field, "is not a case transferred to a county")));
    }

    private static Optional<String> countyOf(CallFact fact) {
        if (fact.assignment() != null && fact.assignment().countyCode() != null) {
            return Optional.of(fact.assignment().countyCode());
        }
        return Optional.ofNullable(fact.call()).map(call -> call.countyCode());
    }

    /** The addressees, once every field that can be judged without the store is right. */
    private List<Addressee> validated(InstructionDraft draft) {
        List<FieldError> errors = new ArrayList<>();
        boolean onBulletin = present(draft.bulletinId());
        boolean onCase = present(draft.caseId()) || present(draft.trackingNumber());
        if (onBulletin && onCase) {
            String other = present(draft.caseId()) ? "caseId" : "trackingNumber";
            errors.add(new FieldError("bulletinId", "must not be given with " + other + ": an instruction is "
                    + "written on a bulletin or on a case"));
            errors.add(new FieldError(other, "must not be given with bulletinId"));
        } else if (!onBulletin && !onCase) {
            errors.add(new FieldError("bulletinId", "is required unless caseId or trackingNumber is given"));
        }
        if (present(draft.caseId()) && present(draft.trackingNumber())) {
            errors.add(new FieldError("trackingNumber", "must not be given with caseId"));
        }
        require(errors, "leader", draft.leader(), 100);
        if (draft.leaderTitle() != null && draft.leaderTitle().length() > 200) {
            errors.add(new FieldError("leaderTitle", "must be at most 200 characters"));
        }
        require(errors, "text", draft.text(), MAX_TEXT);
        LocalDate today = LocalDate.now(clock.withZone(HotlineTime.ZONE));
        if (draft.issuedAt() == null) {
            errors.add(new FieldError("issuedAt", "is required (an ISO date such as 2020-06-21)"));
        } else if (draft.issuedAt().isAfter(today)) {
            errors.add(new FieldError("issuedAt", "must not be in the future"));
        } else if (draft.deadline() != null && draft.deadline().isBefore(draft.issuedAt())) {
            errors.add(new FieldError("deadline", "must not be before issuedAt"));
        }
        List<Addressee> addressees = addressees(draft.addressees(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return addressees;
    }

    private List<Addressee> addressees(List<String> codes, List<FieldError> errors) {
        List<Addressee> addressees = new ArrayList<>();
        if (codes == null || codes.isEmpty()) {
            errors.add(new FieldError("addressees", "must name at least one county or department"));
            return addressees;
        }
        if (codes.size() > MAX_ADDRESSEES) {
            errors.add(new FieldError("addressees", "must name at most " + MAX_ADDRESSEES));
            return addressees;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i) == null ? "" : codes.get(i).strip();
            Optional<Addressee> addressee = addressee(code);
            if (addressee.isEmpty()) {
                errors.add(new FieldError("addressees[" + i + "]", "must be a county code (6 digits) or a department "
                        + "code such as HOUSING_CONSTRUCTION"));
            } else if (!seen.add(code)) {
                errors.add(new FieldError("addressees[" + i + "]", "names " + code + " again"));
            } else {
                addressees.add(addressee.get());
            }
        }
        return addressees;
    }

    private Optional<Addressee> addressee(String code) {
        if (code.matches("\\d{6}")) {
            return regions.find(code).filter(region -> region.level() == RegionLevel.COUNTY)
                    .map(county -> Addressee.county(county.code(), county.name()));
        }
        for (Department department : Department.values()) {
            if (department.name().equals(code)) {
                return Optional.of(Addressee.department(department.name(), department.label()));
            }
        }
        return Optional.empty();
    }

    private static void require(List<FieldError> errors, String field, String value, int max) {
        if (!present(value)) {
            errors.add(new FieldError(field, "is required"));
        } else if (value.length() > max) {
            errors.add(new FieldError(field, "must be at most " + max + " characters"));
        }
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static String blankToNull(String value) {
        return present(value) ? value.strip() : null;
    }

    private record Found(String regionCode, Subject subject) {
    }
}
