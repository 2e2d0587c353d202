package cn.huiyin.reporting.bulletins.web;

/** {@code POST /api/v1/bulletins}: the region (a province or city) and the month to issue or reissue. */
public record BulletinRequest(String region, Integer year, Integer month) {
}
