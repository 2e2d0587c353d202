package cn.huiyin.cases.cases.application;

import java.util.List;

/** One page of a case list (without timelines), and how many cases the whole list holds. */
public record CasePage(List<CaseViews.CaseView> items, int page, int size, long total) {
}
