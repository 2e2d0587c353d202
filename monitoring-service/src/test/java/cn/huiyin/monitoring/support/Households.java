package cn.huiyin.monitoring.support;

import cn.huiyin.privacy.Fingerprints;
import cn.huiyin.privacy.ResidentId;
import cn.huiyin.privacy.VaultKeys;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/** Household bodies as the monitoring office's system sends them: {@code Households.aFamilyFromWeining()}. */
public final class Households {

    public static final String AES_KEY = "fFnRT8V6j4Mn1S4kC5rkRU2cBq0vyDjtBSyfKJnHAY0=";
    public static final String HMAC_KEY = "j10cDQJtaHird7+4kOwjkd6tubbwAz2sOOy+q7jL5K8=";
    private static final AtomicLong HEADS = new AtomicLong(System.nanoTime() % 100_000);
    private static final Fingerprints FINGERPRINTS = new Fingerprints(VaultKeys.of(Map.of("test1", AES_KEY), "test1",
            HMAC_KEY));

    private final String householdId = "hh-" + UUID.randomUUID();
    private final String idNumber;
    private final Map<String, Object> body = new LinkedHashMap<>();

    private Households() {
        long n = HEADS.incrementAndGet();
        idNumber = residentId(String.format("520526%04d%02d%02d%03d", 1950 + n / 336_000 % 50, n / 28_000 % 12 + 1,
                n / 1000 % 28 + 1, n % 1000));
    }

    /** A family of four in 云贵乡, 威宁: a working father, a schoolchild, a disabled grandparent. */
    public static Households aFamilyFromWeining() {
        Households h = new Households();
        h.body.put("regionCode", "520526211200");
        h.body.put("head", Map.of("name", "王五", "idNumber", h.idNumber));
        h.body.put("members", new ArrayList<>(List.of(
                Map.of("age", 45, "ableToWork", true),
                Map.of("age", 15, "inSchool", true, "schoolEnd", "2030-07-01"),
                Map.of("age", 68, "disability", true),
                Map.of("age", 42, "ableToWork", true))));
        h.body.put("status", "ALLEVIATED");
        h.body.put("incomes", new ArrayList<>(List.of(
                Map.of("year", 2024, "perCapita", 12000, "wages", 30000, "production", 12000, "transfers", 5000,
                        "property", 1000, "assessedOn", "2024-12-20"))));
        h.body.put("expenditure", Map.of("medical", 2000, "schooling", 3000));
        h.body.put("helper", Map.of("name", "李帮扶", "unit", "威宁县乡村振兴局"));
        h.body.put("housingSafe", true);
        h.body.put("waterSafe", true);
        return h;
    }

    /** A family with a seriously ill member, high medical costs, income under the line and an unsafe house. */
    public static Households atRisk() {
        return aFamilyFromWeining()
                .with("members", List.of(Map.of("age", 45, "ableToWork", true),
                        Map.of("age", 40, "illness", "SERIOUS")))
                .with("incomes", List.of(Map.of("year", 2024, "perCapita", 5200, "wages", 8000, "assessedOn",
                        "2024-12-20")))
                .with("expenditure", Map.of("medical", 18000, "schooling", 0))
                .with("housingSafe", false);
    }

    public Households with(String field, Object value) {
        body.put(field, value);
        return this;
    }

    public Households without(String field) {
        body.remove(field);
        return this;
    }

    public String id() {
        return householdId;
    }

    public String idNumber() {
        return idNumber;
    }

    /** The keyed fingerprint intake would give this household's head as a caller. */
    public String callerRef() {
        return FINGERPRINTS.of(ResidentId.parse(idNumber));
    }

    public Map<String, Object> body() {
        return body;
    }

    public static String residentId(String first17) {
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * weights[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }

    public static String today() {
        return LocalDate.now().toString();
    }
}
