package cn.huiyin.simulator.replay;

import cn.huiyin.regions.RegionRegistry;
import cn.huiyin.simulator.Options;
import cn.huiyin.simulator.http.Api;
import cn.huiyin.simulator.http.Backoff;
import cn.huiyin.simulator.http.ClientTokens;
import cn.huiyin.simulator.scenario.CallPlan;
import cn.huiyin.simulator.scenario.Scenario;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The replay: the hotline posts the half-year's calls in order while the counties and the callback desk
 * work each transferred case as soon as it is opened; then the departments and the monitoring office work
 * the households; then the reports are awaited until they say what was sent.
 */
public final class Replay {

    /** What happened: the ledger, differences left between reports and ledger, events by topic, seconds taken. */
    public record Result(Scenario scenario, Ledger ledger, Map<String, String> differences,
            Map<String, Long> eventsByTopic, long identified, long cleared, long blocked, long signals,
            double seconds) {

        public boolean matched() {
            return differences.isEmpty() && ledger.failures.get() == 0 && ledger.callsRejected.get() == 0;
        }
    }

    private final Options options;
    private final PrintStream out;

    public Replay(Options options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    public Result run() throws Exception {
        RegionRegistry regions = RegionRegistry.loadDefault();
        Scenario scenario = Scenario.generate(regions, options.seed(), options.scale(), options.others(),
                options.runId());
        ClientTokens tokens = options.keys() != null ? ClientTokens.minted(options.keys())
                : ClientTokens.shared(options.token());
        Api api = new Api(Backoff.patience(options.retryFor()));
        Ledger ledger = new Ledger(regions);
        ReportCheck check = new ReportCheck(api, options.reporting(),
                List.of(options.management().intake(), options.management().cases(),
                        options.management().monitoring()), tokens.analyst());
        long transfers = scenario.calls().stream().filter(CallPlan::transferable).count();
        try (Progress progress = new Progress(out)) {
            progress.line(String.format("replaying %d calls (%d appeals and complaints) and %d households, seed %d,"
                    + " run %s", scenario.calls().size(), transfers, scenario.households().size(), options.seed(),
                    options.runId()));
            ReportCheck.Baseline base = options.verify() ? check.baseline() : null;
            Hotline hotline = new Hotline(api, options.intake(), tokens.hotline(), ledger, options.rate());
            CaseWork cases = new CaseWork(api, options.cases(), tokens, ledger, regions);
            HouseholdWork households = new HouseholdWork(api, options.monitoring(), tokens, ledger);
            AtomicLong callTotal = new AtomicLong(scenario.calls().size());
            progress.stage("hotline", "calls", hotline.done, callTotal, () -> String.format("(%.0f/s, %d transferred%s)",
                    hotline.done.get() / Math.max(0.1, progress.seconds()), ledger.cases.get(), waiting(api)));
            progress.stage("counties+desk", "cases", cases.done, ledger.cases, () -> String.format(
                    "(%.1f/s, %d reports, %d city reviews, %d callbacks)", cases.done.get() / Math.max(0.1,
                            progress.seconds()), ledger.verifications.get(), ledger.reviews.get(),
                    ledger.callbacks.get()));
            progress.stage("households", "households", households.done,
                    new AtomicLong(scenario.households().size()), () -> String.format(
                            "(%.1f/s, %d identified, %d cleared)", households.done.get() / Math.max(0.1,
                                    progress.seconds()), households.identified.get(), households.cleared.get()));
            // the households are monitoring's alone: worked beside the calls rather than after them
            ExecutorService office = Executors.newSingleThreadExecutor();
            Future<?> householdsWorked = office.submit(() -> {
                try {
                    households.run(scenario.households(), scenario.unmatchedWarningIds());
                    progress.line(String.format("households     %d worked in %.0f s", households.done.get(),
                            progress.seconds()));
                } catch (RuntimeException e) {
                    ledger.failures.incrementAndGet();
                    progress.line("households     stopped: " + e.getMessage());
                }
            });
            ExecutorService callers = Executors.newFixedThreadPool(options.concurrency());
            ExecutorService workers = Executors.newFixedThreadPool(options.concurrency());
            List<Future<?>> work = new ArrayList<>();
            List<Future<?>> posted = new ArrayList<>();
            for (CallPlan call : scenario.calls()) {
                posted.add(callers.submit(() -> {
                    String tracking = hotline.post(call);
                    if (tracking != null) {
                        synchronized (work) {
                            work.add(workers.submit(() -> cases.run(call, tracking)));
                        }
                    }
                }));
            }
            for (Future<?> f : posted) {
                f.get();
            }
            callers.shutdown();
            progress.line(String.format("hotline        %d calls accepted in %.0f s (%.1f/s)",
                    ledger.callsAccepted.get(), progress.seconds(), ledger.callsAccepted.get() / progress.seconds()));
            householdsWorked.get();
            office.shutdown();
            synchronized (work) {
                for (Future<?> f : work) {
                    f.get();
                }
            }
            workers.shutdown();
            workers.awaitTermination(1, TimeUnit.MINUTES);
            progress.line(String.format("counties+desk  %d cases worked in %.0f s (%d reports, %d callbacks, %d re-dated,"
                    + " %d requests retried)", cases.done.get(), progress.seconds(), ledger.verifications.get(),
                    ledger.callbacks.get(), ledger.redated.get(), api.retries()));
            Map<String, String> differences = Map.of();
            Map<String, Long> events = new TreeMap<>();
            if (base != null) {
                progress.line("reporting      waiting until the reports have taken in everything sent ...");
                long waiting = System.nanoTime();
                differences = check.await(base, ledger, options.timeout(), progress);
                progress.line(String.format("reporting      %s %.1f s after the last act was answered",
                        differences.isEmpty() ? "matched" : "still short", (System.nanoTime() - waiting) / 1e9));
                check.published().forEach((topic, n) -> events.put(topic, n - base.published().getOrDefault(topic, 0L)));
            }
            return new Result(scenario, ledger, differences, events, households.identified.get(),
                    households.cleared.get(), households.blocked.get(), households.signals.get(), progress.seconds());
        }
    }

    /** Requests backing off from a service that is down, shown while there are any. */
    private static String waiting(Api api) {
        int n = api.waiting();
        return n == 0 ? "" : ", " + n + " waiting for a service";
    }
}
