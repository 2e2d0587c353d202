package cn.huiyin.monitoring.signals.web;

import cn.huiyin.events.RiskFactor;
import cn.huiyin.monitoring.households.model.WarningKind;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/** The bodies of {@code POST /api/v1/self-reports} and {@code POST /api/v1/warnings}. */
final class SignalRequests {

    private SignalRequests() {
    }

    /** 一键报贫: a household reports its own hardship. */
    record SelfReport(String regionCode, String idNumber,
            @ArraySchema(schema = @Schema(implementation = RiskFactor.class)) List<String> factors, String description,
            @Schema(format = "date") String occurredOn) {
    }

    /** 行业部门预警: one department's warning about one person. */
    record Warning(@Schema(description = "the row's key within the department's batch, unique in it",
            example = "MI-2025-11-000123") String key,
            @Schema(implementation = WarningKind.class) String kind, String idNumber, String regionCode,
            Double amount, String fact, @Schema(format = "date") String date, String reference) {
    }

    /** A department's batch: sent again (a lost answer, a re-run export), it stores nothing new. */
    record Warnings(@Schema(description = "the department's id of this batch", example = "medical-insurance-2025-11")
            String batchId, List<Warning> warnings) {
    }
}
