package cn.huiyin.monitoring.quality.web;

import cn.huiyin.monitoring.quality.application.QualityReview;
import cn.huiyin.chassis.security.Scopes;
import cn.huiyin.chassis.web.ApiOperation;

/** The OpenAPI description of the data quality route. */
public final class DataQualityApiDocs {

    private DataQualityApiDocs() {
    }

    public static ApiOperation issues() {
        return ApiOperation.of("listDataQualityIssues", "Household records that break a data quality rule (数据质量)")
                .tag("data quality 数据质量")
                .scope(Scopes.HOUSEHOLDS_READ)
                .query("region", "a province, city, county or township code within the token's regions", "520526")
                .queryNumber("page", "page of households checked, from 0", 0)
                .queryNumber("size", "households checked per page, 1 to 5000", 500)
                .answers(200, "the issues found among one page of households", QualityReview.QualityPage.class)
                .problems(400, 404);
    }
}
