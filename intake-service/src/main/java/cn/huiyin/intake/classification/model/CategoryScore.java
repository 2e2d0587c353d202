package cn.huiyin.intake.classification.model;

import cn.huiyin.events.Category;
import cn.huiyin.events.Department;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * How one category scored on a text: the keywords that counted, the negative phrases found and the departments
 * hinted, so that an officer can see why a call was (or was not) put in the category.
 */
public record CategoryScore(Category category, double score, List<String> keywords, List<String> negatives,
        Set<Department> departmentHints) {

    public CategoryScore {
        keywords = List.copyOf(keywords);
        negatives = List.copyOf(negatives);
        Set<Department> hints = EnumSet.noneOf(Department.class);
        hints.addAll(departmentHints);
        departmentHints = Collections.unmodifiableSet(hints);
    }
}
