package cn.huiyin.intake;

import cn.huiyin.testkit.apidocs.ApiDocumentContract;

/** Issue 17: intake-service's OpenAPI document describes every route, and its examples are accepted. */
@IntakeServiceTest
class ApiDocumentTest extends ApiDocumentContract {
}
