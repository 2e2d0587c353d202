package cn.huiyin.testkit.archfixture.model;

import java.util.Objects;

/** A domain class that keeps the rule. */
public record CleanCase(String id) {

    public CleanCase {
        Objects.requireNonNull(id, "id");
    }
}
