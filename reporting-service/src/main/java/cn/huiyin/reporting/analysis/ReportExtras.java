package cn.huiyin.reporting.analysis;

import cn.huiyin.events.Category;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What the analysis report shows beside the summary's figures: its header, the leaders' instructions of the period,
 * typical cases and hotspot warnings. Each list may be empty; the report then says there was none.
 */
public record ReportExtras(Header header, List<Instruction> instructions, List<TypicalCase> typicalCases,
        List<Hotspot> hotspots) {

    public ReportExtras {
        instructions = List.copyOf(instructions);
        typicalCases = List.copyOf(typicalCases);
        hotspots = List.copyOf(hotspots);
    }

    /** No header beyond the title, nothing else: the report of the figures alone. */
    public static ReportExtras none() {
        return new ReportExtras(null, List.of(), List.of(), List.of());
    }

    public ReportExtras withHeader(Header newHeader) {
        return new ReportExtras(newHeader, instructions, typicalCases, hotspots);
    }

    public ReportExtras withInstructions(List<Instruction> newInstructions) {
        return new ReportExtras(header, newInstructions, typicalCases, hotspots);
    }

    /**
     * The head of the page as a government report has it: the issuing office, the date, the issue (第N期, null
     * outside a bulletin), to whom it is submitted (呈报) and sent (报送).
     */
    public record Header(String title, String office, LocalDate date, String issue, List<String> submitTo,
            List<String> copyTo) {

        public Header {
            submitTo = submitTo == null ? List.of() : List.copyOf(submitTo);
            copyTo = copyTo == null ? List.of() : List.copyOf(copyTo);
        }
    }

    /**
     * A leader's instruction (领导批示): who (and their office), when, on what (a bulletin's title and issue, or a
     * case's tracking number), the text, and how its follow-up stands.
     */
    public record Instruction(String leader, String office, LocalDate issuedAt, String onWhat, String text,
            FollowUp followUp, int answered, int addressees) {
    }

    /** How an instruction's follow-up stands. */
    public enum FollowUp {
        DONE("已办结"), OPEN("办理中"), OVERDUE("已超期");

        private final String label;

        FollowUp(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * A case chosen by a rule (unsatisfied after the callback, reopened, overdue) with its place, categories and
     * the masked start of what the caller said.
     */
    public record TypicalCase(String rule, String trackingNumber, LocalDate received, String place,
            List<String> categories, String excerpt, String handling) {
    }

    /** A hotspot warning (热点预警) of the period. */
    public record Hotspot(String place, Category category, Instant windowStart, Instant windowEnd, int observed,
            double baseline, int distinctCallers) {
    }
}
