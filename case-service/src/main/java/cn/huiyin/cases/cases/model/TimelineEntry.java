package cn.huiyin.cases.cases.model;

import java.time.Instant;

/** One line of a case's history: who did what, when, and the state it left the case in. */
public record TimelineEntry(Instant at, String actor, String action, CaseState from, CaseState to, String note) {
}
