package cn.huiyin.monitoring.signals.web;

import cn.huiyin.chassis.security.Scopes;
import cn.huiyin.chassis.web.ApiOperation;

/** The OpenAPI description of the signal routes: self-reports and department warnings. */
public final class SignalApiDocs {

    static final String TAG = "signals 预警与申报";

    private SignalApiDocs() {
    }

    public static ApiOperation selfReport() {
        return ApiOperation.of("createSelfReport", "A household reports its own hardship (一键报贫)").tag(TAG)
                .description("Matched to a registered household by the ID number; an unmatched report waits in "
                        + "the identification queue. `factors`: risk factors such as DISASTER, ILLNESS, "
                        + "INCOME_DROP, UNSAFE_HOUSING.")
                .scope(Scopes.HOUSEHOLDS_WRITE)
                .body(SignalRequests.SelfReport.class, """
                        {"regionCode": "520526211", "idNumber": "520526198802140021", "factors": ["DISASTER"],
                         "description": "7月暴雨引发山体滑坡，房屋后墙垮塌，一家四口暂住亲戚家。", "occurredOn": "2025-07-18"}
                        """)
                .answers(201, "the report was recorded; `matched` says whether a household was found",
                        SignalHandler.Recorded.class)
                .problems(400, 404, 415);
    }

    public static ApiOperation warnings() {
        return ApiOperation.of("createWarnings", "Department warnings, up to " + SignalHandler.MAX_WARNINGS
                + " per call, with a result per warning (行业部门预警)").tag(TAG)
                .description("`kind`: the department (MEDICAL_INSURANCE, EDUCATION, CIVIL_AFFAIRS, "
                        + "DISABLED_PERSONS_FEDERATION, EMERGENCY_MANAGEMENT, HUMAN_RESOURCES). Each warning is "
                        + "accepted or refused on its own; `errors[]` lists the refused ones by index. `batchId` "
                        + "names the department's batch and `key` each row in it: a batch sent again stores nothing "
                        + "new (`duplicates` counts its rows stored before).")
                .scope(Scopes.HOUSEHOLDS_WRITE)
                .body(SignalRequests.Warnings.class, """
                        {"batchId": "medical-insurance-2025-10", "warnings": [
                          {"key": "YB-5205-2025-00731", "kind": "MEDICAL_INSURANCE", "idNumber": "520526195606110016", "regionCode": "520526211",
                           "amount": 15000, "fact": "住院自付费用1.5万元，超过家庭年收入的三成", "date": "2025-10-08",
                           "reference": "YB-5205-2025-00731"}]}
                        """)
                .answers(200, "how many warnings were accepted, matched a household, or were refused",
                        SignalHandler.BatchResult.class)
                .problems(400, 413, 415);
    }
}
