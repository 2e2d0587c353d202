package cn.huiyin.monitoring.households.model;

import java.time.LocalDate;

/** A household member with the facts the risk rules need. */
public record Member(int age, boolean ableToWork, boolean inSchool, LocalDate schoolEnd, boolean disability,
        Illness illness) {

    public enum Illness { NONE, CHRONIC, SERIOUS }

    public Member {
        if (age < 0 || age > 130) {
            throw new IllegalArgumentException("age must be 0..130");
        }
        illness = illness == null ? Illness.NONE : illness;
    }

    /** Still in school on a day: enrolled and the expected end not yet passed. */
    public boolean inSchoolOn(LocalDate day) {
        return inSchool && (schoolEnd == null || schoolEnd.isAfter(day));
    }
}
