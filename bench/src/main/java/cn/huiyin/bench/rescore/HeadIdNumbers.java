package cn.huiyin.bench.rescore;

import java.util.SplittableRandom;

/** Valid 18-character resident ID numbers: the county's code, a birth date, a sequence and the check character. */
final class HeadIdNumbers {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARACTERS = "10X98765432";

    private HeadIdNumbers() {
    }

    static String of(String countyCode, int birthYear, SplittableRandom random) {
        String first17 = "%s%04d%02d%02d%03d".formatted(countyCode, birthYear, 1 + random.nextInt(12),
                1 + random.nextInt(28), random.nextInt(1000));
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return first17 + CHECK_CHARACTERS.charAt(sum % 11);
    }
}
