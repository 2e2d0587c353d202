package cn.huiyin.local;

import cn.huiyin.local.dlq.DlqCommand;
import cn.huiyin.local.platform.LocalPlatform;
import cn.huiyin.local.probes.HealthCommand;
import cn.huiyin.local.probes.ReadModelProgressCommand;
import cn.huiyin.local.probes.SmokeCommand;
import cn.huiyin.local.tokens.TokenCommand;
import cn.huiyin.local.tokens.VaultKeysCommand;

import java.util.Arrays;

/** Entry point of the local jar: {@code platform ...} runs Kafka + Mongo, {@code token ...} mints a token,
 * {@code health ...} reports the services' health, {@code dlq ...} lists and replays dead letters. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        // a named file, so that services whose tests use this jar keep Spring Boot's own logging setup
        System.setProperty("logback.configurationFile",
                System.getProperty("logback.configurationFile", "huiyin-local-logback.xml"));
        String command = args.length == 0 ? "platform" : args[0];
        String[] rest = args.length == 0 ? args : Arrays.copyOfRange(args, 1, args.length);
        switch (command) {
            case "platform" -> LocalPlatform.main(rest);
            case "token" -> TokenCommand.main(rest);
            case "health" -> HealthCommand.main(rest);
            case "smoke" -> SmokeCommand.main(rest);
            case "vault-keys" -> VaultKeysCommand.main(rest);
            case "dlq" -> DlqCommand.main(rest);
            case "read-model-progress" -> ReadModelProgressCommand.main(rest);
            default -> {
                System.err.println("usage: huiyin-local (platform [options] | token [options] | health name=url... | smoke name=apiUrl,managementUrl... | dlq list|replay [options] | read-model-progress [options])");
                System.exit(2);
            }
        }
    }
}
