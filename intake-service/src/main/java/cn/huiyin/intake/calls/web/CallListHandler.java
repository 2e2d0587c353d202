package cn.huiyin.intake.calls.web;

import cn.huiyin.events.HotlineTime;
import cn.huiyin.chassis.security.Client;
import cn.huiyin.chassis.security.RegionAccess;
import cn.huiyin.chassis.web.FieldErrors;
import cn.huiyin.chassis.web.ProblemException;
import cn.huiyin.chassis.web.QueryParams;
import cn.huiyin.events.CallType;
import cn.huiyin.intake.calls.application.VisibleCalls;
import cn.huiyin.regions.RegionRegistry;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

import reactor.core.publisher.Mono;

/**
 * {@code GET /api/v1/calls?region=&from=&to=&type=&page=&size=}: the calls of the client's regions,
 * newest first, masked. {@code from}/{@code to} take a date (the hotline's day) or a date-time.
 */
public class CallListHandler {

    static final int MAX_SIZE = 200;
    static final ZoneId HOTLINE_ZONE = HotlineTime.ZONE;

    private final VisibleCalls calls;
    private final RegionAccess access;
    private final RegionRegistry regions;

    public CallListHandler(VisibleCalls calls, RegionAccess access, RegionRegistry regions) {
        this.calls = calls;
        this.access = access;
        this.regions = regions;
    }

    public Mono<ServerResponse> list(ServerRequest request) {
        return access.currentClient().flatMap(client -> {
            FieldErrors errors = new FieldErrors();
            List<String> scope = scope(request.queryParam("region").orElse(null), client, errors);
            Instant from = time("from", request.queryParam("from").orElse(null), false, errors);
            Instant to = time("to", request.queryParam("to").orElse(null), true, errors);
            List<String> types = types(request.queryParams().getOrDefault("type", List.of()), errors);
            int size = QueryParams.number(request, "size", 20, 1, MAX_SIZE, errors);
            int page = QueryParams.page(request, size, errors);
            errors.check("from", from == null || to == null || !from.isAfter(to), "must not be after to");
            errors.throwIfAny();
            return calls.list(scope, from, to, types, page, size)
                    .flatMap(found -> ServerResponse.ok().bodyValue(found));
        });
    }

    private List<String> scope(String region, Client client, FieldErrors errors) {
        if (region == null) {
            return client.regions().stream().map(code -> regions.find(code).map(r -> r.code()).orElse(code))
                    .toList();
        }
        if (regions.find(region).isEmpty()) {
            errors.add("region", "is not a known administrative division");
            return List.of();
        }
        if (!access.mayActOn(client, region)) {
            throw ProblemException.notFound("region " + region);
        }
        return List.of(regions.resolve(region).code());
    }

    private static Instant time(String field, String value, boolean endOfDay, FieldErrors errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            if (value.length() == 10) {
                LocalDate day = LocalDate.parse(value);
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay(HOTLINE_ZONE).toInstant();
            }
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            errors.add(field, "must be a date (2020-03-05) or a date-time with offset");
            return null;
        }
    }

    private static List<String> types(List<String> values, FieldErrors errors) {
        List<String> types = new ArrayList<>();
        for (String value : values) {
            for (String type : value.split(",")) {
                if (Arrays.stream(CallType.values()).noneMatch(t -> t.name().equals(type))) {
                    errors.add("type", "must be one of " + Arrays.toString(CallType.values()));
                    return List.of();
                }
                types.add(type);
            }
        }
        return types;
    }

}
