package cn.huiyin.bench.rescore;

import cn.huiyin.bench.rescore.GeneratedHousehold.Income;
import cn.huiyin.bench.rescore.GeneratedHousehold.Person;

import org.bson.Document;

/** A generated household as the monitoring office's system sends it: the body of {@code PUT /api/v1/households/{id}}. */
final class HouseholdBodies {

    private HouseholdBodies() {
    }

    static String json(GeneratedHousehold h) {
        Document body = new Document("regionCode", h.regionCode())
                .append("head", new Document("name", h.headName()).append("idNumber", h.headIdNumber()))
                .append("members", h.members().stream().map(HouseholdBodies::member).toList())
                .append("status", h.status())
                .append("monitoringType", h.monitoringType())
                .append("incomes", h.incomes().stream().map(HouseholdBodies::income).toList())
                .append("expenditure", new Document("medical", h.medical()).append("schooling", h.schooling()))
                .append("helper", new Document("name", h.helperName()).append("unit", h.helperUnit()))
                .append("housingSafe", h.housingSafe())
                .append("waterSafe", h.waterSafe());
        return body.toJson();
    }

    private static Document member(Person m) {
        return new Document("age", m.age()).append("ableToWork", m.ableToWork()).append("inSchool", m.inSchool())
                .append("schoolEnd", m.schoolEnd() == null ? null : m.schoolEnd().toString())
                .append("disability", m.disability()).append("illness", m.illness());
    }

    private static Document income(Income i) {
        return new Document("year", i.year()).append("perCapita", i.perCapita()).append("wages", i.wages())
                .append("production", i.production()).append("transfers", i.transfers())
                .append("property", i.property()).append("assessedOn", i.assessedOn().toString());
    }
}
