package cn.huiyin.bench.rescore;

import cn.huiyin.bench.machine.LoadAverage;
import cn.huiyin.bench.machine.ProcessCpu;
import cn.huiyin.bench.rescore.MonitoringApi.Rescored;
import cn.huiyin.bench.results.Figures;
import cn.huiyin.privacy.ContactCipher;
import cn.huiyin.privacy.Fingerprints;
import cn.huiyin.privacy.VaultKeys;
import cn.huiyin.regions.RegionRegistry;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

/**
 * The run behind {@code bench/run rescore}: for each size, N households generated straight into
 * monitoring-service's collection, then {@code POST /api/v1/risk/rescore} twice: first after "the
 * rule change" (every stored assessment is stale: each household with a risk factor is rewritten,
 * each level change goes through the outbox), then again with nothing changed (read and assess
 * only). The households are dropped after each size.
 */
public final class RescoreBenchmark {

    static final int TARGET = 3_000;
    private static final long REFERENCE_FROM = 9_000_000;
    private static final int READ_BACK = 3;

    private final RescoreOptions options;
    private final PrintStream out;
    private final ProcessCpu cpu;
    private final List<String> summary = new ArrayList<>();
    private final List<Map<String, Object>> sizes = new ArrayList<>();

    private RescoreBenchmark(RescoreOptions options, PrintStream out) {
        this.options = options;
        this.out = out;
        this.cpu = new ProcessCpu(options.pids());
    }

    public static int run(RescoreOptions options) throws Exception {
        return new RescoreBenchmark(options, System.out).run();
    }

    private int run() throws Exception {
        VaultKeys keys = VaultFile.read(options.vaultKeys());
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        Villages villages = new Villages(RegionRegistry.loadDefault());
        String prefix = BenchHouseholds.PREFIX + Long.toString(System.currentTimeMillis(), 36) + "-";
        RuralHouseholds generator = new RuralHouseholds(villages, options.seed(), prefix, today);
        ContactCipher cipher = new ContactCipher(keys);
        StoredHouseholds stored = new StoredHouseholds(new Fingerprints(keys), cipher,
                today.withDayOfYear(1).atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant());
        MonitoringApi api = new MonitoringApi(options.monitoringUrl(), options.token());
        out.printf("Huiyin rescoring benchmark, %s, %d cores, Java %s%n", OffsetDateTime.now().truncatedTo(
                ChronoUnit.SECONDS), Runtime.getRuntime().availableProcessors(), Runtime.version());
        out.printf("monitoring-service %s, page size %s; households of %d Guizhou townships generated into %s.%s "
                + "(ids %s*), dropped after each size%n", options.monitoringUrl(), options.pageSize() > 0
                ? options.pageSize() : "as configured (huiyin.monitoring.rescore-page-size)", villages.townships(),
                options.database(), StoredHouseholds.COLLECTION, prefix);
        try (BenchHouseholds mongo = new BenchHouseholds(options.mongoUri(), options.database())) {
            long leftover = mongo.drop();
            if (leftover > 0) {
                out.printf("dropped %,d households an earlier run left%n", leftover);
            }
            long abandoned = mongo.abandonUnfinishedRescoring();
            if (abandoned > 0) {
                out.printf("marked %,d rescoring runs an earlier run left unfinished as finished%n", abandoned);
            }
            ShapeCheck check = new ShapeCheck(api, mongo, stored, cipher);
            out.println("shape: " + check.compare(reference(generator)));
            for (int households : options.households()) {
                measure(households, generator, stored, mongo, api, check);
            }
        }
        out.printf("%n== Summary (target: >= %,d households/s; one run on a shared machine, see the load) ==%n",
                TARGET);
        summary.forEach(out::println);
        new Figures().put("target", TARGET).put("sizes", sizes).write(options.json());
        return 0;
    }

    private void measure(int households, RuralHouseholds generator, StoredHouseholds stored, BenchHouseholds mongo,
            MonitoringApi api, ShapeCheck check) throws Exception {
        out.printf("%n-- %,d households --%n", households);
        long started = System.nanoTime();
        long generating = started;
        long tenth = Math.max(BenchHouseholds.BATCH, households / 10);
        mongo.insert(households, index -> stored.document(generator.household(index)), inserted -> {
            if (inserted % tenth == 0 && inserted < households) {
                out.printf("  %,d inserted (%.0f s)%n", inserted, (System.nanoTime() - generating) / 1e9);
            }
        });
        double seconds = (System.nanoTime() - started) / 1e9;
        out.printf("generated and inserted %,d households in %.1f s (%,.0f/s); the collection holds %,d%n",
                households, seconds, households / seconds, mongo.count());
        out.println("read back: " + check.readBack(LongStream.range(0, Math.min(READ_BACK, households))
                .mapToObj(generator::household).toList()));
        out.printf("%-10s %10s %14s %10s %14s %8s %16s  %s%n", "pass", "took", "households/s", "rescored",
                "level changes", "skipped", "load 1/5/15", "CPU during the pass (100% = one core)");
        Rescored stale = pass("stale", api);
        out.printf("%10s outbox marks of bench households still pending after the pass: %,d%n", "",
                mongo.pendingMarks());
        Rescored unchanged = pass("unchanged", api);
        summary.add(("%,9d households: %,8.0f households/s after the rule change (%,d rewritten, %,d level changes), "
                + "%,8.0f/s with nothing changed -> %s").formatted(households, perSecond(stale), stale.rescored(),
                stale.levelChanged(), perSecond(unchanged), perSecond(stale) >= TARGET ? "PASS" : "FAIL"));
        sizes.add(new Figures().put("households", households).put("staleSeconds", stale.took().toMillis() / 1000.0)
                .put("stalePerSecond", perSecond(stale)).put("staleRewritten", stale.rescored())
                .put("staleLevelChanges", stale.levelChanged()).put("unchangedPerSecond", perSecond(unchanged))
                .put("insertedPerSecond", households / seconds).values());
        started = System.nanoTime();
        try {
            long dropped = mongo.drop();
            out.printf("dropped %,d bench households in %.1f s%n", dropped, (System.nanoTime() - started) / 1e9);
        } catch (RuntimeException failure) {
            // the figures are measured; the next run drops what is left (its ids share the prefix)
            out.printf("could not drop the bench households after %.1f s (%s); the next run drops them%n",
                    (System.nanoTime() - started) / 1e9, failure);
        }
    }

    private Rescored pass(String name, MonitoringApi api) throws Exception {
        ProcessCpu.Sample before = cpu.sample();
        Rescored result = api.rescore(options.pageSize(), options.timeout());
        ProcessCpu.Sample after = cpu.sample();
        out.printf("%-10s %8.1f s %,14.0f %,10d %,14d %,8d %16s  %s%n", name, result.took().toMillis() / 1000.0,
                perSecond(result), result.rescored(), result.levelChanged(), result.skipped(), LoadAverage.now(),
                after.since(before));
        return result;
    }

    private static double perSecond(Rescored result) {
        return result.households() * 1000.0 / Math.max(1, result.took().toMillis());
    }

    /** A monitored household with a child in school: every optional field the shape check should see. */
    private static GeneratedHousehold reference(RuralHouseholds generator) {
        for (long index = REFERENCE_FROM; ; index++) {
            GeneratedHousehold h = generator.household(index);
            if (h.status().equals("MONITORED") && h.members().stream().anyMatch(m -> m.schoolEnd() != null)) {
                return h;
            }
        }
    }
}
