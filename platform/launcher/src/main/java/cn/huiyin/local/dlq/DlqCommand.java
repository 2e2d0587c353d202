package cn.huiyin.local.dlq;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code huiyin dlq}: shows the dead letters and re-drives them after a fix.
 *
 * <pre>
 * dlq list   [--topic T] [--group G] [--bootstrap 127.0.0.1:9092]
 * dlq replay [--topic DLQ-TOPIC] (--offset N [--partition P] | --all) [--dry-run] [--bootstrap ...]
 * </pre>
 */
public final class DlqCommand {

    static final String USAGE = """
            usage: dlq list   [--topic T] [--group G] [--bootstrap HOST:PORT]
                   dlq replay [--topic DLQ-TOPIC] (--offset N [--partition P] | --all) [--dry-run] [--bootstrap HOST:PORT]""";

    private DlqCommand() {
    }

    public static void main(String[] args) {
        try {
            System.exit(run(args, System.out));
        } catch (IllegalArgumentException e) {
            System.err.println("dlq: " + e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
        } catch (IllegalStateException e) {
            System.err.println("dlq: " + e.getMessage());
            System.exit(1);
        }
    }

    static int run(String[] args, PrintStream out) {
        if (args.length == 0) {
            throw new IllegalArgumentException("list or replay?");
        }
        Map<String, String> options = options(args);
        try (DeadLetterBox box = new DeadLetterBox(options.getOrDefault("--bootstrap", "127.0.0.1:9092"))) {
            switch (args[0]) {
                case "list" -> print(box.list(options.get("--topic"), options.get("--group")), out);
                case "replay" -> replay(box, options, out);
                default -> throw new IllegalArgumentException("unknown dlq command " + args[0]);
            }
        }
        return 0;
    }

    private static void replay(DeadLetterBox box, Map<String, String> options, PrintStream out) {
        boolean all = options.containsKey("--all");
        String offset = options.get("--offset");
        if (all == (offset != null)) {
            throw new IllegalArgumentException("replay needs either --offset N or --all");
        }
        boolean dryRun = options.containsKey("--dry-run");
        String partition = options.get("--partition");
        List<DeadLetter> sent = box.replay(options.get("--topic"),
                partition == null ? null : Integer.valueOf(partition), offset == null ? null : Long.valueOf(offset),
                dryRun);
        for (DeadLetter letter : sent) {
            out.printf("%s %s -> %s  key=%s  %s %s%n", dryRun ? "would replay" : "replayed", letter.address(),
                    letter.originalTopic(), letter.key(), letter.ceType(), letter.ceId());
        }
        out.printf("%d dead letter(s) %s%n", sent.size(), dryRun ? "would be replayed (dry run)" : "replayed");
    }

    static void print(List<DeadLetter> letters, PrintStream out) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (DeadLetter letter : letters) {
            int[] count = counts.computeIfAbsent(letter.dlqTopic(), topic -> new int[2]);
            count[0]++;
            count[1] += letter.replayed() ? 1 : 0;
            out.printf("%s  key=%s  from %s/%s/%s  at %s  %s %s%s%n", letter.address(), letter.key(),
                    letter.originalTopic(), letter.originalPartition(), letter.originalOffset(), letter.time(),
                    letter.ceType(), letter.ceId(), letter.replayed() ? "  [replayed]" : "");
            out.printf("    reason:  %s%n    payload: %s%n", letter.reason(), letter.excerpt());
        }
        if (letters.isEmpty()) {
            out.println("no dead letters");
        }
        counts.forEach((topic, count) -> out.printf("%s: %d dead letter(s), %d replayed%n", topic, count[0], count[1]));
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 1; i < args.length; i++) {
            String name = args[i];
            switch (name) {
                case "--all", "--dry-run" -> options.put(name, "true");
                case "--topic", "--group", "--offset", "--partition", "--bootstrap" -> {
                    if (i + 1 >= args.length) {
                        throw new IllegalArgumentException(name + " needs a value");
                    }
                    options.put(name, args[++i]);
                }
                default -> throw new IllegalArgumentException("unknown option " + name);
            }
        }
        return options;
    }
}
