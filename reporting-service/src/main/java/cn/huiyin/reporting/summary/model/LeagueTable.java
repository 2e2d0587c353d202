package cn.huiyin.reporting.summary.model;

import static cn.huiyin.reporting.projections.model.Counters.CALLBACK;
import static cn.huiyin.reporting.projections.model.Counters.CASES;
import static cn.huiyin.reporting.projections.model.Counters.RESOLVED_REACHED;
import static cn.huiyin.reporting.projections.model.Counters.RESPONDED;

import cn.huiyin.events.CallbackResult;
import cn.huiyin.regions.Region;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The league table (三率, after Beijing's 接诉即办 ranking): each member's response rate (cases accepted within the
 * limit, of its cases), resolution rate (cases reported resolved, of those whose citizen the callback reached) and
 * satisfaction rate (satisfied, of those reached), their weighted composite, its rank (1 = best; ties share a
 * rank; members without a composite are unranked, 0) and the change of rank since the previous period.
 */
final class LeagueTable {

    private LeagueTable() {
    }

    static List<Summary.LeagueRow> of(List<Region> members, RegionTallies now, RegionTallies before,
            LeagueWeights weights) {
        Map<String, Integer> previousRanks = ranks(rates(members, before, weights));
        List<Rated> current = rates(members, now, weights);
        Map<String, Integer> ranks = ranks(current);
        List<Summary.LeagueRow> rows = new ArrayList<>();
        for (Rated rated : current) {
            int rank = ranks.get(rated.region().code());
            int previous = previousRanks.get(rated.region().code());
            Integer change = rank == 0 || previous == 0 ? null : previous - rank;
            rows.add(new Summary.LeagueRow(rated.region().code(), rated.region().name(), rated.cases(),
                    rated.responded(), rated.responseRate(), rated.reached(), rated.resolved(), rated.resolutionRate(),
                    rated.satisfied(), rated.satisfactionRate(), rated.composite(), rank,
                    previous == 0 ? null : previous, change));
        }
        rows.sort(Comparator.comparingInt((Summary.LeagueRow row) -> row.rank() == 0 ? Integer.MAX_VALUE : row.rank())
                .thenComparing(Summary.LeagueRow::code));
        return rows;
    }

    private static List<Rated> rates(List<Region> members, RegionTallies tallies, LeagueWeights weights) {
        List<Rated> rated = new ArrayList<>();
        for (Region member : members) {
            Tally tally = tallies.of(member.code());
            int cases = tally.count(CASES);
            int satisfied = tally.count(CALLBACK + CallbackResult.SATISFIED.name());
            int reached = satisfied + tally.count(CALLBACK + CallbackResult.UNSATISFIED.name());
            int responded = tally.count(RESPONDED);
            int resolved = tally.count(RESOLVED_REACHED);
            Double response = rate(responded, cases);
            Double resolution = rate(resolved, reached);
            Double satisfaction = rate(satisfied, reached);
            rated.add(new Rated(member, cases, responded, response, reached, resolved, resolution, satisfied,
                    satisfaction, weights.composite(response, resolution, satisfaction)));
        }
        return rated;
    }

    /** 1 + the members with a higher composite; 0 for a member without one. */
    private static Map<String, Integer> ranks(List<Rated> rated) {
        Map<String, Integer> ranks = new HashMap<>();
        for (Rated member : rated) {
            Double mine = member.composite();
            ranks.put(member.region().code(), mine == null ? 0 : 1 + (int) rated.stream()
                    .filter(other -> other.composite() != null && other.composite() > mine).count());
        }
        return ranks;
    }

    private static Double rate(int part, int whole) {
        return whole == 0 ? null : (double) part / whole;
    }

    private record Rated(Region region, int cases, int responded, Double responseRate, int reached, int resolved,
            Double resolutionRate, int satisfied, Double satisfactionRate, Double composite) {
    }
}
