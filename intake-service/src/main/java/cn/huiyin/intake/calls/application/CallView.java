package cn.huiyin.intake.calls.application;

import cn.huiyin.events.CallType;
import cn.huiyin.events.Category;
import cn.huiyin.events.Channel;
import cn.huiyin.events.ClassifiedBy;
import cn.huiyin.events.Disposition;
import cn.huiyin.intake.calls.model.Call;
import cn.huiyin.regions.RegionRegistry;

import java.time.Instant;
import java.util.List;

/** A call as the API shows it: the caller only as a reference, a masked name and a masked phone. */
public record CallView(String callId, String trackingNumber, String externalId, Instant receivedAt, Channel channel,
        CallType type, Disposition disposition, List<Category> categories, ClassifiedBy classifiedBy,
        double confidence, boolean needsReview, String regionCode, String regionName, String countyCode,
        String countyName, String address, String content, boolean urgent, String repeatOf, CallerView caller) {

    public record CallerView(String ref, String maskedName, String maskedPhone) {
    }

    static CallView of(Call call, RegionRegistry regions) {
        return new CallView(call.id(), call.trackingNumber(), call.externalId(), call.receivedAt(), call.channel(),
                call.type(), call.disposition(), call.categories(), call.classification().by(),
                call.classification().confidence(), call.classification().needsReview(), call.regionCode(),
                regions.find(call.regionCode()).map(r -> r.name()).orElse(null), call.countyCode(),
                regions.find(call.countyCode()).map(r -> r.name()).orElse(null), call.address(), call.content(),
                call.urgent(), call.repeatOf(), new CallerView(call.caller().ref(), call.caller().maskedName(),
                        call.caller().maskedPhone()));
    }
}
