package cn.huiyin.cases.routing.model;

import cn.huiyin.events.Department;

import java.util.List;

/** The departments a case's categories name: one leads, the others assist (co-departments). */
public record Departments(Department lead, List<Department> co) {

    public Departments {
        co = List.copyOf(co);
    }
}
