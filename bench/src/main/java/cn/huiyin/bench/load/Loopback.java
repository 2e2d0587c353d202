package cn.huiyin.bench.load;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

/** The benchmark may only load this machine: any target that is not a loopback address is refused. */
public final class Loopback {

    private Loopback() {
    }

    public static void require(URI target) {
        String host = target.getHost();
        try {
            if (host == null || !InetAddress.getByName(host).isLoopbackAddress()) {
                throw new IllegalArgumentException(target + " is not a loopback address; the benchmark only "
                        + "targets this machine (127.0.0.1)");
            }
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("unknown host in " + target, e);
        }
    }
}
