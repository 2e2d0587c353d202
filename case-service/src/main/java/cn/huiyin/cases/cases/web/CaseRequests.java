package cn.huiyin.cases.cases.web;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import cn.huiyin.events.Nature;
import cn.huiyin.events.ReportedSatisfaction;
import cn.huiyin.events.Resolution;
import cn.huiyin.events.Substantiation;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/**
 * The bodies of the county's actions (DESIGN.md section 6), as text so every bad value is answered by name; named
 * {@code ...Request} in the OpenAPI document, apart from the model's records of the same name.
 */
public final class CaseRequests {

    /** The description of the optional {@code at} of every action. */
    public static final String AT = "when it happened (a date-time with offset), for systems that report "
            + "afterwards; now when absent";

    private CaseRequests() {
    }

    @Schema(name = "AcceptanceRequest")
    record Acceptance(@ArraySchema(minItems = 1, maxItems = 20) List<String> investigators,
            @Schema(format = "date-time", description = AT) String at) {
    }

    @Schema(name = "VerificationRequest")
    record Verification(@Schema(requiredMode = REQUIRED, implementation = Substantiation.class) String substantiated,
            @ArraySchema(schema = @Schema(implementation = Nature.class),
                    arraySchema = @Schema(description = "required unless substantiated is NO")) List<String> natures,
            @Schema(maxLength = 4000) String findings,
            @Schema(requiredMode = REQUIRED, implementation = Resolution.class) String resolution,
            @Schema(requiredMode = REQUIRED, implementation = ReportedSatisfaction.class) String reportedSatisfaction,
            Boolean householdAtRisk,
            @Schema(description = "the monitoring-service household of a family at risk") String householdId,
            @Schema(format = "date-time", description = AT) String at) {
    }
}
