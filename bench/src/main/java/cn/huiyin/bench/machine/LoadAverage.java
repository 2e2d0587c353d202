package cn.huiyin.bench.machine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The 1, 5 and 15 minute load averages from {@code /proc/loadavg}: on a shared machine, what else ran. */
public final class LoadAverage {

    private LoadAverage() {
    }

    /** "1.92 1.40 0.88", or "?" where {@code /proc} is absent. */
    public static String now() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }
}
