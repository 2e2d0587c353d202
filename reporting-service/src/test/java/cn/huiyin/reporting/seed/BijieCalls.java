package cn.huiyin.reporting.seed;

import cn.huiyin.events.CallType;
import cn.huiyin.events.CaseReceived;
import cn.huiyin.events.Category;
import cn.huiyin.events.Channel;
import cn.huiyin.events.Disposition;
import cn.huiyin.regions.Region;
import cn.huiyin.regions.RegionLevel;
import cn.huiyin.regions.RegionRegistry;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

/**
 * The calls answered on the phone: 毕节市's 665 (咨询 and 建议, some of them repeat calls) and the
 * other eight cities' 1,783, so that the city has 781 of the province's 2,564 calls and leads the
 * cities in every month but March, when 遵义市 has more.
 */
final class BijieCalls {

    private static final String ZUNYI = "5203";
    private static final int SUGGESTIONS_PER_MONTH = 5;
    private static final int REPEAT_EVERY = 50;

    private BijieCalls() {
    }

    /** Publishes the answered calls and returns how many of 毕节市's are repeat calls. */
    static int answeredAndOtherCities(BijieEvents out, RegionRegistry regions, List<YearMonth> months,
            List<Integer> transferredPerMonth, List<Integer> zunyiCalls) {
        List<Region> counties = regions.children(SeedFigures.CITY);
        Category[] categories = Category.values();
        int n = 0;
        int repeats = 0;
        for (int m = 0; m < months.size(); m++) {
            int answered = SeedFigures.MONTHLY_CALLS.get(m) - transferredPerMonth.get(m);
            for (int k = 0; k < answered; k++, n++) {
                Region county = counties.get(n % counties.size());
                String township = regions.children(county.code()).get(0).code();
                String repeatOf = n > 0 && n % REPEAT_EVERY == 0 ? "call-bj-answered-" + (n - 1) : null;
                repeats += repeatOf == null ? 0 : 1;
                Instant at = BijieEvents.at(months.get(m).atDay(1 + k % 28), 8 + k % 10);
                out.publish(call("call-bj-answered-" + n, county.code(), township,
                        k < SUGGESTIONS_PER_MONTH ? CallType.SUGGESTION : CallType.CONSULTATION,
                        categories[n % categories.length], repeatOf, at), "call-bj-answered-" + n, at);
            }
        }
        List<Region> cities = regions.children(SeedFigures.PROVINCE).stream()
                .filter(city -> !city.code().equals(SeedFigures.CITY)).toList();
        int c = 0;
        for (Region city : cities) {
            Region county = regions.children(city.code()).stream()
                    .filter(r -> r.level() == RegionLevel.COUNTY).findFirst().orElseThrow();
            String township = regions.children(county.code()).get(0).code();
            for (int m = 0; m < months.size(); m++) {
                // the other seven cities: 32 calls a month, 31 in one month each (1,113 in all)
                int calls = city.code().equals(ZUNYI) ? zunyiCalls.get(m) : m == c % months.size() ? 31 : 32;
                for (int k = 0; k < calls; k++) {
                    String callId = "call-" + city.code() + "-" + m + "-" + k;
                    Instant at = BijieEvents.at(months.get(m).atDay(1 + k % 28), 8 + k % 10);
                    out.publish(call(callId, county.code(), township, CallType.CONSULTATION,
                            categories[k % categories.length], null, at), callId, at);
                }
            }
            c += city.code().equals(ZUNYI) ? 0 : 1;
        }
        return repeats;
    }

    private static CaseReceived call(String callId, String county, String township, CallType type,
            Category category, String repeatOf, Instant at) {
        String tracking = "HY" + county + "-" + callId;
        return new CaseReceived(callId, tracking, at, Channel.PHONE, type, Disposition.ANSWERED, List.of(category),
                CaseReceived.Classification.byCaller(), township, township, county, county.substring(0, 4),
                county.substring(0, 2), BijieEvents.callerRef(Math.abs(callId.hashCode())), null, false, repeatOf,
                "咨询内容（生成）");
    }
}
