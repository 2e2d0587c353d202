package cn.huiyin.bench.machine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * CPU used by the platform's processes during a step, from {@code /proc/<pid>/stat}, so each step
 * shows which JVM the two cores went to (100% is one core). Silent where {@code /proc} is absent.
 */
public final class ProcessCpu {

    /** USER_HZ: the unit of utime and stime in /proc, 100 on every Linux this runs on. */
    private static final double TICKS_PER_SECOND = 100.0;
    static final double MILLIS_PER_TICK = 1000.0 / TICKS_PER_SECOND;

    private final Map<String, Long> pids;

    /** @param pids process name to PID; the benchmark's own JVM is added as {@code bench} */
    public ProcessCpu(Map<String, Long> pids) {
        this.pids = new LinkedHashMap<>(pids);
        this.pids.put("bench", ProcessHandle.current().pid());
    }

    public Sample sample() {
        Map<String, Long> ticks = new LinkedHashMap<>();
        pids.forEach((name, pid) -> {
            long used = ticksOf(pid);
            if (used >= 0) {
                ticks.put(name, used);
            }
        });
        return new Sample(System.nanoTime(), ticks);
    }

    /** The process's user and system CPU so far in ticks; -1 when it cannot be read. */
    static long ticksOf(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // the command name may hold spaces: the fields that follow start after its closing parenthesis
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    public record Sample(long nanos, Map<String, Long> ticks) {

        /** "intake-service 95%, platform 60%, ..." for the time since {@code earlier}. */
        public String since(Sample earlier) {
            double seconds = (nanos - earlier.nanos) / 1e9;
            StringJoiner line = new StringJoiner(", ");
            ticks.forEach((name, now) -> {
                Long before = earlier.ticks.get(name);
                if (before != null && seconds > 0) {
                    line.add("%s %.0f%%".formatted(name, 100.0 * (now - before) / TICKS_PER_SECOND / seconds));
                }
            });
            return line.toString();
        }
    }
}
