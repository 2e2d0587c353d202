package cn.huiyin.monitoring.households.model;

import java.time.LocalDate;

/**
 * A year's income per capita (人均纯收入) with its items, in yuan, and the day it was assessed: the
 * clearing rules ask how long income has been above the line.
 */
public record YearlyIncome(int year, double perCapita, double wages, double production, double transfers,
        double property, LocalDate assessedOn) {

    public YearlyIncome {
        if (year < 2000 || year > 2100) {
            throw new IllegalArgumentException("year must be 2000..2100");
        }
        if (perCapita < 0 || wages < 0 || production < 0 || transfers < 0 || property < 0) {
            throw new IllegalArgumentException("incomes must not be negative");
        }
    }

    /** The items as one comparable tuple, for the data-quality check on copied figures. */
    public boolean sameItemsAs(YearlyIncome other) {
        return other != null && wages == other.wages && production == other.production
                && transfers == other.transfers && property == other.property;
    }
}
