package cn.huiyin.local.probes;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code health name=url ...}: prints each service's overall health and exits 0 when all are UP,
 * so the launcher needs nothing but Java (no curl, no JSON tool).
 */
public final class HealthCommand {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private HealthCommand() {
    }

    public static void main(String[] args) {
        List<String> down = new ArrayList<>();
        for (String arg : args) {
            int split = arg.indexOf('=');
            String name = split > 0 ? arg.substring(0, split) : arg;
            String url = split > 0 ? arg.substring(split + 1) : arg;
            String status = statusOf(url);
            System.out.println(name + " " + status);
            if (!"UP".equals(status)) {
                down.add(name);
            }
        }
        System.exit(down.isEmpty() ? 0 : 1);
    }

    static String statusOf(String url) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(3)).GET().build(), HttpResponse.BodyHandlers.ofString());
            String status = topLevelStatus(response.body());
            return status != null ? status : "HTTP_" + response.statusCode();
        } catch (java.io.IOException e) {
            return "UNREACHABLE";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "UNREACHABLE";
        }
    }

    /** The {@code status} member of the outermost JSON object, wherever it appears among its members. */
    static String topLevelStatus(String json) {
        int depth = 0;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c == '"') {
                int end = endOfString(json, i);
                String text = json.substring(i + 1, end);
                if (depth == 1 && text.equals("status")) {
                    int colon = json.indexOf(':', end);
                    int open = json.indexOf('"', colon);
                    return json.substring(open + 1, endOfString(json, open));
                }
                i = end;
            } else if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                depth--;
            }
        }
        return null;
    }

    private static int endOfString(String json, int quote) {
        for (int i = quote + 1; i < json.length(); i++) {
            if (json.charAt(i) == '\\') {
                i++;
            } else if (json.charAt(i) == '"') {
                return i;
            }
        }
        return json.length() - 1;
    }
}
