package cn.huiyin.bench.reporting;

import cn.huiyin.bench.load.Loopback;
import cn.huiyin.bench.machine.ManagementPort;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

/** Options of {@code bench/run reporting}. */
public record ReportingOptions(int cases, HotlineYear.Shape shape, URI reporting, URI management, String bootstrap,
        String token, int repeats, Duration timeout, Path json) {

    static final int MAX_CASES = 1_000_000;

    public static ReportingOptions parse(String[] args) {
        int cases = 20_000;
        HotlineYear.Shape shape = HotlineYear.Shape.YEAR;
        URI reporting = URI.create("http://127.0.0.1:8084");
        URI management = null;
        String bootstrap = "127.0.0.1:9092";
        String token = null;
        int repeats = 5;
        Duration timeout = Duration.ofMinutes(60);
        Path json = null;
        for (int i = 0; i < args.length; i += 2) {
            String name = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(name + " needs a value");
            }
            String value = args[i + 1];
            switch (name) {
                case "--cases" -> cases = Integer.parseInt(value.replace(",", "").replace("_", ""));
                case "--shape" -> shape = HotlineYear.Shape.parse(value);
                case "--base-url" -> reporting = URI.create(value);
                case "--management-url" -> management = URI.create(value);
                case "--bootstrap" -> bootstrap = value;
                case "--token" -> token = value;
                case "--repeats" -> repeats = Integer.parseInt(value);
                case "--timeout-minutes" -> timeout = Duration.ofMinutes(Long.parseLong(value));
                case "--json" -> json = Path.of(value);
                default -> throw new IllegalArgumentException("unknown option " + name);
            }
        }
        if (token == null) {
            throw new IllegalArgumentException("--token is required (bench/run mints one with ./huiyin token)");
        }
        if (cases < 1 || cases > MAX_CASES) {
            throw new IllegalArgumentException("--cases must be between 1 and " + MAX_CASES);
        }
        if (repeats < 1 || repeats > 100) {
            throw new IllegalArgumentException("--repeats must be between 1 and 100");
        }
        if (management == null) {
            management = ManagementPort.of(reporting);
        }
        Loopback.require(reporting);
        Loopback.require(management);
        Loopback.require(URI.create("kafka://" + bootstrap));
        return new ReportingOptions(cases, shape, reporting, management, bootstrap, token, repeats, timeout, json);
    }
}
