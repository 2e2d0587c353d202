package cn.huiyin.events;

import java.time.ZoneId;

/**
 * The hotline's clock: events carry instants, but days (tracking numbers, deadlines, report
 * periods, signal dates) are Beijing days, in every service.
 */
public final class HotlineTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private HotlineTime() {
    }
}
