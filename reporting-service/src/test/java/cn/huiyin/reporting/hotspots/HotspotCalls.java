package cn.huiyin.reporting.hotspots;

import cn.huiyin.events.CallType;
import cn.huiyin.events.CaseReceived;
import cn.huiyin.events.Category;
import cn.huiyin.events.Channel;
import cn.huiyin.events.Disposition;
import cn.huiyin.events.HotlineTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Calls about housing (住房保障) in 草海镇, 威宁自治县, at the times a test plants them. */
public final class HotspotCalls {

    public static final String WEINING = "520526";
    public static final String CAOHAI = "520526100";

    private HotspotCalls() {
    }

    /** 黄泥乡 of 百里杜鹃管理区: a functional area's township keeps 大方县's code (520521…). */
    public static final String BAILI_DUJUAN = "520572";
    public static final String HUANGNI = "520521219";

    /** A call about housing in the township on a day, at 10:00 Beijing time plus {@code minutes}. */
    public static CaseReceived aHousingCall(String callId, LocalDate day, int minutes, String caller) {
        return aHousingCallIn(CAOHAI, WEINING, callId, day, minutes, caller);
    }

    /** A call about housing in another township and its county. */
    public static CaseReceived aHousingCallIn(String township, String county, String callId, LocalDate day,
            int minutes, String caller) {
        Instant at = day.atTime(10, 0).plusMinutes(minutes).atZone(HotlineTime.ZONE).toInstant();
        return new CaseReceived(callId, "FP" + callId, at, Channel.PHONE, CallType.APPEAL, Disposition.TRANSFER,
                List.of(Category.HOUSING_SECURITY), CaseReceived.Classification.byCaller(), township, township, county,
                "5205", "52", caller, "138****0000", false, null, "危房改造补助至今未到位。");
    }

    /** About one call a week for {@code weeks} weeks before {@code until}, each by another caller. */
    public static List<CaseReceived> aWeeklyCall(String prefix, LocalDate until, int weeks) {
        List<CaseReceived> calls = new ArrayList<>();
        for (int week = weeks; week >= 1; week--) {
            calls.add(aHousingCall(prefix + "-w" + week, until.minusWeeks(week), week, "caller-" + prefix + "-w" + week));
        }
        return calls;
    }

    /** 12 calls within 3 days from {@code first}, by 8 callers (some call twice). */
    public static List<CaseReceived> aSurge(String prefix, LocalDate first) {
        List<CaseReceived> calls = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            calls.add(aHousingCall(prefix + "-s" + i, first.plusDays(i / 4), i, "caller-" + prefix + "-s" + (i % 8)));
        }
        return calls;
    }
}
