package cn.huiyin.intake.calls.application;

import cn.huiyin.intake.calls.model.Call;

final class CallReceipts {

    private CallReceipts() {
    }

    static CallReceipt of(Call call) {
        return new CallReceipt(call.id(), call.trackingNumber(), call.disposition(), call.categories(),
                call.classification().by(), call.classification().confidence(), call.classification().needsReview(),
                call.repeatOf());
    }
}
