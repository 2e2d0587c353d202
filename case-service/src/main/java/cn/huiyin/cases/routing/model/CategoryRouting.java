package cn.huiyin.cases.routing.model;

import cn.huiyin.events.Category;
import cn.huiyin.events.Department;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Names the departments of a case from its categories: the first category's department leads, the
 * others' departments assist (several categories give several departments). Infrastructure goes to
 * 供电 instead of 交通运输 when the citizen speaks of electricity.
 */
public class CategoryRouting {

    private final Map<Category, Department> departments;
    private final List<String> powerWords;

    /** {@code departments} names the lead department of every category ({@code huiyin.routing.departments}). */
    public CategoryRouting(Map<Category, Department> departments, List<String> powerWords) {
        Map<Category, Department> map = new EnumMap<>(Category.class);
        map.putAll(departments);
        for (Category category : Category.values()) {
            if (!map.containsKey(category)) {
                throw new IllegalStateException("huiyin.routing.departments has no department for " + category);
            }
        }
        this.departments = map;
        this.powerWords = List.copyOf(powerWords);
    }

    public Departments departmentsFor(List<Category> categories, String content) {
        List<Category> ordered = categories.isEmpty() ? List.of(Category.OTHER) : categories;
        Set<Department> named = new LinkedHashSet<>();
        for (Category category : ordered) {
            named.addAll(departmentsOf(category, content));
        }
        List<Department> all = new ArrayList<>(named);
        return new Departments(all.get(0), all.subList(1, all.size()));
    }

    private List<Department> departmentsOf(Category category, String content) {
        Department configured = departments.get(category);
        if (category == Category.INFRASTRUCTURE && mentionsPower(content)) {
            return List.of(Department.POWER_SUPPLY);
        }
        return List.of(configured);
    }

    private boolean mentionsPower(String content) {
        return content != null && powerWords.stream().anyMatch(content::contains);
    }
}
