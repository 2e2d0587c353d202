package cn.huiyin.reporting;

import cn.huiyin.testkit.HuiyinServiceTest;
import cn.huiyin.testkit.apidocs.ApiDocumentContract;

/** Issue 17: reporting-service's OpenAPI document describes every route, the HTML report and the workbook too. */
@HuiyinServiceTest
class ApiDocumentTest extends ApiDocumentContract {
}
