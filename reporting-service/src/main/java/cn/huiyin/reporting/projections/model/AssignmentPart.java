package cn.huiyin.reporting.projections.model;

import cn.huiyin.events.CaseAssigned;
import cn.huiyin.events.CaseVerified;
import cn.huiyin.events.Department;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** A county's assignment: case-assigned announces it, and every verification repeats the one it answered. */
public record AssignmentPart(Instant assignedAt, String countyCode, Department leadDepartment,
        List<Department> coDepartments, Instant deadline) {

    static final CallFact.Latest<AssignmentPart> LATEST = new CallFact.Latest<>(
            Comparator.comparing(AssignmentPart::assignedAt).thenComparing(AssignmentPart::countyCode)
                    .thenComparing(AssignmentPart::deadline)
                    .thenComparing(part -> part.leadDepartment().name()));

    static AssignmentPart of(CaseAssigned event) {
        return new AssignmentPart(event.assignedAt(), event.countyCode(), event.leadDepartment(),
                event.coDepartments(), event.deadline());
    }

    static AssignmentPart of(CaseVerified event) {
        return new AssignmentPart(event.assignedAt(), event.countyCode(), event.leadDepartment(),
                event.coDepartments(), event.deadline());
    }

    /** The lead department first, then the co-departments: each is a department mention in the report. */
    public List<Department> departments() {
        return Stream.concat(Stream.of(leadDepartment), coDepartments.stream()).toList();
    }
}
