package cn.huiyin.simulator;

import cn.huiyin.simulator.http.Api;
import cn.huiyin.simulator.http.Backoff;
import cn.huiyin.simulator.http.ClientTokens;
import cn.huiyin.simulator.replay.LeadersDesk;
import cn.huiyin.simulator.replay.Replay;

import java.io.PrintStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.util.List;

/**
 * {@code java -jar huiyin-simulator-exec.jar --token JWT}: replays a half-year of the hotline against a
 * running Huiyin and prints what it sent and whether the reports agree. Exit 0 when they do, 1 when
 * they do not (or something was refused), 2 on a bad command line.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        Options options;
        try {
            options = Options.parse(args);
            requireLoopbackOrAllowed(options, List.of(args).contains("--allow-remote"));
        } catch (IllegalArgumentException e) {
            if (!e.getMessage().isEmpty()) {
                System.err.println("huiyin-simulator: " + e.getMessage());
            }
            System.err.print(Options.USAGE);
            System.exit(2);
            return;
        }
        System.exit(run(options, System.out));
    }

    /** Runs the replay and prints its summary; the exit code. */
    public static int run(Options options, PrintStream out) throws Exception {
        Replay.Result result = new Replay(options, out).run();
        new SummaryPrinter(options, out).print(result);
        ClientTokens leaders = options.keys() != null ? ClientTokens.minted(options.keys())
                : ClientTokens.shared(options.token());
        boolean desk = new LeadersDesk(new Api(Backoff.patience(options.retryFor())), options.reporting().toString(), leaders, out)
                .run();
        if (options.reportFile() != null) {
            ClientTokens tokens = options.keys() != null ? ClientTokens.minted(options.keys())
                    : ClientTokens.shared(options.token());
            byte[] html = new Api(Backoff.patience(options.retryFor())).bytes(URI.create(options.reporting() + SummaryPrinter.ANALYSIS), tokens.analyst());
            Files.createDirectories(options.reportFile().toAbsolutePath().getParent());
            Files.write(options.reportFile(), html);
            out.println("analysis report written to " + options.reportFile().toAbsolutePath());
        }
        return result.matched() && desk ? 0 : 1;
    }

    /** The simulator writes made-up calls and households: only into a local platform unless told otherwise. */
    private static void requireLoopbackOrAllowed(Options options, boolean allowed) {
        if (allowed) {
            return;
        }
        for (URI uri : List.of(options.intake(), options.cases(), options.monitoring(), options.reporting())) {
            try {
                if (!InetAddress.getByName(uri.getHost()).isLoopbackAddress()) {
                    throw new IllegalArgumentException(uri + " is not on this machine: the simulator writes made-up"
                            + " calls and households; add --allow-remote to send them there anyway");
                }
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException("unknown host " + uri.getHost());
            }
        }
    }

}
