package cn.huiyin.bench.calls;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Realistic, distinct calls for {@code POST /api/v1/calls}: a unique externalId per call, a
 * different mobile number each time, spread over Bijie's counties and the days of 2019 so that no
 * tracking-number counter (one per county and day) becomes a single hot document; about 30% come
 * without categories so the classifier runs.
 */
public final class HotlineCalls {

    /**
     * Bijie (毕节): Qixingguan district, six counties and the county-level city of Qianxi (520581;
     * its former county code 520522 is gone from the 2023 divisions and is answered 400).
     */
    static final List<String> COUNTIES = List.of("520502", "520521", "520523", "520524", "520525", "520526",
            "520527", "520581");
    static final List<String> NAMES = List.of("王五", "李四", "张三", "赵敏", "陈红梅", "杨国华", "吴小兰", "罗德明");
    static final List<Matter> MATTERS = List.of(
            new Matter("APPEAL", "HOUSING_SECURITY", "我家危房改造的补助金一直没有兑现，房子漏雨，希望尽快解决"),
            new Matter("APPEAL", "DRINKING_WATER", "村里自来水停水一个多星期了，饮水困难，请帮忙协调"),
            new Matter("COMPLAINT", "ELIGIBILITY", "村干部优亲厚友，我家条件困难却没有被纳入建档立卡贫困户"),
            new Matter("CONSULTATION", "EDUCATION", "孩子上高中，想咨询雨露计划教育资助怎么申请"),
            new Matter("APPEAL", "MEDICAL_ASSISTANCE", "母亲住院花了很多钱，医疗救助报销还没有到账"),
            new Matter("APPEAL", "EMPLOYMENT", "易地搬迁到安置点后一直找不到工作，希望安排就业培训"),
            new Matter("COMPLAINT", "INFRASTRUCTURE", "通组路修了一半就停工了，下雨天根本走不了"),
            new Matter("APPEAL", "INDUSTRY", "合作社的产业分红今年还没有发，请问什么时候兑现"));
    static final double WITHOUT_CATEGORIES = 0.3;

    private final String run;
    private final SplittableRandom random;
    private final LocalDate firstDay;
    private final int days;

    /** @param run distinguishes this run's externalIds from every earlier run's */
    public HotlineCalls(String run, long seed) {
        // 2019: the demo replays 2020 and compares the reports with what it sent, so the calls of this load
        // (some still arriving after their requests timed out) must not fall into its half-year
        this(run, seed, LocalDate.of(2019, 1, 1), 365);
    }

    /** Calls received on the {@code days} days from {@code firstDay} (Beijing time), e.g. one day a report can count. */
    public HotlineCalls(String run, long seed, LocalDate firstDay, int days) {
        this.run = run;
        this.random = new SplittableRandom(seed);
        this.firstDay = firstDay;
        this.days = days;
    }

    /** The JSON body of call number {@code n}; called from the load generator's single ticker thread. */
    public byte[] body(long n) {
        Matter matter = MATTERS.get(random.nextInt(MATTERS.size()));
        LocalDate day = firstDay.plusDays(random.nextInt(days));
        String receivedAt = "%sT%02d:%02d:%02d+08:00".formatted(day, 8 + random.nextInt(12), random.nextInt(60),
                random.nextInt(60));
        String phone = "138%08d".formatted(random.nextInt(100_000_000));
        String categories = random.nextDouble() < WITHOUT_CATEGORIES ? ""
                : ",\"categories\":[\"" + matter.category() + "\"]";
        String json = "{\"externalId\":\"bench-" + run + "-" + n + "\",\"receivedAt\":\"" + receivedAt
                + "\",\"channel\":\"PHONE\",\"type\":\"" + matter.type() + "\",\"caller\":{\"name\":\""
                + NAMES.get(random.nextInt(NAMES.size())) + "\",\"phone\":\"" + phone + "\"},\"regionCode\":\""
                + COUNTIES.get(random.nextInt(COUNTIES.size())) + "\"" + categories + ",\"content\":\""
                + matter.content() + "\"}";
        return json.getBytes(StandardCharsets.UTF_8);
    }

    record Matter(String type, String category, String content) {
    }
}
