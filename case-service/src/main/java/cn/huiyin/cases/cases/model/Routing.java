package cn.huiyin.cases.cases.model;

import cn.huiyin.events.Department;

import java.util.List;
import java.util.Objects;

/** Who handles a case: the responsible county-level unit, the lead department and the co-departments. */
public record Routing(String countyCode, Department leadDepartment, List<Department> coDepartments) {

    public Routing {
        Objects.requireNonNull(countyCode, "countyCode");
        Objects.requireNonNull(leadDepartment, "leadDepartment");
        coDepartments = coDepartments.stream().filter(d -> d != leadDepartment).distinct().toList();
    }
}
