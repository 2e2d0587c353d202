package cn.huiyin.reporting.instructions.application;

import cn.huiyin.chassis.errors.FieldError;
import cn.huiyin.chassis.errors.InvalidInput;
import cn.huiyin.chassis.errors.NotFound;
import cn.huiyin.chassis.errors.NotPermitted;
import cn.huiyin.chassis.security.Client;
import cn.huiyin.chassis.security.RegionAccess;
import cn.huiyin.events.HotlineTime;
import cn.huiyin.regions.RegionRegistry;
import cn.huiyin.reporting.instructions.model.Addressee;
import cn.huiyin.reporting.instructions.model.Instruction;
import cn.huiyin.reporting.instructions.model.InstructionState;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Reads instructions for a client whose regions cover them: the instruction's region, or a county it is addressed
 * to (a county office sees what it must answer). A region outside the token's is 403; an instruction the client may
 * not see is 404, as if it did not exist. Also the report's port: what was instructed in a period.
 */
public class InstructionQueries implements InstructionReport {

    private final Instructions instructions;
    private final RegionRegistry regions;
    private final RegionAccess access;
    private final Clock clock;

    public InstructionQueries(Instructions instructions, RegionRegistry regions, RegionAccess access, Clock clock) {
        this.instructions = instructions;
        this.regions = regions;
        this.access = access;
        this.clock = clock;
    }

    /** {@code GET /api/v1/instructions?region=&state=}: latest first; {@code state} null for every state. */
    public Mono<List<InstructionView>> list(String regionCode, InstructionState state) {
        if (regions.find(regionCode).isEmpty()) {
            return Mono.error(new InvalidInput(List.of(new FieldError("region", "must be a known region code"))));
        }
        LocalDate today = today();
        return client().flatMap(client -> client.isEmpty() || access.mayActOn(client.get(), regionCode)
                        ? Mono.just(regionCode)
                        : Mono.error(new NotPermitted("the token's regions do not cover region " + regionCode)))
                .flatMapMany(instructions::concerning)
                .filter(instruction -> state == null || instruction.stateOn(today) == state)
                .map(instruction -> InstructionView.of(instruction, today))
                .collectList();
    }

    public Mono<InstructionView> get(String id) {
        return instructions.find(id).map(Instructions.Stored::instruction)
                .filterWhen(instruction -> client().map(client -> client.isEmpty() || visible(client.get(), instruction)))
                .switchIfEmpty(Mono.error(() -> new NotFound("instruction " + id)))
                .map(instruction -> InstructionView.of(instruction, today()));
    }

    @Override
    public Flux<InstructionView> recordedWithin(String regionCode, LocalDate from, LocalDate to) {
        LocalDate today = today();
        return instructions.issuedWithin(regionCode, from, to)
                .map(instruction -> InstructionView.of(instruction, today));
    }

    private boolean visible(Client client, Instruction instruction) {
        return access.mayActOn(client, instruction.regionCode()) || instruction.followUps().stream()
                .map(followUp -> followUp.addressee())
                .anyMatch(addressee -> addressee.kind() == Addressee.Kind.COUNTY
                        && access.mayActOn(client, addressee.code()));
    }

    /** The client; none for calls inside the service (no bearer token), which are not restricted. */
    private Mono<Optional<Client>> client() {
        return access.currentClient().map(Optional::of)
                .onErrorResume(AuthenticationCredentialsNotFoundException.class, internal -> Mono.just(Optional.empty()));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(HotlineTime.ZONE));
    }
}
