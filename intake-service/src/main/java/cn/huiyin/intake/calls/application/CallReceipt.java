package cn.huiyin.intake.calls.application;

import cn.huiyin.events.Category;
import cn.huiyin.events.ClassifiedBy;
import cn.huiyin.events.Disposition;

import java.util.List;

/** What the calling system gets back for a call: the answer of DESIGN.md section 6. */
public record CallReceipt(String callId, String trackingNumber, Disposition disposition, List<Category> categories,
        ClassifiedBy classifiedBy, double confidence, boolean needsReview, String repeatOf) {
}
