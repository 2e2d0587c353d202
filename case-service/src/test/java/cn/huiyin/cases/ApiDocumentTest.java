package cn.huiyin.cases;

import cn.huiyin.cases.cases.application.CaseOpening;
import cn.huiyin.cases.support.CaseServiceTest;
import cn.huiyin.local.testkit.Tokens;
import cn.huiyin.local.testkit.apidocs.ApiDocumentContract;

import java.util.Map;

import org.springframework.beans.factory.annotation.Autowired;

/** Issue 17: case-service's OpenAPI document describes every route, and its examples are accepted. */
@CaseServiceTest
class ApiDocumentTest extends ApiDocumentContract {

    private static final Tokens PROVINCE = Tokens.scopes("cases:read", "cases:write", "callbacks:write")
            .regions("52").subject("province");

    @Autowired
    CaseOpening opening;

    /** A fresh case in the state each documented action needs. */
    @Override
    protected Map<String, String> pathVariables(String operationId) {
        BadInputCases cases = new BadInputCases(web, opening, PROVINCE);
        String caseId = switch (operationId) {
            case "verifyCase" -> cases.investigating();
            case "reviewCase" -> cases.reviewPending();
            case "recordCallback" -> cases.callbackPending();
            default -> cases.assigned();
        };
        return Map.of("caseId", caseId);
    }
}
