package cn.huiyin.simulator.scenario;

import java.time.LocalDate;
import java.util.Random;

/**
 * Made-up callers and household heads: plausible names, mobile numbers and resident ID numbers with a
 * valid check character. They are only ever sent to the APIs, never printed or logged.
 */
public final class People {

    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何罗高林龙潘杨熊罗";
    private static final String GIVEN = "明华军平芳英国强建兰秀云海林涛梅勇静丽娟伟刚敏红玉德成福贵";

    private People() {
    }

    static String name(Random random) {
        StringBuilder name = new StringBuilder().append(SURNAMES.charAt(random.nextInt(SURNAMES.length())));
        int given = random.nextInt(3) == 0 ? 1 : 2;
        for (int i = 0; i < given; i++) {
            name.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
        }
        return name.toString();
    }

    static String mobile(Random random) {
        return "1" + (3 + random.nextInt(7)) + String.format("%09d", random.nextInt(1_000_000_000));
    }

    /** An 18-character resident ID registered in the county, born between 1945 and 2000. */
    public static String residentId(Random random, String countyCode) {
        LocalDate birth = LocalDate.of(1945, 1, 1).plusDays(random.nextInt(55 * 365));
        String first17 = countyCode.substring(0, 6) + birth.toString().replace("-", "")
                + String.format("%03d", random.nextInt(1000));
        return first17 + checkCharacter(first17);
    }

    /** ISO 7064 MOD 11-2, as GB 11643 defines it. */
    static char checkCharacter(String first17) {
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * weights[i];
        }
        return "10X98765432".charAt(sum % 11);
    }
}
