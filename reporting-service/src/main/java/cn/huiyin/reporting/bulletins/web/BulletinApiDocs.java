package cn.huiyin.reporting.bulletins.web;

import cn.huiyin.chassis.security.Scopes;
import cn.huiyin.chassis.web.ApiOperation;
import cn.huiyin.reporting.bulletins.application.BulletinList;
import cn.huiyin.reporting.bulletins.application.BulletinView;

/** The OpenAPI description of the bulletin routes. */
public final class BulletinApiDocs {

    static final String TAG = "bulletins 快报";
    private static final String ID_EXAMPLE = "5205-2020-05";

    private BulletinApiDocs() {
    }

    public static ApiOperation issue() {
        return ApiOperation.of("issueBulletin", "Issue or reissue a month's bulletin (快报 第N期) of a province or city")
                .description("Bulletins are issued by the schedule on the first working day of each month for the "
                        + "previous month; this issues one on demand. A new issue takes its region's next number of "
                        + "the month's year (201); an issue that exists keeps its number, its figures are replaced "
                        + "and its `revision` counted (200). A city office (`city-office`) issues its own city's, a "
                        + "hotline supervisor (`hotline-supervisor`) any within its regions.")
                .tag(TAG)
                .scope(Scopes.REPORTS_READ)
                .body(BulletinRequest.class, "{\"region\":\"5205\",\"year\":2019,\"month\":12}")
                .answers(201, "the new issue", BulletinView.class)
                .answers(200, "the issue, revised", BulletinView.class)
                .problems(400)
                .problem(403, "not a city office of the region nor a hotline supervisor covering it");
    }

    public static ApiOperation list() {
        return ApiOperation.of("listBulletins", "A region's bulletins of a year, by issue number")
                .tag(TAG)
                .scope(Scopes.REPORTS_READ)
                .query("region", "a province or city code", "5205", true)
                .query("year", "the year of the months reported on", "2020", true)
                .answers(200, "the issues", BulletinList.class)
                .problems(400)
                .problem(403, "the token lacks `reports:read`, or the region is outside its `regions`");
    }

    public static ApiOperation get() {
        return one(ApiOperation.of("getBulletin", "One issue: its masthead and its figures as issued"))
                .answers(200, "the issue", BulletinView.class);
    }

    public static ApiOperation html() {
        return one(ApiOperation.of("getBulletinPage", "One issue as an HTML page: masthead (报头) and analysis"))
                .answers(200, "the page", "text/html");
    }

    public static ApiOperation pdf() {
        return one(ApiOperation.of("getBulletinPdf", "One issue as a PDF"))
                .answers(200, "the PDF", "application/pdf")
                .problem(503, "no PDF renderer is installed yet");
    }

    public static ApiOperation xlsx() {
        return one(ApiOperation.of("getBulletinWorkbook", "One issue's figures as a workbook"))
                .answers(200, "the workbook", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .problem(503, "no summary workbook is installed yet");
    }

    private static ApiOperation one(ApiOperation operation) {
        return operation.tag(TAG)
                .scope(Scopes.REPORTS_READ)
                .pathVariable("id", "the issue's id: region and month", ID_EXAMPLE)
                .problems(404)
                .problem(403, "the token lacks `reports:read`, or the issue's region is outside its `regions`");
    }
}
