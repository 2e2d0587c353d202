package cn.huiyin.bench.machine;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a service spent per accepted call during a step: MongoDB commands (the service's own
 * {@code huiyin_mongo_commands_total}, scraped from its Prometheus endpoint on its management port before and
 * after) and process CPU in milliseconds (from {@code /proc}), each divided by the calls the step accepted.
 */
public final class ServiceCost {

    private static final Pattern COMMANDS = Pattern.compile("^huiyin_mongo_commands_total\\{[^}]*} ([0-9.eE+-]+)$",
            Pattern.MULTILINE);
    /** The commands requests sent before their answers, over all routes: its sum and count. */
    private static final Pattern BEFORE_ANSWER = Pattern.compile(
            "^huiyin_mongo_commands_per_request_(sum|count)\\{[^}]*method=\"POST\"[^}]*} ([0-9.eE+-]+)$",
            Pattern.MULTILINE);

    private final URI prometheus;
    private final long pid;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /**
     * @param managementUrl the service's management server (ManagementPort)
     * @param pid the service's process, or -1 when it is not known (no CPU figure then)
     */
    public ServiceCost(URI managementUrl, long pid) {
        this.prometheus = managementUrl.resolve("/actuator/prometheus");
        this.pid = pid;
    }

    public Sample sample() {
        String text = scrape();
        double commands = Double.NaN;
        double beforeAnswerSum = Double.NaN;
        double beforeAnswerCount = Double.NaN;
        if (text != null) {
            commands = 0;
            Matcher m = COMMANDS.matcher(text);
            while (m.find()) {
                commands += Double.parseDouble(m.group(1));
            }
            beforeAnswerSum = 0;
            beforeAnswerCount = 0;
            Matcher b = BEFORE_ANSWER.matcher(text);
            while (b.find()) {
                if (b.group(1).equals("sum")) {
                    beforeAnswerSum += Double.parseDouble(b.group(2));
                } else {
                    beforeAnswerCount += Double.parseDouble(b.group(2));
                }
            }
        }
        return new Sample(commands, beforeAnswerSum, beforeAnswerCount, pid < 0 ? -1 : ProcessCpu.ticksOf(pid));
    }

    /** The service's Prometheus page; null when unreadable. */
    private String scrape() {
        try {
            return http.send(HttpRequest.newBuilder(prometheus).timeout(Duration.ofSeconds(5)).GET().build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException | RuntimeException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /**
     * @param commands every command the service sent so far
     * @param beforeAnswerSum the commands POST requests sent before their answers, and
     * @param beforeAnswerCount how many such requests there were
     */
    public record Sample(double commands, double beforeAnswerSum, double beforeAnswerCount, long cpuTicks) {

        /** Every command of the service in the step (background work included) per accepted call. */
        public OptionalDouble commandsPerCall(Sample earlier, long calls) {
            double used = commands - earlier.commands;
            return calls <= 0 || Double.isNaN(used) ? OptionalDouble.empty() : OptionalDouble.of(used / calls);
        }

        /** The mean commands a POST sent before its answer in the step. */
        public OptionalDouble commandsBeforeAnswer(Sample earlier) {
            double requests = beforeAnswerCount - earlier.beforeAnswerCount;
            double used = beforeAnswerSum - earlier.beforeAnswerSum;
            return Double.isNaN(used) || !(requests > 0) ? OptionalDouble.empty() : OptionalDouble.of(used / requests);
        }

        public OptionalDouble cpuMsPerCall(Sample earlier, long calls) {
            return calls <= 0 || cpuTicks < 0 || earlier.cpuTicks < 0 ? OptionalDouble.empty()
                    : OptionalDouble.of((cpuTicks - earlier.cpuTicks) * ProcessCpu.MILLIS_PER_TICK / calls);
        }
    }
}
