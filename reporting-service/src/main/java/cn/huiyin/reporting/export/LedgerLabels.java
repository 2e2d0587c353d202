package cn.huiyin.reporting.export;

import cn.huiyin.events.CallbackResult;
import cn.huiyin.events.Category;
import cn.huiyin.events.Department;
import cn.huiyin.events.Labelled;
import cn.huiyin.events.Nature;
import cn.huiyin.events.ReportedSatisfaction;
import cn.huiyin.events.Substantiation;
import cn.huiyin.reporting.ledger.model.LedgerRow;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The Chinese words of the ledger for the codes of a {@link LedgerRow}. Each vocabulary has its own
 * table because codes repeat across them with different words (category EDUCATION is 教育扶贫,
 * department EDUCATION is 教育). A code no table knows is printed as it is: a vocabulary that grew
 * in a newer event version must not break a download.
 */
final class LedgerLabels {

    static final String SEPARATOR = "、";

    private static final Map<String, String> STATES = Map.of(
            "TRANSFERRED", "已转办",
            "VERIFIED", "已核查",
            "CLOSED", "已办结",
            "REOPENED", "重新办理");
    private static final Map<String, String> CATEGORIES = table(Category.values());
    private static final Map<String, String> DEPARTMENTS = table(Department.values());
    private static final Map<String, String> NATURES = table(Nature.values());
    private static final Map<String, String> SUBSTANTIATION = table(Substantiation.values());
    private static final Map<String, String> REPORTED = table(ReportedSatisfaction.values());
    private static final Map<String, String> CALLBACK = withRetryPending(table(CallbackResult.values()));

    private LedgerLabels() {
    }

    static String state(String code) {
        return word(STATES, code);
    }

    static String categories(List<String> codes) {
        return words(CATEGORIES, codes);
    }

    static String departments(List<String> codes) {
        return words(DEPARTMENTS, codes);
    }

    static String natures(List<String> codes) {
        return words(NATURES, codes);
    }

    static String substantiation(String code) {
        return word(SUBSTANTIATION, code);
    }

    static String reportedSatisfaction(String code) {
        return word(REPORTED, code);
    }

    static String callbackSatisfaction(String code) {
        return word(CALLBACK, code);
    }

    static String yesNo(boolean value) {
        return value ? "是" : "否";
    }

    private static String word(Map<String, String> table, String code) {
        return code == null ? null : table.getOrDefault(code, code);
    }

    private static String words(Map<String, String> table, List<String> codes) {
        return codes == null || codes.isEmpty() ? null
                : codes.stream().map(code -> word(table, code)).collect(Collectors.joining(SEPARATOR));
    }

    private static Map<String, String> withRetryPending(Map<String, String> callbackResults) {
        Map<String, String> words = new HashMap<>(callbackResults);
        words.put(LedgerRow.RETRY_PENDING, "待再次回访");
        return Map.copyOf(words);
    }

    private static Map<String, String> table(Labelled[] values) {
        return Arrays.stream(values).collect(Collectors.toUnmodifiableMap(Labelled::name, Labelled::label));
    }
}
