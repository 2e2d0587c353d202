package cn.huiyin.cases.cases.model;

import java.util.List;

/** The case after an action, and the events the action caused (possibly none). */
public record Transition(Case next, List<Record> events) {

    public Transition {
        events = List.copyOf(events);
    }
}
