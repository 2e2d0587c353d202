package cn.huiyin.monitoring.signals.web;

import java.util.List;

/** The bodies of {@code POST /api/v1/self-reports} and {@code POST /api/v1/warnings}. */
final class SignalRequests {

    private SignalRequests() {
    }

    /** 一键报贫: a household reports its own hardship. */
    record SelfReport(String regionCode, String idNumber, List<String> factors, String description, String occurredOn) {
    }

    /** 行业部门预警: one department's warning about one person. */
    record Warning(String kind, String idNumber, String regionCode, Double amount, String fact, String date,
            String reference) {
    }

    record Warnings(List<Warning> warnings) {
    }
}
