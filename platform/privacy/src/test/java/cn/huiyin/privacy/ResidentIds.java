package cn.huiyin.privacy;

/** Resident ID numbers for tests, with the check character computed here independently of the code under test. */
final class ResidentIds {

    private ResidentIds() {
    }

    /** The 18-character number for a region, a birth date (yyyyMMdd) and a three-digit sequence. */
    static String of(String region, String birthDate, String sequence) {
        String first17 = region + birthDate + sequence;
        int[] weights = new int[17];
        for (int i = 0; i < 17; i++) {
            // ISO 7064 MOD 11-2: the weight of position i is 2^(17 - i) mod 11
            weights[i] = (int) (Math.pow(2, 17 - i) % 11);
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * weights[i];
        }
        int check = (12 - sum % 11) % 11;
        return first17 + (check == 10 ? "X" : String.valueOf(check));
    }

    /** A caller from Weining county (520526), born on the first of January 1990. */
    static String fromWeining() {
        return of("520526", "19900101", "123");
    }

    /** The same number with its check character replaced by a wrong one. */
    static String withWrongCheck(String id) {
        char check = id.charAt(17);
        char wrong = check == '0' ? '1' : '0';
        return id.substring(0, 17) + wrong;
    }
}
