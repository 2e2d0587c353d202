package cn.huiyin.intake.calls;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/** Call bodies as a hotline's system posts them: {@code Calls.anAppealFromWeining().with("type", "COMPLAINT")}. */
public final class Calls {

    private static final AtomicLong CALLERS = new AtomicLong(System.nanoTime() % 1_000_000);

    private final Map<String, Object> body = new LinkedHashMap<>();

    private Calls() {
    }

    public static Calls anAppealFromWeining() {
        Calls call = new Calls();
        call.body.put("externalId", "12317-" + UUID.randomUUID());
        call.body.put("receivedAt", OffsetDateTime.now(ZoneOffset.ofHours(8)).minusMinutes(3).withNano(0).toString());
        call.body.put("channel", "PHONE");
        call.body.put("type", "APPEAL");
        // every call from another caller, so that calls of different tests are never repeats of each other
        long caller = CALLERS.incrementAndGet();
        call.body.put("caller", new LinkedHashMap<>(Map.of("name", "王五",
                "phone", String.format("138%08d", caller % 100_000_000),
                "idNumber", residentId(String.format("520526%04d%02d%02d%03d", 1950 + caller / 336_000 % 50,
                        caller / 28_000 % 12 + 1, caller / 1000 % 28 + 1, caller % 1000)))));
        call.body.put("regionCode", "520526211");
        call.body.put("address", "威宁县云贵乡某村三组");
        call.body.put("categories", new ArrayList<>(List.of("HOUSING_SECURITY")));
        call.body.put("content", "我家是危房改造户，去年的补助金到现在还没有兑现，请帮忙核实。");
        call.body.put("urgent", false);
        return call;
    }

    public static Calls aConsultation() {
        return anAppealFromWeining().with("type", "CONSULTATION")
                .with("content", "想咨询一下今年雨露计划的补助标准和申请时间。")
                .with("categories", List.of("EDUCATION"));
    }

    public Calls with(String field, Object value) {
        body.put(field, value);
        return this;
    }

    public Calls without(String field) {
        body.remove(field);
        return this;
    }

    @SuppressWarnings("unchecked")
    public Calls withCaller(String field, Object value) {
        ((Map<String, Object>) body.get("caller")).put(field, value);
        return this;
    }

    @SuppressWarnings("unchecked")
    public Calls withoutCaller(String field) {
        ((Map<String, Object>) body.get("caller")).remove(field);
        return this;
    }

    /** A resident ID of 17 given digits and their ISO 7064 MOD 11-2 check character. */
    public static String residentId(String first17) {
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * weights[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }

    @SuppressWarnings("unchecked")
    public String caller(String field) {
        return (String) ((Map<String, Object>) body.get("caller")).get(field);
    }

    public String maskedPhone() {
        String phone = caller("phone");
        return phone.substring(0, 3) + "****" + phone.substring(7);
    }

    public String externalId() {
        return (String) body.get("externalId");
    }

    public Map<String, Object> body() {
        return body;
    }
}
