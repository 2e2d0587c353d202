package cn.huiyin.bench.rescore;

import cn.huiyin.bench.rescore.GeneratedHousehold.Income;
import cn.huiyin.bench.rescore.GeneratedHousehold.Person;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Rural Guizhou households of every kind the risk rules look at: mostly alleviated (脱贫户) and
 * ordinary households, a few monitored; incomes spread around the monitoring line (about 8% under
 * it), chronic and serious illness, disability, children in school, some income drops, unsafe
 * housing or water. Household {@code i} of a seed is always the same household.
 */
final class RuralHouseholds {

    private static final String SURNAMES = "王李张刘陈杨黄赵吴周罗龙潘石韦蒙安禄罗田";
    private static final String GIVEN = "国华明芳英军兴贵福成秀兰德文永平丽明春燕";
    private static final int[] SIZE_WEIGHTS = {8, 15, 20, 25, 18, 10, 4};

    private final Villages villages;
    private final long seed;
    private final String prefix;
    private final int thisYear;

    RuralHouseholds(Villages villages, long seed, String prefix, LocalDate today) {
        this.villages = villages;
        this.seed = seed;
        this.prefix = prefix;
        this.thisYear = today.getYear();
    }

    String idOf(long index) {
        return "%s%07d".formatted(prefix, index);
    }

    GeneratedHousehold household(long index) {
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
        String village = villages.any(random);
        int headAge = 25 + random.nextInt(60);
        List<Person> members = members(random, headAge);
        String status = status(random);
        boolean monitored = status.equals("MONITORED");
        List<Income> incomes = incomes(random, members.size(), monitored);
        boolean serious = members.stream().anyMatch(m -> m.illness().equals("SERIOUS"));
        double medical = serious ? 8_000 + random.nextInt(32_000)
                : random.nextInt(100) < 40 ? 200 + random.nextInt(3_000) : 0;
        double schooling = members.stream().filter(Person::inSchool)
                .mapToInt(m -> m.age() >= 15 ? 3_000 + random.nextInt(5_000) : 500 + random.nextInt(2_500)).sum();
        Instant identifiedAt = monitored || status.equals("RISK_CLEARED")
                ? LocalDate.of(thisYear - 1 - random.nextInt(3), 1 + random.nextInt(12), 1 + random.nextInt(28))
                        .atStartOfDay(ZoneOffset.ofHours(8)).toInstant()
                : null;
        Instant clearedAt = status.equals("RISK_CLEARED") ? identifiedAt.plusSeconds(86_400L * (200
                + random.nextInt(300))) : null;
        return new GeneratedHousehold(idOf(index), village, villages.countyOf(village), name(random),
                HeadIdNumbers.of(village.substring(0, 6), thisYear - headAge, random), members, status,
                monitored ? monitoringType(random) : null, incomes, medical, schooling, name(random),
                villages.helperUnit(village), random.nextInt(1000) >= 15, random.nextInt(1000) >= 15, identifiedAt,
                clearedAt);
    }

    private List<Person> members(SplittableRandom random, int headAge) {
        int size = 1 + weighted(random, SIZE_WEIGHTS);
        List<Person> members = new ArrayList<>();
        members.add(person(random, headAge));
        if (size > 1) {
            members.add(person(random, Math.max(20, headAge - 5 + random.nextInt(10))));
        }
        for (int i = 2; i < size; i++) {
            // children of the head, or a grandparent in a bigger household
            int age = i == 5 || headAge > 60 ? headAge + 20 + random.nextInt(10) : Math.max(0, headAge - 22
                    - random.nextInt(15));
            members.add(person(random, Math.min(age, 99)));
        }
        return members;
    }

    private Person person(SplittableRandom random, int age) {
        boolean inSchool = age >= 6 && age <= 18 ? random.nextInt(100) < 95 : age > 18 && age <= 22
                && random.nextInt(100) < 30;
        // a few leaving dates already passed: the register is not always up to date
        LocalDate schoolEnd = inSchool ? LocalDate.of(thisYear + Math.max(1, 19 - age) - (random.nextInt(100) < 3
                ? 2 : 0), 7, 1) : null;
        boolean ableToWork = age >= 18 && age < 60 ? random.nextInt(100) < 92 : age >= 60 && age < 70
                && random.nextInt(100) < 40;
        boolean disability = random.nextInt(1000) < 30;
        int sick = random.nextInt(1000);
        String illness = sick < 15 ? "SERIOUS" : sick < (age >= 60 ? 180 : 50) ? "CHRONIC" : "NONE";
        return new Person(age, ableToWork && !disability, inSchool, schoolEnd, disability, illness);
    }

    private static String status(SplittableRandom random) {
        int roll = random.nextInt(100);
        return roll < 55 ? "ALLEVIATED" : roll < 90 ? "NORMAL" : roll < 98 ? "MONITORED" : "RISK_CLEARED";
    }

    private static String monitoringType(SplittableRandom random) {
        int roll = random.nextInt(100);
        return roll < 40 ? "UNSTABLE_ALLEVIATED" : roll < 85 ? "EDGE_OF_POVERTY" : "SUDDEN_HARDSHIP";
    }

    /** Two years: the latest mostly the last completed one; per capita log-normal around 13,000 yuan. */
    private List<Income> incomes(SplittableRandom random, int size, boolean monitored) {
        int latestYear = random.nextInt(100) < 80 ? thisYear - 1 : thisYear - 2;
        double median = monitored ? 8_000 : 13_000;
        double sigma = monitored ? 0.2 : 0.4;
        double latest = roundTen(median * Math.exp(sigma * gaussian(random)));
        // about 4% fell by 30% or more since the year before
        double growth = random.nextInt(100) < 4 ? -(0.3 + random.nextDouble() * 0.3) : 0.06 + 0.1 * gaussian(random);
        double before = roundTen(latest / Math.max(0.2, 1 + growth));
        return List.of(income(random, latestYear - 1, before, size), income(random, latestYear, latest, size));
    }

    private static Income income(SplittableRandom random, int year, double perCapita, int size) {
        double total = perCapita * size;
        double wages = Math.round(total * (0.45 + random.nextDouble() * 0.2));
        double production = Math.round(total * 0.2);
        double property = Math.round(total * 0.03);
        double transfers = Math.max(0, total - wages - production - property);
        return new Income(year, perCapita, wages, production, transfers, property,
                LocalDate.of(year, 12, 10 + random.nextInt(18)));
    }

    private static String name(SplittableRandom random) {
        StringBuilder name = new StringBuilder().append(SURNAMES.charAt(random.nextInt(SURNAMES.length())));
        int given = 1 + random.nextInt(2);
        for (int i = 0; i < given; i++) {
            name.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
        }
        return name.toString();
    }

    private static int weighted(SplittableRandom random, int[] weights) {
        int roll = random.nextInt(100);
        for (int i = 0; i < weights.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /** Box-Muller: SplittableRandom has no nextGaussian on Java 17. */
    private static double gaussian(SplittableRandom random) {
        return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    private static double roundTen(double yuan) {
        return Math.max(0, Math.round(yuan / 10) * 10.0);
    }
}
