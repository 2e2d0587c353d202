package cn.huiyin.intake.calls.web;

import cn.huiyin.chassis.security.Scopes;
import cn.huiyin.chassis.web.ApiOperation;
import cn.huiyin.intake.calls.application.CallPage;
import cn.huiyin.intake.calls.application.CallReceipt;
import cn.huiyin.intake.calls.application.CallView;
import cn.huiyin.intake.calls.application.ContactView;

/** The OpenAPI description of each route of {@link CallRouter}, with a valid example of every body. */
final class CallApiDocs {

    static final String TAG = "calls 来电受理";
    static final String LEDGER_TAG = "tracking ledger 受理编号台账";

    /** An appeal about a housing subsidy from a village of 威宁县 (520526), as a hotline system posts it. */
    static final String APPEAL = """
            {"externalId": "12317-20200305-0001", "receivedAt": "2020-03-05T09:30:00+08:00",
             "channel": "PHONE", "type": "APPEAL",
             "caller": {"name": "王五", "phone": "13885700001", "idNumber": "520526196503150028"},
             "regionCode": "520526211", "address": "威宁县云贵乡某村三组", "categories": ["HOUSING_SECURITY"],
             "content": "我家是危房改造户，去年的补助金到现在还没有兑现，请帮忙核实。", "urgent": false}
            """;

    static final String BATCH = """
            {"calls": [
              {"externalId": "12317-20200305-0002", "receivedAt": "2020-03-05T10:12:00+08:00",
               "channel": "WECHAT", "type": "CONSULTATION",
               "caller": {"name": "李四", "phone": "13985700002"},
               "regionCode": "520502", "content": "想咨询一下今年雨露计划的补助标准和申请时间。"},
              {"externalId": "12317-20200305-0003", "receivedAt": "2020-03-05T11:40:00+08:00",
               "channel": "PHONE", "type": "COMPLAINT",
               "caller": {"name": "张三", "idNumber": "520526197806120031"},
               "regionCode": "520526", "address": "威宁县草海镇",
               "content": "易地扶贫搬迁安置房漏水，多次反映没有人来修。", "urgent": true}
            ]}
            """;

    static final String CSV = """
            externalId,receivedAt,channel,type,callerName,callerPhone,callerIdNumber,regionCode,address,categories,content,urgent
            12317-20200306-0001,2020-03-06T08:50:00+08:00,PHONE,APPEAL,赵六,13885700003,,520526211,"威宁县云贵乡某村",HOUSING_SECURITY,"危房改造补助没有到位",否
            """;

    private CallApiDocs() {
    }

    static ApiOperation create() {
        return ApiOperation.of("createCall", "Accept one call (受理来电)").tag(TAG)
                .description("`externalId` is unique per calling system: the same one again returns the stored "
                        + "result (200) instead of a new call (201). Without `categories` the content is "
                        + "classified and `classifiedBy` says so.")
                .scope(Scopes.CALLS_WRITE)
                .body(CallRequest.class, APPEAL)
                .answers(201, "the call was accepted; `Location` names it", CallReceipt.class)
                .answers(200, "a call with this externalId was accepted before: its stored result", CallReceipt.class)
                .problems(400, 404, 413)
                .problem(409, "the externalId was used before for a different call");
    }

    static ApiOperation batch() {
        return ApiOperation.of("createCalls", "Accept up to 1,000 calls, with a result per call").tag(TAG)
                .description("Each call is accepted or refused on its own: `results[i].status` is what "
                        + "`POST /api/v1/calls` would have answered, with its problem's `errors`.")
                .scope(Scopes.CALLS_WRITE)
                .body(BatchRequest.class, BATCH)
                .answers(200, "the result of every call", BatchHandler.BatchResult.class)
                .problems(400, 413);
    }

    static ApiOperation importCsv() {
        return ApiOperation.of("importCalls", "Import calls from a CSV file (UTF-8 or GB18030)").tag(TAG)
                .scope(Scopes.CALLS_WRITE)
                .body("text/csv", "A header line, then one call per line. Columns: externalId, receivedAt, "
                        + "channel, type, callerName, callerPhone, callerIdNumber, regionCode, address, categories "
                        + "(separated by ; or |), content, urgent (true/false, 1/0 or 是/否).", CSV)
                .answers(200, "how many rows were accepted, replayed and refused, and why", ImportHandler.ImportResult.class)
                .problems(400, 413);
    }

    static ApiOperation find() {
        return ApiOperation.of("getCall", "One call, its caller masked").tag(TAG)
                .anyScope(Scopes.CALLS_WRITE, Scopes.CASES_READ)
                .pathVariable("callId", "the id answered when the call was accepted", "3f2b9c1e-8a47-4d2e-9b1a-6c5d4e3f2a10")
                .answers(200, "the call", CallView.class)
                .problems(404);
    }

    static ApiOperation contact() {
        return ApiOperation.of("getCallContact", "The caller's full name, phone and ID number (audited)").tag(TAG)
                .description("Every read is recorded with the reader and the reason.")
                .scope(Scopes.CONTACT_READ)
                .pathVariable("callId", "the call", "3f2b9c1e-8a47-4d2e-9b1a-6c5d4e3f2a10")
                .query("reason", "why the full contact details are needed (recorded in the audit)",
                        "回访核实诉求人身份", true)
                .answers(200, "the caller's contact details", ContactView.class)
                .problems(400, 404);
    }

    static ApiOperation list() {
        return ApiOperation.of("listCalls", "Calls of the token's regions, a page at a time").tag(TAG)
                .anyScope(Scopes.CALLS_WRITE, Scopes.CASES_READ)
                .query("region", "a province, city, county or township code within the token's regions", "520526")
                .query("from", "received at or after: a date or a date-time with offset", "2020-03-01")
                .query("to", "received before the end of: a date or a date-time with offset", "2020-03-31")
                .query("type", "call types, repeatable: CONSULTATION, SUGGESTION, APPEAL, COMPLAINT, PRAISE", "APPEAL")
                .query("page", "page number from 0", "0")
                .query("size", "calls per page, 1 to " + CallListHandler.MAX_SIZE, "20")
                .answers(200, "one page of calls", CallPage.class)
                .problems(400, 404);
    }

    static ApiOperation ledger() {
        return ApiOperation.of("getTrackingLedger", "How a county-day's tracking numbers are accounted for")
                .tag(LEDGER_TAG)
                .description("Every number the county-day's counter drew (`drawn`) is a stored call or recorded as "
                        + "void, with the reason its call was not stored. `missing` lists the numbers that are "
                        + "neither, `voidedButStored` the voids whose call was stored after all, `beyondCounter` "
                        + "numbers above the counter; `balanced` when all three are empty. On a day still taking "
                        + "calls, a number drawn moments ago shows as missing until its call is written.")
                .anyScope(Scopes.CALLS_WRITE, Scopes.CASES_READ)
                .pathVariable("countyCode", "the 6-digit code of a county or county-level area", "520526")
                .pathVariable("day", "the hotline's day (Beijing time), as in the tracking number", "2020-03-05")
                .answers(200, "the county-day's ledger", TrackingLedgerHandler.TrackingLedgerView.class)
                .problems(400, 404);
    }

    /** The body of {@code POST /api/v1/calls/batch}; the handler reads it item by item. */
    record BatchRequest(java.util.List<CallRequest> calls) {
    }
}
