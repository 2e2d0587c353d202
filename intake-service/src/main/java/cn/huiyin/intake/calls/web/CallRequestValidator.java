package cn.huiyin.intake.calls.web;

import cn.huiyin.chassis.security.Client;
import cn.huiyin.chassis.security.RegionAccess;
import cn.huiyin.chassis.web.FieldErrors;
import cn.huiyin.events.CallType;
import cn.huiyin.events.Category;
import cn.huiyin.events.Channel;
import cn.huiyin.intake.calls.model.CallSubmission;
import cn.huiyin.intake.calls.model.ContentText;
import cn.huiyin.privacy.CallerName;
import cn.huiyin.privacy.PhoneNumber;
import cn.huiyin.privacy.ResidentId;
import cn.huiyin.regions.Region;
import cn.huiyin.regions.RegionLevel;
import cn.huiyin.regions.RegionRegistry;
import cn.huiyin.regions.UnknownRegionException;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Checks every field of a call and names each one that is wrong, with what is expected. Messages
 * never repeat the value sent: a rejected phone or ID number must not reach a log or a response.
 */
public class CallRequestValidator {

    static final int MAX_EXTERNAL_ID = 64;
    static final int MAX_ADDRESS = 200;
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");

    private final RegionRegistry regions;
    private final RegionAccess access;
    private final Clock clock;

    public CallRequestValidator(RegionRegistry regions, RegionAccess access, Clock clock) {
        this.regions = regions;
        this.access = access;
        this.clock = clock;
    }

    /**
     * The id the hotline system sends, as the idempotency check compares it: compatibility forms folded (NFKC: a
     * full-width "ＡＢ１" is "AB1") and invisible characters (zero-width spaces, joiners, byte-order marks) removed, so
     * that ids a person reads as the same make one call, not four.
     */
    static String normalizedExternalId(String raw) {
        if (raw == null) {
            return null;
        }
        StringBuilder visible = new StringBuilder(raw.length());
        Normalizer.normalize(raw, Normalizer.Form.NFKC).codePoints()
                .filter(c -> Character.getType(c) != Character.FORMAT)
                .forEach(visible::appendCodePoint);
        return visible.toString().strip();
    }

    /** A valid submission, or a {@code ProblemException} (400) naming every bad field. */
    public CallSubmission validate(CallRequest call, Client client) {
        FieldErrors errors = new FieldErrors();
        String externalId = call.externalId();
        if (externalId != null && externalId.chars().anyMatch(Character::isISOControl)) {
            errors.add("externalId", "must not contain control characters");
            externalId = "-";
        }
        externalId = normalizedExternalId(externalId);
        errors.require("externalId", externalId);
        if (externalId != null && !externalId.isBlank()) {
            errors.check("externalId", externalId.length() <= MAX_EXTERNAL_ID, "must be at most 64 characters");
        }
        Instant receivedAt = receivedAt(call.receivedAt(), errors);
        Channel channel = errors.enumOf("channel", call.channel(), Channel.class, true);
        CallType type = errors.enumOf("type", call.type(), CallType.class, true);
        List<Category> categories = categories(call.categories(), errors);
        Region region = region(call.regionCode(), client, errors);
        Caller caller = caller(call.caller(), errors);
        String address = call.address() == null ? null : ContentText.clean(call.address());
        errors.check("address", address == null || ContentText.length(address) <= MAX_ADDRESS,
                "must be at most 200 characters");
        String content = ContentText.clean(call.content());
        if (content == null || content.isEmpty()) {
            errors.add("content", "is required");
        } else {
            errors.check("content", ContentText.length(content) <= ContentText.MAX_LENGTH,
                    "must be at most 4000 characters");
        }
        errors.throwIfAny();
        return new CallSubmission(externalId, receivedAt, channel, type, caller.name(), caller.phone(),
                caller.id(), region, address == null || address.isEmpty() ? null : address, categories, content,
                Boolean.TRUE.equals(call.urgent()));
    }

    private Instant receivedAt(String text, FieldErrors errors) {
        if (text == null || text.isBlank()) {
            errors.add("receivedAt", "is required");
            return null;
        }
        try {
            Instant at = OffsetDateTime.parse(text).toInstant();
            errors.check("receivedAt", !at.isAfter(clock.instant().plus(CLOCK_SKEW)), "must not be in the future")
                    .check("receivedAt", !at.isBefore(EARLIEST), "must not be before 2000-01-01");
            return at;
        } catch (DateTimeParseException e) {
            errors.add("receivedAt", "must be an ISO-8601 date-time with offset, e.g. 2020-03-05T09:30:00+08:00");
            return null;
        }
    }

    private static List<Category> categories(List<String> values, FieldErrors errors) {
        if (values == null) {
            return List.of();
        }
        Set<Category> categories = new LinkedHashSet<>();
        for (int i = 0; i < values.size(); i++) {
            String field = "categories[" + i + "]";
            if (values.get(i) == null) {
                errors.add(field, "must not be null");
                continue;
            }
            Category category = errors.enumOf(field, values.get(i), Category.class, true);
            if (category != null) {
                categories.add(category);
            }
        }
        return new ArrayList<>(categories);
    }

    private Region region(String code, Client client, FieldErrors errors) {
        if (code == null || code.isBlank()) {
            errors.add("regionCode", "is required");
            return null;
        }
        try {
            Region region = regions.resolve(code);
            if (region.level() == RegionLevel.PROVINCE || region.level() == RegionLevel.CITY) {
                errors.add("regionCode", "must be a county, township or village code, not a "
                        + region.level().name().toLowerCase());
                return null;
            }
            if (!access.mayActOn(client, region.code())) {
                errors.add("regionCode", "is outside the regions this client may act on");
                return null;
            }
            return region;
        } catch (UnknownRegionException e) {
            errors.add("regionCode", e.reason() == UnknownRegionException.Reason.MALFORMED
                    ? "must be a 6, 9 or 12 digit administrative division code"
                    : "is not a known administrative division");
            return null;
        }
    }

    private record Caller(CallerName name, PhoneNumber phone, ResidentId id) {
    }

    private static Caller caller(CallRequest.Caller caller, FieldErrors errors) {
        if (caller == null) {
            errors.add("caller", "is required");
            return new Caller(null, null, null);
        }
        CallerName name = optional("caller.name", caller.name(), CallerName::parse, errors);
        PhoneNumber phone = optional("caller.phone", caller.phone(), PhoneNumber::parse, errors);
        ResidentId id = optional("caller.idNumber", caller.idNumber(), ResidentId::parse, errors);
        boolean phoneGiven = caller.phone() != null && !caller.phone().isBlank();
        boolean idGiven = caller.idNumber() != null && !caller.idNumber().isBlank();
        errors.check("caller.phone", phoneGiven || idGiven, "is required (or caller.idNumber)");
        return new Caller(name, phone, id);
    }

    private static <T> T optional(String field, String value, Function<String, T> parser, FieldErrors errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return parser.apply(value);
        } catch (IllegalArgumentException e) {
            errors.add(field, e.getMessage());
            return null;
        }
    }
}
