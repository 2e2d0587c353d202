package cn.huiyin.reporting.analysis;

import cn.huiyin.events.CallbackResult;
import cn.huiyin.events.Category;
import cn.huiyin.events.HotlineTime;
import cn.huiyin.events.HotspotDetected;
import cn.huiyin.events.Substantiation;
import cn.huiyin.regions.Region;
import cn.huiyin.regions.RegionRegistry;
import cn.huiyin.reporting.hotspots.application.Hotspots;
import cn.huiyin.reporting.ledger.application.TypicalCases;
import cn.huiyin.reporting.ledger.model.LedgerRow;
import cn.huiyin.reporting.summary.application.Summaries;
import cn.huiyin.reporting.summary.model.Labels;
import cn.huiyin.reporting.summary.model.Summary;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Everything an analysis report of a region and period shows: the summary's figures, and beside them the masthead,
 * the leaders' instructions, typical cases and hotspots. The region is checked against the token once, by the
 * summary, before anything else is read.
 */
public class AnalysisInputs implements ReportContents {

    /** The report's figures and what it shows beside them. */
    public record Content(Summary summary, ReportExtras extras) {
    }

    /** The instructions (领导批示) recorded in a region and period, as the report tells them. */
    public interface InstructionSource {

        InstructionSource NONE = (region, from, to) -> Flux.empty();

        Flux<ReportExtras.Instruction> recordedWithin(String regionCode, LocalDate from, LocalDate to);
    }

    private final Summaries summaries;
    private final RegionRegistry regions;
    private final TypicalCases typicalCases;
    private final Hotspots hotspots;
    private final InstructionSource instructions;
    private final ReportHeaders headers;
    private final Labels labels;
    private final Clock clock;

    public AnalysisInputs(Summaries summaries, TypicalCases typicalCases, Hotspots hotspots,
            InstructionSource instructions, ReportHeaders headers, RegionRegistry regions, Clock clock) {
        this.summaries = summaries;
        this.regions = regions;
        this.typicalCases = typicalCases;
        this.hotspots = hotspots;
        this.instructions = instructions;
        this.headers = headers;
        this.labels = new Labels(regions);
        this.clock = clock;
    }

    @Override
    public Mono<Content> gather(String regionCode, LocalDate from, LocalDate to) {
        // the summary checked the region against the token; what it names is the region of the rest
        return summaries.summarize(regionCode, from, to).flatMap(summary -> {
            Region region = regions.resolve(summary.region().code());
            return Mono.zip(typical(region, from, to), hotspots(region, from, to),
                            instructions.recordedWithin(region.code(), from, to).collectList())
                    .map(found -> new Content(summary, new ReportExtras(
                            headers.of(region.code(), region.name(), LocalDate.now(clock.withZone(HotlineTime.ZONE)),
                                    null),
                            found.getT3(), found.getT1(), found.getT2())));
        });
    }

    private Mono<List<ReportExtras.TypicalCase>> typical(Region region, LocalDate from, LocalDate to) {
        return typicalCases.of(region, from, to).map(chosen -> chosen.stream().map(this::typical).toList());
    }

    private ReportExtras.TypicalCase typical(TypicalCases.Chosen chosen) {
        LedgerRow row = chosen.row();
        String place = row.townshipCode() != null ? labels.township(row.townshipCode()) : row.countyName();
        List<String> categories = row.categories().stream()
                .map(code -> Category.valueOf(code).label()).toList();
        return new ReportExtras.TypicalCase(chosen.rule().label(), row.trackingNumber(),
                row.received() != null ? row.received() : row.transferred(), place, categories, chosen.excerpt(),
                handling(row));
    }

    /** "县级核查：属实；上报满意；回访：不满意，已重新办理1次。" */
    private static String handling(LedgerRow row) {
        StringBuilder text = new StringBuilder();
        if (row.substantiated() != null) {
            text.append("县级核查：").append(Substantiation.valueOf(row.substantiated()).label());
            if (row.late()) {
                text.append("（迟报）");
            }
            text.append("；");
        } else if (row.missing()) {
            text.append("超过期限仍未上报核查结果（漏报）；");
        } else {
            text.append("尚在核查中；");
        }
        if (row.callbackSatisfaction() != null && !LedgerRow.RETRY_PENDING.equals(row.callbackSatisfaction())) {
            text.append("回访：").append(CallbackResult.valueOf(row.callbackSatisfaction()).label());
        }
        if (row.reopenCount() > 0) {
            text.append("，已重新办理").append(row.reopenCount()).append("次");
        }
        String handled = text.toString();
        return (handled.endsWith("；") ? handled.substring(0, handled.length() - 1) : handled) + "。";
    }

    private Mono<List<ReportExtras.Hotspot>> hotspots(Region region, LocalDate from, LocalDate to) {
        return hotspots.overlapping(List.of(region.code()), from.atStartOfDay(HotlineTime.ZONE).toInstant(),
                        to.plusDays(1).atStartOfDay(HotlineTime.ZONE).toInstant())
                .map(this::hotspot).collectList();
    }

    private ReportExtras.Hotspot hotspot(HotspotDetected found) {
        String place = found.regionCode().length() == 9 ? labels.township(found.regionCode())
                : labels.township(found.regionCode().substring(0, 9)) + labels.region(found.regionCode());
        return new ReportExtras.Hotspot(place, found.category(), found.windowStart(), found.windowEnd(),
                found.observed(), found.baseline(), found.distinctCallers());
    }
}
