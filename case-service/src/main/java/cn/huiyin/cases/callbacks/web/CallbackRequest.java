package cn.huiyin.cases.callbacks.web;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import cn.huiyin.cases.cases.web.CaseRequests;
import cn.huiyin.events.CallbackResult;
import cn.huiyin.events.UnreachableReason;

import io.swagger.v3.oas.annotations.media.Schema;

/** The body of a callback (DESIGN.md section 6), as text so every bad value is answered by name. */
@Schema(name = "CallbackRequest")
record CallbackRequest(@Schema(requiredMode = REQUIRED, implementation = CallbackResult.class) String result,
        @Schema(implementation = UnreachableReason.class, description = "only when UNREACHABLE")
        String unreachableReason,
        @Schema(maxLength = 2000) String comment,
        @Schema(format = "date-time", description = CaseRequests.AT) String at) {
}
