package cn.huiyin.simulator.replay;

import cn.huiyin.simulator.http.Api;
import cn.huiyin.simulator.http.ClientTokens;
import cn.huiyin.simulator.http.IfAnswerLost;

import java.io.PrintStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * After the half-year: the city office issues 毕节市's monthly bulletins (快报) for January to June 2020 on demand, and
 * leaders write two instructions (领导批示) on its 3rd and 5th issues, as the seed report's second section tells;
 * then it prints where to read them, the county league table (三率) and the hotspots (热点预警) of the half-year.
 */
public final class LeadersDesk {

    static final String CITY = "5205";
    static final String PERIOD = "region=" + CITY + "&from=2020-01-01&to=2020-06-30";

    private final Api api;
    private final String reporting;
    private final ClientTokens tokens;
    private final PrintStream out;

    public LeadersDesk(Api api, String reporting, ClientTokens tokens, PrintStream out) {
        this.api = api;
        this.reporting = reporting;
        this.tokens = tokens;
        this.out = out;
    }

    /** True when every bulletin was issued and both instructions recorded. */
    public boolean run() {
        List<String> problems = new ArrayList<>();
        Map<Integer, String> issues = new LinkedHashMap<>();
        for (int month = 1; month <= 6; month++) {
            Api.Answer issued = api.post(uri("/api/v1/bulletins"), tokens.city(CITY),
                    Map.of("region", CITY, "year", 2020, "month", month), IfAnswerLost.resend());
            if (issued.ok()) {
                issues.put(month, issued.body().path("id").asString("") + " "
                        + issued.body().path("issueLabel").asString(""));
            } else {
                problems.add("bulletin 2020-" + month + ": " + issued.status() + " " + issued.problem());
            }
        }
        List<String> recorded = new ArrayList<>();
        record(recorded, problems, instruction("5205-2020-03", "周建琨", "省政协副主席、市委书记", "2020-04-04",
                "我市诉求量很大，各县（区）都要严格按照市委要求，加大遍访力度，领导干部要做好入户抽查工作，推动遍访真正落地。",
                List.of("520526", "520502", "520523", "520581")));
        record(recorded, problems, instruction("5205-2020-05", "张集智", "市委副书记、市长", "2020-06-05",
                "请七星关、织金、纳雍、赫章县（区）政府主要领导督促抓好整改！",
                List.of("520502", "520524", "520525", "520527")));
        out.println();
        out.println("Bulletins and instructions (快报、领导批示):");
        issues.forEach((month, issue) -> out.println("  issued              " + issue));
        out.println("  bulletins           " + reporting + "/api/v1/bulletins?region=" + CITY + "&year=2020");
        out.println("  第5期 (HTML/PDF/xlsx) " + reporting + "/api/v1/bulletins/5205-2020-05.html  .pdf  .xlsx");
        recorded.forEach(id -> out.println("  instruction         " + reporting + "/api/v1/instructions/" + id));
        out.println("  instructions        " + reporting + "/api/v1/instructions?region=" + CITY
                + "  (二、领导批示情况 in the analysis report)");
        league();
        hotspots();
        problems.forEach(problem -> out.println("  PROBLEM             " + problem));
        return problems.isEmpty();
    }

    private void record(List<String> recorded, List<String> problems, Map<String, Object> instruction) {
        Api.Answer answer = api.post(uri("/api/v1/instructions"), tokens.leader(CITY), instruction,
                IfAnswerLost.giveUp("an instruction"));
        if (answer.ok()) {
            recorded.add(answer.body().path("id").asString(""));
        } else {
            problems.add("instruction on " + instruction.get("bulletinId") + ": " + answer.status() + " "
                    + answer.problem());
        }
    }

    private static Map<String, Object> instruction(String bulletin, String leader, String title, String issuedAt,
            String text, List<String> addressees) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("bulletinId", bulletin);
        body.put("leader", leader);
        body.put("leaderTitle", title);
        body.put("issuedAt", issuedAt);
        body.put("text", text);
        body.put("addressees", addressees);
        return body;
    }

    /** The counties of 毕节市 by their composite of the three rates (三率), best first. */
    private void league() {
        Api.Answer summary = api.get(uri("/api/v1/reports/summary?" + PERIOD), tokens.analyst());
        out.println();
        out.println("League table (三率, " + PERIOD + "): rank, county, response, resolution, satisfaction, composite");
        if (!summary.ok()) {
            out.println("  (summary: " + summary.status() + ")");
            return;
        }
        for (JsonNode row : summary.body().path("leagueTable")) {
            out.println(String.format("  %2s  %-10s %7s %7s %7s %7s", row.path("rank").asInt() == 0 ? "—"
                            : String.valueOf(row.path("rank").asInt()), row.path("name").asString(""),
                    percent(row.path("responseRate")), percent(row.path("resolutionRate")),
                    percent(row.path("satisfactionRate")), percent(row.path("composite"))));
        }
    }

    private void hotspots() {
        Api.Answer found = api.get(uri("/api/v1/hotspots?" + PERIOD), tokens.analyst());
        out.println();
        out.println("Hotspots (热点预警): " + reporting + "/api/v1/hotspots?" + PERIOD);
        if (!found.ok()) {
            out.println("  (hotspots: " + found.status() + ")");
            return;
        }
        JsonNode list = found.body().path("hotspots");
        if (list.isEmpty()) {
            out.println("  none");
        }
        for (JsonNode hotspot : list) {
            out.println("  " + hotspot.path("regionCode").asString("") + " "
                    + hotspot.path("categoryLabel").asString("") + " "
                    + hotspot.path("windowStart").asString("") + ": " + hotspot.path("observed").asInt() + " calls, "
                    + hotspot.path("distinctCallers").asInt() + " callers, baseline "
                    + String.format("%.1f", hotspot.path("baseline").asDouble()));
        }
    }

    private static String percent(JsonNode rate) {
        return rate.isNumber() ? String.format("%.1f%%", rate.asDouble() * 100) : "—";
    }

    private URI uri(String path) {
        return URI.create(reporting + path);
    }
}
