package cn.huiyin.bench.machine;

import java.net.URI;

/**
 * Where a service's metrics are: its management server, on loopback, 100 ports above the API port unless the
 * service was given another (the chassis's ChassisDefaults; ./huiyin keeps that rule with HUIYIN_PORT_OFFSET).
 */
public final class ManagementPort {

    static final int OFFSET = 100;

    private ManagementPort() {
    }

    /** The management address of the service at {@code api}. */
    public static URI of(URI api) {
        return URI.create(api.getScheme() + "://" + api.getHost() + ":" + (api.getPort() + OFFSET));
    }
}
