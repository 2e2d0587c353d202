package cn.huiyin.intake.calls.application;

import java.util.List;

/** One page of a call search, and how many calls the search finds in all. */
public record CallPage(List<CallView> items, int page, int size, long total) {
}
