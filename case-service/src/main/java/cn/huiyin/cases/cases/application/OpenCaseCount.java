package cn.huiyin.cases.cases.application;

/** The open cases of one state and county, and how many of them are overdue and due soon. */
public record OpenCaseCount(String state, String county, long open, long overdue, long dueSoon) {
}
