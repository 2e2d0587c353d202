package cn.huiyin.cases.callbacks.web;

import static cn.huiyin.cases.cases.web.CaseApiDocs.ACTIONS;
import static cn.huiyin.cases.cases.web.CaseApiDocs.QUERIES;

import cn.huiyin.cases.cases.application.CasePage;
import cn.huiyin.cases.cases.application.CaseViews;
import cn.huiyin.cases.cases.web.CaseQueryHandler;
import cn.huiyin.chassis.security.Scopes;
import cn.huiyin.chassis.web.ApiOperation;

/** The OpenAPI description of each route of {@link CallbackRouter}, with a valid example of its body. */
final class CallbackApiDocs {

    private CallbackApiDocs() {
    }

    static ApiOperation callbacksDue() {
        return ApiOperation.of("listCallbacksDue", "The callback desk's work list: cases whose next callback is due")
                .tag(QUERIES)
                .scope(Scopes.CASES_READ)
                .query("county", "a county, city or province code within the token's regions", "5205")
                .queryNumber("page", "page number from 0", 0)
                .queryNumber("size", "cases per page, 1 to " + CaseQueryHandler.MAX_SIZE, 50)
                .answers(200, "one page of cases, the longest waiting first", CasePage.class)
                .problems(400, 404);
    }

    static ApiOperation callback() {
        return ApiOperation.of("recordCallback", "The callback desk records a callback to the citizen (回访)")
                .tag(ACTIONS)
                .description("`result`: SATISFIED, UNSATISFIED or UNREACHABLE, with an `unreachableReason` "
                        + "(POWERED_OFF, NO_ANSWER, OUT_OF_SERVICE, WRONG_NUMBER) only when unreachable. An "
                        + "unsatisfied citizen reopens the case. A try before the case's `nextCallbackAt` (24 h after "
                        + "an unreachable one) is 409 naming when the next is allowed. Phone, ID and bank card numbers "
                        + "in `comment` are stored masked.")
                .scope(Scopes.CALLBACKS_WRITE)
                .pathVariable("caseId", "the case", "5b7e2c1a-9d34-3f6b-8e21-4a0c7d9b1e52")
                .header("If-Match", "the version read (its ETag): the action fails with 409 if the case changed since",
                        "3")
                .body(CallbackRequest.class, """
                        {"result": "SATISFIED", "comment": "补助已到账，群众对处理结果表示满意。"}
                        """)
                .answers(200, "the case after the callback; `ETag` is its new version", CaseViews.CaseView.class)
                .problems(400, 404, 409, 415);
    }
}
