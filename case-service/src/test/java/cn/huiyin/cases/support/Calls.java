package cn.huiyin.cases.support;

import cn.huiyin.events.CallType;
import cn.huiyin.events.CaseReceived;
import cn.huiyin.events.Category;
import cn.huiyin.events.Channel;
import cn.huiyin.events.Disposition;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/** {@code case-received} events as intake publishes them: {@code Calls.anAppealFromWeining().inCounty("520527")}. */
public final class Calls {

    private static final AtomicLong SEQUENCE = new AtomicLong();

    private String callId = UUID.randomUUID().toString();
    private CallType type = CallType.APPEAL;
    private List<Category> categories = List.of(Category.HOUSING_SECURITY);
    private String regionCode = "520526211";
    private String townshipCode = "520526211";
    private String countyCode = "520526";
    private boolean urgent;
    private Instant receivedAt = Instant.now().minusSeconds(60);
    private String content = "我家危房改造的补助金一直没有兑现";

    public static Calls anAppealFromWeining() {
        return new Calls();
    }

    public Calls inCounty(String county) {
        this.countyCode = county;
        this.regionCode = county;
        this.townshipCode = null;
        return this;
    }

    public Calls inTownship(String township, String county) {
        this.regionCode = township;
        this.townshipCode = township;
        this.countyCode = county;
        return this;
    }

    public Calls consultation() {
        this.type = CallType.CONSULTATION;
        return this;
    }

    public Calls about(Category... categories) {
        this.categories = List.of(categories);
        return this;
    }

    public Calls saying(String content) {
        this.content = content;
        return this;
    }

    public Calls urgent() {
        this.urgent = true;
        return this;
    }

    public Calls receivedAt(Instant at) {
        this.receivedAt = at;
        return this;
    }

    public CaseReceived event() {
        String tracking = "HY" + countyCode + "-20200305-" + String.format("%06d", SEQUENCE.incrementAndGet());
        return new CaseReceived(callId, tracking, receivedAt, Channel.PHONE, type, Disposition.of(type), categories,
                CaseReceived.Classification.byCaller(), regionCode, townshipCode, countyCode,
                countyCode.substring(0, 4), countyCode.substring(0, 2), "callerRef0123456789abcdef", "138****0000",
                urgent, null, content);
    }
}
