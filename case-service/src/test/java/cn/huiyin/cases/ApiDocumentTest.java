package cn.huiyin.cases;

import cn.huiyin.cases.cases.application.CaseOpening;
import cn.huiyin.cases.support.CaseServiceTest;
import cn.huiyin.testkit.Tokens;
import cn.huiyin.testkit.apidocs.ApiDocumentContract;

import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Autowired;

/** Issue 17: case-service's OpenAPI document describes every route, and its examples are accepted. */
@CaseServiceTest
class ApiDocumentTest extends ApiDocumentContract {

    private static final Tokens PROVINCE = Tokens.scopes("cases:read", "cases:write", "callbacks:write")
            .withRoles("hotline-supervisor", "city-office").regions("52", "5205").subject("province");

    @Autowired
    CaseOpening opening;

    /** The province's supervisor and 毕节市's office: the documented examples' cases are in 毕节市's counties. */
    @Override
    protected Tokens token(String operationId, List<String> scopes) {
        return super.token(operationId, scopes).withRoles("hotline-supervisor", "city-office").regions("52", "5205");
    }

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
