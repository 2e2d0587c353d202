package cn.huiyin.reporting.hotspots.web;

import cn.huiyin.chassis.security.Scopes;
import cn.huiyin.chassis.web.ApiOperation;
import cn.huiyin.reporting.hotspots.application.HotspotList;

/** The OpenAPI description of the hotspot route. */
public final class HotspotApiDocs {

    static final String TAG = "hotspots 热点预警";

    private HotspotApiDocs() {
    }

    public static ApiOperation list() {
        return ApiOperation.of("listHotspots", "The hotspot warnings (热点预警) of a region and period")
                .description("A hotspot is a surge of calls about one category in one township or village: within "
                        + "a sliding window (`huiyin.reporting.hotspots.window-days`), more calls from enough different "
                        + "callers than the place's own rate over the weeks before makes likely (`probability`, a "
                        + "Poisson tail). Each is also published once on `hotspot-detected`. Listed are the hotspots "
                        + "whose windows overlap the period, newest first.")
                .tag(TAG)
                .scope(Scopes.REPORTS_READ)
                .query("region", "a province, city or county code", "5205", true)
                .query("from", "the first day, an ISO date", "2020-01-01", true)
                .query("to", "the last day, an ISO date", "2020-06-30", true)
                .answers(200, "the hotspots", HotspotList.class)
                .problems(400)
                .problem(403, "the token lacks `reports:read`, or the region is outside its `regions`");
    }
}
