package cn.huiyin.intake.calls.application;

import cn.huiyin.events.CaseReceived;
import cn.huiyin.intake.calls.model.Call;

/** The {@code case-received} event of an accepted call: no name, phone or ID number, only the caller's ref. */
final class CaseReceivedEvents {

    private CaseReceivedEvents() {
    }

    static CaseReceived of(Call call) {
        Call.Classification c = call.classification();
        return new CaseReceived(call.id(), call.trackingNumber(), call.receivedAt(), call.channel(), call.type(),
                call.disposition(), call.categories(),
                new CaseReceived.Classification(c.by(), c.confidence(), c.needsReview()),
                call.regionCode(), call.townshipCode(), call.countyCode(), call.cityCode(), call.provinceCode(),
                call.caller().ref(), call.caller().maskedPhone(), call.urgent(), call.repeatOf(), call.content());
    }
}
