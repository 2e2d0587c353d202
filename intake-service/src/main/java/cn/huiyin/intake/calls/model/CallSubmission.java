package cn.huiyin.intake.calls.model;

import cn.huiyin.events.CallType;
import cn.huiyin.events.Category;
import cn.huiyin.events.Channel;
import cn.huiyin.events.Disposition;
import cn.huiyin.privacy.CallerName;
import cn.huiyin.privacy.PhoneNumber;
import cn.huiyin.privacy.ResidentId;
import cn.huiyin.regions.Region;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A call as the calling system described it, once every field has been checked: the input of
 * intake. {@code categories} is empty when the content is to be classified by the rules.
 */
public record CallSubmission(String externalId, Instant receivedAt, Channel channel, CallType type,
        CallerName callerName, PhoneNumber phone, ResidentId idNumber, Region region, String address,
        List<Category> categories, String content, boolean urgent) {

    public CallSubmission {
        Objects.requireNonNull(externalId, "externalId");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(content, "content");
        categories = List.copyOf(categories);
        if (phone == null && idNumber == null) {
            throw new IllegalArgumentException("a caller needs a phone number or an ID number");
        }
    }

    public Disposition disposition() {
        return Disposition.of(type);
    }

    public boolean classifiedByCaller() {
        return !categories.isEmpty();
    }
}
