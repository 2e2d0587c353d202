package cn.huiyin.reporting.ledger.application;

import cn.huiyin.events.CallbackResult;
import cn.huiyin.regions.Region;
import cn.huiyin.regions.RegionRegistry;
import cn.huiyin.reporting.ledger.model.LedgerRow;
import cn.huiyin.reporting.ledger.model.LedgerRows;
import cn.huiyin.reporting.projections.model.CallFact;
import cn.huiyin.reporting.summary.application.ReportBuckets;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import reactor.core.publisher.Mono;

/**
 * Typical cases (典型案例) of a region and period, chosen by rule: the first cases (by day of transfer and tracking
 * number) whose citizen was unsatisfied after the callback, that were reopened, or whose report came late or not at
 * all; a case is chosen once, under the first rule it meets that still has room. The facts are read a month at a time and only the
 * chosen are kept. The caller checks the region against the token, as for the report it belongs to.
 */
public class TypicalCases {

    /** The rules, in the order a case is tried against them. */
    public enum Rule {
        UNSATISFIED("回访不满意", fact -> fact.callback() != null
                && fact.callback().result() == CallbackResult.UNSATISFIED),
        REOPENED("重新办理", CallFact::reopened),
        OVERDUE("超期未报或迟报", fact -> fact.missing() || fact.lateEver());

        private final String label;
        private final Predicate<CallFact> test;

        Rule(String label, Predicate<CallFact> test) {
            this.label = label;
            this.test = test;
        }

        public String label() {
            return label;
        }
    }

    /** A chosen case: the rule, its ledger row and the masked start of what the caller said. */
    public record Chosen(Rule rule, LedgerRow row, String excerpt) {
    }

    private final MonthlyFacts facts;
    private final LedgerRows rows;
    private final int perRule;

    public TypicalCases(CaseFacts facts, ReportBuckets buckets, RegionRegistry regions, int perRule) {
        this.facts = new MonthlyFacts(facts, buckets, regions);
        this.rows = new LedgerRows(regions);
        this.perRule = perRule;
    }

    public Mono<List<Chosen>> of(Region region, LocalDate from, LocalDate to) {
        Map<Rule, List<Chosen>> chosen = new EnumMap<>(Rule.class);
        Set<String> taken = new HashSet<>();
        return facts.of(region, from, to).doOnNext(fact -> choose(fact, chosen, taken)).then(Mono.fromSupplier(() -> {
            List<Chosen> all = new ArrayList<>();
            for (Rule rule : Rule.values()) {
                all.addAll(chosen.getOrDefault(rule, List.of()));
            }
            return all;
        }));
    }

    private void choose(CallFact fact, Map<Rule, List<Chosen>> chosen, Set<String> taken) {
        for (Rule rule : Rule.values()) {
            List<Chosen> under = chosen.computeIfAbsent(rule, r -> new ArrayList<>());
            if (rule.test.test(fact) && under.size() < perRule) {
                if (taken.add(fact.callId())) {
                    under.add(new Chosen(rule, rows.of(fact), fact.call() == null ? null : fact.call().excerpt()));
                }
                return;
            }
        }
    }
}
