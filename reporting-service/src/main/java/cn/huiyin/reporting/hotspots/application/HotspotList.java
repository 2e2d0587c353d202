package cn.huiyin.reporting.hotspots.application;

import java.time.LocalDate;
import java.util.List;

/** The answer of {@code GET /api/v1/hotspots}: the region and period asked for, and their hotspots, newest first. */
public record HotspotList(String region, String regionName, LocalDate from, LocalDate to, List<HotspotView> hotspots) {
}
