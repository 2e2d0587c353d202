package cn.huiyin.simulator;

import cn.huiyin.simulator.http.Backoff;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The command line of the simulator. Service addresses default to the ports of {@code ./huiyin up} on the
 * host of {@code --base-url}; each can be given on its own for a platform behind other addresses. A service's
 * management address (its Prometheus metrics) is 100 ports above its own unless given.
 */
public record Options(URI intake, URI cases, URI monitoring, URI reporting, Management management, String token,
        Path keys, double rate, long seed, double scale, double others, int concurrency, String runId, Duration timeout,
        Path reportFile, boolean verify, Duration retryFor) {

    /** The chassis's default distance from a service's port to its management port (ChassisDefaults). */
    static final int MANAGEMENT_PORT_OFFSET = 100;

    /** The services' management servers, where their health and metrics are. */
    public record Management(URI intake, URI cases, URI monitoring, URI reporting) {
    }

    static final String USAGE = """
            usage: huiyin-simulator [options]
              --base-url URL      the Huiyin host (default http://127.0.0.1); ports 8081..8084 are added when it has none
              --intake URL, --cases URL, --monitoring URL, --reporting URL   one service's address
              --intake-management URL, --cases-management URL, --monitoring-management URL,
              --reporting-management URL   one service's management address (default: its port + 100)
              --token JWT         one bearer token for every simulated client (e.g. the all-scope token of ./huiyin up)
              --keys DIR          or mint one token per client (hotline, each county, callback desk, departments,
                                  monitoring office, analyst) with the local signing key in DIR (data/keys)
              --seed N            what is generated; the same seed replays the same half-year (default 2020)
              --scale F           the 毕节市 backbone of DESIGN.md section 7 (1.0 = its 781 calls, 127 cases)
              --others F          the other eight cities' calls, relative to the seed report's 1,783 (default 1.0)
              --rate N            calls per second at most (default 0: as fast as intake answers)
              --concurrency N     requests in flight (default 8)
              --run-id ID         prefix of the calls' external ids (default: from the clock), keeps runs apart
              --timeout DURATION  how long to wait for the reports to catch up (default PT3M)
              --retry-for DURATION how long each action waits for a service that is down or restarting, trying
                                  again with back-off (default PT2M); then it counts as failed
              --report FILE       write the analysis report (HTML) of 毕节市 to FILE
              --no-verify         do not compare the reports with what was sent
              --allow-remote      send to a Huiyin that is not on this machine (loopback only otherwise)
            """;

    public static Options parse(String... args) {
        String base = "http://127.0.0.1";
        URI intake = null;
        URI cases = null;
        URI monitoring = null;
        URI reporting = null;
        URI intakeManagement = null;
        URI casesManagement = null;
        URI monitoringManagement = null;
        URI reportingManagement = null;
        String token = null;
        Path keys = null;
        double rate = 0;
        long seed = 2020;
        double scale = 1.0;
        double others = 1.0;
        int concurrency = 8;
        String runId = null;
        Duration timeout = Duration.ofMinutes(3);
        Duration retryFor = Backoff.DEFAULT_PATIENCE;
        Path report = null;
        boolean verify = true;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (option.equals("--no-verify")) {
                verify = false;
                continue;
            }
            if (option.equals("--allow-remote")) {
                continue;
            }
            if (option.equals("--help") || option.equals("-h")) {
                throw new IllegalArgumentException("");
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            String value = args[++i];
            switch (option) {
                case "--base-url" -> base = value;
                case "--intake" -> intake = URI.create(value);
                case "--cases" -> cases = URI.create(value);
                case "--monitoring" -> monitoring = URI.create(value);
                case "--reporting" -> reporting = URI.create(value);
                case "--intake-management" -> intakeManagement = URI.create(value);
                case "--cases-management" -> casesManagement = URI.create(value);
                case "--monitoring-management" -> monitoringManagement = URI.create(value);
                case "--reporting-management" -> reportingManagement = URI.create(value);
                case "--token" -> token = value;
                case "--keys" -> keys = Path.of(value);
                case "--rate" -> rate = Double.parseDouble(value);
                case "--seed" -> seed = Long.parseLong(value);
                case "--scale" -> scale = Double.parseDouble(value);
                case "--others" -> others = Double.parseDouble(value);
                case "--concurrency" -> concurrency = Integer.parseInt(value);
                case "--run-id" -> runId = value;
                case "--timeout" -> timeout = Duration.parse(value);
                case "--retry-for" -> retryFor = Duration.parse(value);
                case "--report" -> report = Path.of(value);
                default -> throw new IllegalArgumentException("unknown option " + option);
            }
        }
        if (token == null && keys == null) {
            throw new IllegalArgumentException("give --token JWT or --keys DIR");
        }
        if (scale <= 0 || scale > 10 || others < 0 || others > 10) {
            throw new IllegalArgumentException("--scale must be in (0, 10] and --others in [0, 10]");
        }
        if (concurrency < 1 || concurrency > 256) {
            throw new IllegalArgumentException("--concurrency must be 1..256");
        }
        if (retryFor.isNegative()) {
            throw new IllegalArgumentException("--retry-for must not be negative");
        }
        if (runId == null) {
            runId = Long.toString(System.currentTimeMillis() / 1000 % 100_000_000L, 36);
        }
        if (!runId.matches("[A-Za-z0-9-]{1,20}")) {
            throw new IllegalArgumentException("--run-id must be 1 to 20 letters, digits or dashes");
        }
        intake = or(intake, base, 8081);
        cases = or(cases, base, 8082);
        monitoring = or(monitoring, base, 8083);
        reporting = or(reporting, base, 8084);
        Management management = new Management(managementOf(intakeManagement, intake),
                managementOf(casesManagement, cases), managementOf(monitoringManagement, monitoring),
                managementOf(reportingManagement, reporting));
        return new Options(intake, cases, monitoring, reporting, management, token, keys, rate, seed, scale, others,
                concurrency, runId, timeout, report, verify, retryFor);
    }

    private static URI managementOf(URI given, URI service) {
        if (given != null) {
            return strip(given);
        }
        int port = service.getPort() != -1 ? service.getPort() : "https".equals(service.getScheme()) ? 443 : 80;
        return URI.create(service.getScheme() + "://" + service.getHost() + ":" + (port + MANAGEMENT_PORT_OFFSET));
    }

    private static URI or(URI given, String base, int port) {
        if (given != null) {
            return strip(given);
        }
        URI uri = URI.create(base);
        return strip(uri.getPort() == -1 ? URI.create(uri.getScheme() + "://" + uri.getHost() + ":" + port) : uri);
    }

    private static URI strip(URI uri) {
        String s = uri.toString();
        return URI.create(s.endsWith("/") ? s.substring(0, s.length() - 1) : s);
    }
}
