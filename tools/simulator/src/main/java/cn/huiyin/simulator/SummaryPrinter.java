package cn.huiyin.simulator;

import cn.huiyin.simulator.replay.Figures;
import cn.huiyin.simulator.replay.Ledger;
import cn.huiyin.simulator.replay.Replay;

import java.io.PrintStream;

/** The short summary at the end of a replay: what was sent, what the reports say, and where to look. */
final class SummaryPrinter {

    static final String PERIOD = "region=5205&from=2020-01-01&to=2020-06-30";
    static final String ANALYSIS = "/reports/analysis?" + PERIOD;

    private final Options options;
    private final PrintStream out;

    SummaryPrinter(Options options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    void print(Replay.Result r) {
        Ledger l = r.ledger();
        Figures p = l.province;
        out.println();
        out.printf("Replayed January to June 2020 in %.0f s (seed %d, run %s):%n", r.seconds(), options.seed(),
                options.runId());
        out.printf("  calls accepted      %6d  (%d answered on the phone, %d transferred; %d refused, %d already known)%n",
                l.callsAccepted.get(), l.answered.get(), l.cases.get(), l.callsRejected.get(), l.callsKnown.get());
        out.printf("  cases created       %6d  (毕节市 %d)%n", p.get("cases"), l.bijie.get("cases"));
        out.printf("  verified            %6d  (%d late reports 迟报, %d never reported 漏报)%n", p.get("verified"),
                p.get("late"), p.get("missing"));
        out.printf("  closed              %6d  (callbacks: %d satisfied, %d unsatisfied, %d unreachable after the last try,"
                + " %d to try again)%n", p.get("closed"), p.get("callback.SATISFIED"), p.get("callback.UNSATISFIED"),
                p.get("callback.UNREACHABLE"), p.get("callbackRetryPending"));
        out.printf("  reopened            %6d  (unsatisfied at the callback, followed up by the county; %d returned by"
                + " the city's review)%n", p.get("reopened"), p.get("returnedByCity"));
        out.printf("  households          %6d  registered, %d warnings and self-reports, %d identified, %d cleared"
                + " (%d refused by the clearing rules)%n", r.scenario().households().size(), r.signals(),
                r.identified(), r.cleared(), r.blocked());
        if (l.redated.get() > 0) {
            out.printf("  re-dated actions    %6d  (the case was marked overdue in real time first; sent undated)%n",
                    l.redated.get());
        }
        if (!r.eventsByTopic().isEmpty()) {
            out.print("  events by topic    ");
            r.eventsByTopic().forEach((topic, n) -> out.printf(" %s %d", topic, n));
            out.println();
        }
        if (!options.verify()) {
            out.println("  reports             not compared (--no-verify)");
        } else if (r.differences().isEmpty()) {
            out.println("  reports             match what was sent: 毕节市 and 贵州省 for 2020H1, households of today");
        } else {
            out.println("  reports             DO NOT MATCH what was sent:");
            r.differences().forEach((name, what) -> out.println("    " + name + ": " + what));
        }
        if (l.failures.get() > 0 || l.callsRejected.get() > 0) {
            out.printf("  FAILURES            %d actions failed, %d calls refused (see above)%n", l.failures.get(),
                    l.callsRejected.get());
        }
        out.println();
        out.println("Look at it (reports:read token):");
        out.println("  analysis report     " + options.reporting() + ANALYSIS);
        out.println("  Excel ledger        " + options.reporting() + "/api/v1/reports/export?" + PERIOD);
        out.println("  summary (JSON)      " + options.reporting() + "/api/v1/reports/summary?" + PERIOD);
        out.println("  OpenAPI pages       " + options.intake() + "/swagger-ui.html  " + options.cases()
                + "/swagger-ui.html  " + options.monitoring() + "/swagger-ui.html  " + options.reporting()
                + "/swagger-ui.html");
        out.println("  AsyncAPI            " + options.intake() + "/asyncapi.yaml");
        Options.Management management = options.management();
        out.println("  Prometheus          " + management.intake() + "/actuator/prometheus  " + management.cases()
                + "/actuator/prometheus  " + management.monitoring() + "/actuator/prometheus  "
                + management.reporting() + "/actuator/prometheus");
    }
}
