package cn.huiyin.reporting.bulletins.application;

import cn.huiyin.reporting.bulletins.model.BulletinHeader;

import java.util.Map;

/** The configured mastheads by region code; a region without one gets {@link BulletinHeader#byDefault}. */
public final class BulletinHeaders {

    private final Map<String, BulletinHeader> configured;

    public BulletinHeaders(Map<String, BulletinHeader> configured) {
        this.configured = Map.copyOf(configured);
    }

    public BulletinHeader of(String regionCode, String regionName) {
        BulletinHeader header = configured.get(regionCode);
        return header == null ? BulletinHeader.byDefault(regionName) : header.orDefaults(regionName);
    }
}
