package cn.huiyin.reporting.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The Chromium that CI installs ({@code apt-get install -y chromium fonts-noto-cjk}), run headless
 * on a local file with a fresh profile. Its host resolver answers nothing, so a run never reaches
 * the network whatever the page asks for; the page's own attempts are still visible in the net log.
 */
final class HeadlessChromium {

    static final Path BINARY = Path.of("/usr/bin/chromium");
    private static final String INSTALL = "run `apt-get install -y chromium fonts-noto-cjk` (CI's .ci/run does)";
    private static final Duration TIMEOUT = Duration.ofSeconds(90);

    /**
     * A request in the net log made on behalf of a page: its flat parameters run from the initiator
     * to the URL; Chromium's own background calls (update checks, time) say "not an origin".
     */
    private static final Pattern PAGE_REQUEST = Pattern.compile("\"initiator\":\"(?!not an origin\")[^\"]*\","
            + "(?:\"\\w+\":(?:\"(?:[^\"\\\\]|\\\\.)*\"|[\\w.-]+),)*?\"url\":\"((?:https?|wss?|ftp):[^\"]*)\"");

    private final Path workDirectory;

    private HeadlessChromium(Path workDirectory) {
        this.workDirectory = workDirectory;
    }

    /** Fails, not skips, when the browser or the CJK fonts are missing: the test is part of the build's proof. */
    static HeadlessChromium installed(Path workDirectory) throws IOException, InterruptedException {
        if (!Files.isExecutable(BINARY)) {
            fail("Chromium is not installed at " + BINARY + ": " + INSTALL);
        }
        Process fonts = new ProcessBuilder("fc-list", ":lang=zh", "family").redirectErrorStream(true).start();
        String families = new String(fonts.getInputStream().readAllBytes());
        if (!fonts.waitFor(30, TimeUnit.SECONDS) || !families.contains("CJK")) {
            fail("no CJK font is installed, Chinese would render as boxes: " + INSTALL);
        }
        Files.createDirectories(workDirectory);
        return new HeadlessChromium(workDirectory);
    }

    /** Runs Chromium on {@code page} with {@code arguments}; answers its standard output. */
    String run(String name, Path page, String... arguments) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("chromium-profile-");
        Path out = workDirectory.resolve(name + ".out");
        Path log = workDirectory.resolve(name + ".log");
        List<String> command = new ArrayList<>(List.of(BINARY.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--hide-scrollbars",
                "--host-resolver-rules=MAP * ~NOTFOUND", "--user-data-dir=" + profile));
        command.addAll(List.of(arguments));
        command.add(page.toUri().toString());
        Process chromium = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(log.toFile()).start();
        try {
            if (!chromium.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                chromium.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                fail("Chromium did not finish within " + TIMEOUT + "; see " + log);
            }
            assertThat(chromium.exitValue()).as("Chromium's exit status; its log is " + log).isZero();
            return Files.readString(out);
        } finally {
            deleteRecursively(profile);
        }
    }

    /** The network requests the page itself made, read from a {@code --log-net-log} file. */
    static List<String> pageRequests(Path netLog) throws IOException {
        List<String> urls = new ArrayList<>();
        Matcher m = PAGE_REQUEST.matcher(Files.readString(netLog));
        while (m.find()) {
            urls.add(m.group(1));
        }
        return urls;
    }

    private static void deleteRecursively(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
