package cn.huiyin.monitoring.households.web;

import cn.huiyin.monitoring.web.InputRules;
import cn.huiyin.chassis.security.Client;
import cn.huiyin.chassis.security.RegionAccess;
import cn.huiyin.chassis.web.FieldErrors;
import cn.huiyin.events.MonitoringType;
import cn.huiyin.monitoring.households.model.Helper;
import cn.huiyin.monitoring.households.application.HouseholdEntry;
import cn.huiyin.monitoring.households.model.HouseholdStatus;
import cn.huiyin.monitoring.households.model.MonitoredHousehold;
import cn.huiyin.monitoring.households.model.Member;
import cn.huiyin.monitoring.households.model.RigidExpenditure;
import cn.huiyin.monitoring.households.model.YearlyIncome;
import cn.huiyin.privacy.CallerName;
import cn.huiyin.privacy.ResidentId;
import cn.huiyin.regions.Region;
import cn.huiyin.regions.RegionLevel;
import cn.huiyin.regions.RegionRegistry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** Checks a household body and names each bad field; never repeats an ID number or name. */
public class HouseholdValidator {

    private final RegionRegistry regions;
    private final RegionAccess access;

    public HouseholdValidator(RegionRegistry regions, RegionAccess access) {
        this.regions = regions;
        this.access = access;
    }

    public HouseholdEntry validate(HouseholdRequest body, Client client, LocalDate today) {
        FieldErrors errors = new FieldErrors();
        Region region = region(body.regionCode(), client, errors);
        CallerName name = null;
        ResidentId id = null;
        if (body.head() == null) {
            errors.add("head", "is required");
        } else {
            name = parse("head.name", body.head().name(), CallerName::parse, errors);
            errors.require("head.name", body.head().name());
            id = parse("head.idNumber", body.head().idNumber(), ResidentId::parse, errors);
            errors.require("head.idNumber", body.head().idNumber());
        }
        List<Member> members = members(body.members(), errors);
        HouseholdStatus status = enumOf("status", body.status(), HouseholdStatus.class, errors, false);
        errors.check("status", status != HouseholdStatus.MONITORED && status != HouseholdStatus.RISK_CLEARED,
                MonitoredHousehold.STANDING_BY_ACTS);
        MonitoringType type = enumOf("monitoringType", body.monitoringType(), MonitoringType.class, errors, false);
        errors.check("monitoringType", body.monitoringType() == null || type == null,
                MonitoredHousehold.STANDING_BY_ACTS);
        List<YearlyIncome> incomes = incomes(body.incomes(), today, errors);
        RigidExpenditure expenditure = expenditure(body.expenditure(), errors);
        Helper helper = helper(body.helper(), errors);
        errors.throwIfAny();
        return new HouseholdEntry(region, name, id, members, status, type, incomes, expenditure, helper,
                !Boolean.FALSE.equals(body.housingSafe()), !Boolean.FALSE.equals(body.waterSafe()));
    }

    private Region region(String code, Client client, FieldErrors errors) {
        if (code == null || code.isBlank()) {
            errors.add("regionCode", "is required");
            return null;
        }
        Region region = regions.find(code).orElse(null);
        if (region == null) {
            errors.add("regionCode", "is not a known administrative division");
            return null;
        }
        if (region.level() != RegionLevel.TOWNSHIP && region.level() != RegionLevel.VILLAGE) {
            errors.add("regionCode", "must be a township or village code");
            return null;
        }
        if (!access.mayActOn(client, region.code())) {
            errors.add("regionCode", "is outside the regions this client may act on");
            return null;
        }
        return region;
    }

    private static List<Member> members(List<HouseholdRequest.MemberRequest> members, FieldErrors errors) {
        List<Member> parsed = new ArrayList<>();
        if (members == null || members.isEmpty()) {
            errors.add("members", "must list at least one member");
            return parsed;
        }
        for (int i = 0; i < members.size(); i++) {
            HouseholdRequest.MemberRequest m = members.get(i);
            String field = "members[" + i + "]";
            if (m == null || m.age() == null || m.age() < 0 || m.age() > 130) {
                errors.add(field + ".age", "must be a whole number from 0 to 130");
                continue;
            }
            Member.Illness illness = enumOf(field + ".illness", m.illness(), Member.Illness.class, errors, false);
            LocalDate schoolEnd = date(field + ".schoolEnd", m.schoolEnd(), errors);
            parsed.add(new Member(m.age(), Boolean.TRUE.equals(m.ableToWork()), Boolean.TRUE.equals(m.inSchool()),
                    schoolEnd, Boolean.TRUE.equals(m.disability()), illness));
        }
        return parsed;
    }

    private static List<YearlyIncome> incomes(List<HouseholdRequest.IncomeRequest> incomes, LocalDate today,
            FieldErrors errors) {
        List<YearlyIncome> parsed = new ArrayList<>();
        Set<Integer> years = new HashSet<>();
        if (incomes == null || incomes.isEmpty()) {
            errors.add("incomes", "must list at least one year's income");
            return parsed;
        }
        for (int i = 0; incomes != null && i < incomes.size(); i++) {
            YearlyIncome income = income("incomes[" + i + "]", incomes.get(i), today, errors);
            if (income != null && !years.add(income.year())) {
                errors.add("incomes[" + i + "].year", "is listed twice");
            } else if (income != null) {
                parsed.add(income);
            }
        }
        return parsed;
    }

    /**
     * One year's income, its fields named under {@code field} ({@code incomes[0].year}); also used by
     * {@code POST .../incomes}, whose body is the income itself ({@code field} empty: {@code year}).
     */
    public static YearlyIncome income(String field, HouseholdRequest.IncomeRequest in, LocalDate today,
            FieldErrors errors) {
        // monitoring lines start with the 2020 poverty-alleviation standard
        String years = "must be a year from 2020 to " + today.getYear();
        if (in == null) {
            errors.add(at(field, "year"), years);
            return null;
        }
        int before = errors.list().size();
        errors.check(at(field, "year"), in.year() != null && in.year() >= 2020 && in.year() <= today.getYear(),
                years);
        Double perCapita = null;
        if (in.perCapita() == null || in.perCapita() < 0) {
            errors.add(at(field, "perCapita"), "is required and must not be negative");
        } else {
            perCapita = InputRules.yuan(at(field, "perCapita"), in.perCapita(), errors);
        }
        double[] items = {value(InputRules.yuan(at(field, "wages"), in.wages(), errors)),
            value(InputRules.yuan(at(field, "production"), in.production(), errors)),
            value(InputRules.yuan(at(field, "transfers"), in.transfers(), errors)),
            value(InputRules.yuan(at(field, "property"), in.property(), errors))};
        LocalDate assessedOn = InputRules.date(at(field, "assessedOn"), in.assessedOn(), today, "2024-05-01", errors);
        if (errors.list().size() > before) {
            return null;
        }
        return new YearlyIncome(in.year(), perCapita, items[0], items[1], items[2], items[3],
                assessedOn == null ? today : assessedOn);
    }

    private static String at(String field, String name) {
        return field.isEmpty() ? name : field + "." + name;
    }

    private static RigidExpenditure expenditure(HouseholdRequest.Expenditure in, FieldErrors errors) {
        if (in == null) {
            return RigidExpenditure.NONE;
        }
        if (in.medical() == null && in.schooling() == null) {
            errors.add("expenditure", "must give medical or schooling, or be left out");
            return RigidExpenditure.NONE;
        }
        double medical = value(InputRules.yuan("expenditure.medical", in.medical(), errors));
        double schooling = value(InputRules.yuan("expenditure.schooling", in.schooling(), errors));
        return new RigidExpenditure(medical, schooling);
    }

    private static Helper helper(HouseholdRequest.HelperRequest in, FieldErrors errors) {
        if (in == null) {
            return null;
        }
        String name = InputRules.requiredText("helper.name", in.name(), InputRules.NAME_LENGTH, errors);
        String unit = InputRules.text("helper.unit", in.unit(), InputRules.SHORT_TEXT_LENGTH, errors);
        return new Helper(name, unit);
    }

    static <E extends Enum<E>> E enumOf(String field, String value, Class<E> type, FieldErrors errors,
            boolean required) {
        return errors.enumOf(field, value, type, required);
    }

    static LocalDate date(String field, String value, FieldErrors errors) {
        return InputRules.date(field, value, InputRules.LATEST, "2030-07-01", errors);
    }

    private static <T> T parse(String field, String value, Function<String, T> parser,
            FieldErrors errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return parser.apply(value);
        } catch (IllegalArgumentException e) {
            errors.add(field, e.getMessage());
            return null;
        }
    }

    private static double value(Double d) {
        return d == null ? 0 : d;
    }
}
