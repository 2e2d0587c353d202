package cn.huiyin.simulator.scenario;

import java.util.List;
import java.util.Map;
import java.util.Random;

/** Calls of any city: mostly consultations answered on the phone, some appeals and complaints that become cases. */
final class Calls {

    static final List<String> CATEGORIES = List.of("HOUSING_SECURITY", "RELOCATION", "INFRASTRUCTURE",
            "DRINKING_WATER", "SOCIAL_SECURITY", "INDUSTRY", "ELIGIBILITY", "EDUCATION", "EMPLOYMENT",
            "MEDICAL_ASSISTANCE", "FINANCE", "LAND_ACQUISITION");

    /** What callers say, by category: appeals first, then consultations. */
    static final Map<String, List<String>> CONTENT = Map.ofEntries(
            Map.entry("HOUSING_SECURITY", List.of("我家危房改造的补助金一直没有兑现", "请问危房改造补助标准是多少")),
            Map.entry("RELOCATION", List.of("易地扶贫搬迁安置房迟迟没有分配", "请问易地扶贫搬迁后原来的土地怎么处理")),
            Map.entry("INFRASTRUCTURE", List.of("村里通组路修了一半就停工了", "请问村里的路什么时候硬化")),
            Map.entry("DRINKING_WATER", List.of("寨子里自来水已经停了半个月", "请问饮水工程的水费怎么收")),
            Map.entry("SOCIAL_SECURITY", List.of("家里老人的低保被取消了，没有说明原因", "请问低保怎么申请")),
            Map.entry("INDUSTRY", List.of("合作社分红资金一直没有发放", "请问产业扶贫的项目资金怎么申请")),
            Map.entry("ELIGIBILITY", List.of("我家符合条件但没有被识别为贫困户", "请问贫困户认定的标准是什么")),
            Map.entry("EDUCATION", List.of("孩子的教育资助金没有到账", "请问雨露计划补助怎么申请")),
            Map.entry("EMPLOYMENT", List.of("公益性岗位的工资拖欠了三个月", "请问外出务工的交通补贴怎么领")),
            Map.entry("MEDICAL_ASSISTANCE", List.of("住院费用的医疗救助一直没有报销", "请问大病医疗救助的报销比例")),
            Map.entry("FINANCE", List.of("扶贫小额信贷的贴息没有到位", "请问扶贫小额信贷怎么办理")),
            Map.entry("LAND_ACQUISITION", List.of("征地补偿款至今没有足额发放", "请问征地补偿的标准是多少")));

    private Calls() {
    }

    static CallPlan generic(Random random, Scenario.Places places, Scenario.Ids ids, String city, int month,
            double appealShare) {
        String county = places.anyCounty(random, city).code();
        String category = CATEGORIES.get(random.nextInt(CATEGORIES.size()));
        boolean appeal = random.nextDouble() < appealShare;
        String type = appeal ? (random.nextInt(4) == 0 ? "COMPLAINT" : "APPEAL")
                : random.nextInt(20) == 0 ? "SUGGESTION" : "CONSULTATION";
        CasePlan casePlan = appeal ? CaseOutcomes.generic(random) : null;
        return call(random, places, ids, county, month, random.nextInt(31), type, category, casePlan, false);
    }

    static CallPlan call(Random random, Scenario.Places places, Scenario.Ids ids, String county, int month, int day,
            String type, String category, CasePlan casePlan, boolean backbone) {
        boolean appeal = casePlan != null;
        String content = CONTENT.get(category).get(appeal ? 0 : 1);
        // three calls in ten come without categories: intake classifies the content
        List<String> categories = random.nextInt(10) < 3 ? null : List.of(category);
        String channel = random.nextInt(10) < 8 ? "PHONE" : random.nextBoolean() ? "WECHAT" : "WEB";
        CallPlan.Caller caller = new CallPlan.Caller(People.name(random), People.mobile(random),
                random.nextInt(4) == 0 ? People.residentId(random, county) : null);
        return new CallPlan(ids.call(), Scenario.at(month, day, random), channel, type,
                places.township(random, county), county, places.cityOf(county), categories, content, caller,
                casePlan, backbone);
    }

    /** A call with the categories the plan gives (the backbone's cases have several). */
    static CallPlan withCategories(CallPlan call, List<String> categories) {
        return new CallPlan(call.externalId(), call.receivedAt(), call.channel(), call.type(), call.regionCode(),
                call.countyCode(), call.cityCode(), categories, call.content(), call.caller(), call.casePlan(),
                call.backbone());
    }
}
