package cn.huiyin.reporting.analysis;

import cn.huiyin.reporting.summary.model.Summary;

/** How much the region called, how that grew, and where it stands among its parent's children. */
final class VolumeText {

    private VolumeText() {
    }

    static String of(Summary summary) {
        StringBuilder text = new StringBuilder(Phrases.period(summary.from(), summary.to()))
                .append('，').append(summary.region().name()).append("共来电").append(summary.calls().total())
                .append("件，转办").append(summary.total()).append("件");
        if (summary.averageMonthlyGrowth() != null && Double.isFinite(summary.averageMonthlyGrowth())) {
            double growth = summary.averageMonthlyGrowth();
            text.append("，来电量月均").append(growth < 0 ? "下降" : "增长").append(Percent.of(Math.abs(growth)));
        }
        AdministrativeLevel own = AdministrativeLevel.of(summary.region().level());
        if (own != AdministrativeLevel.COUNTRY && summary.shareOfParent() != null) {
            AdministrativeLevel level = own.parent();
            text.append("；占").append(level.whole()).append("来电").append(parentCalls(summary))
                    .append("的").append(Percent.of(summary.shareOfParent().calls()))
                    .append("，转办件占").append(level.whole()).append("的")
                    .append(Percent.of(summary.shareOfParent().cases()));
            rank(summary.rankAmongSiblings(), own, text);
        }
        return text.append("。").toString();
    }

    private static void rank(Summary.Rank rank, AdministrativeLevel own, StringBuilder text) {
        if (rank == null || rank.siblings() == 0 || rank.calls() == 0) {
            return;
        }
        text.append("，来电量在").append(own.parent().whole()).append(rank.siblings()).append("个")
                .append(own.group()).append("中排第").append(rank.calls()).append("位");
        if (rank.months() > 0) {
            text.append("，").append(rank.months()).append("个月中有").append(rank.monthsFirst()).append("个月排名第一");
        }
    }

    /**
     * The parent's calls, recovered from the full-precision share ("781件占全省来电2564件的30.5%"): the
     * share is calls over parent calls, so dividing back and rounding gives the whole number exactly.
     */
    private static String parentCalls(Summary summary) {
        double share = summary.shareOfParent().calls();
        return share > 0 && Double.isFinite(share) ? Math.round(summary.calls().total() / share) + "件" : "";
    }
}
