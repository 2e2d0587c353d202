package cn.huiyin.deploy;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Secrets deploy/README.md lists under {@value #HEADING}: the manifests refer to them, the operator of the
 * cluster (or the MongoDB operator) makes them. A table row gives the Secret's name and its keys, in backticks.
 */
final class ExternalSecrets {

    static final String HEADING = "Secrets provided outside the manifests";

    private static final Pattern CODE = Pattern.compile("`([^`]+)`");

    private ExternalSecrets() {
    }

    /** Secret name to the keys the README gives it. */
    static Map<String, Set<String>> listed() {
        Map<String, Set<String>> secrets = new LinkedHashMap<>();
        boolean inSection = false;
        for (String line : YamlDocuments.read(Checkout.resolve("deploy/README.md")).split("\n")) {
            if (line.startsWith("#")) {
                inSection = line.contains(HEADING);
            } else if (inSection && line.startsWith("|")) {
                String[] cells = line.split("\\|");
                if (cells.length > 2) {
                    Set<String> keys = codes(cells[2]);
                    codes(cells[1]).forEach(name -> secrets.put(name, keys));
                }
            }
        }
        return secrets;
    }

    private static Set<String> codes(String cell) {
        Set<String> codes = new LinkedHashSet<>();
        Matcher code = CODE.matcher(cell);
        while (code.find()) {
            codes.add(code.group(1));
        }
        return codes;
    }
}
