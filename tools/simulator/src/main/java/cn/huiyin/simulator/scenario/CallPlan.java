package cn.huiyin.simulator.scenario;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One call the hotline takes, and, when it is an appeal or a complaint, how its case goes.
 *
 * @param categories what the operator selected; null lets intake classify the content
 * @param backbone   one of the 毕节市 calls of the seed report (DESIGN.md section 7)
 */
public record CallPlan(String externalId, OffsetDateTime receivedAt, String channel, String type, String regionCode,
        String countyCode, String cityCode, List<String> categories, String content, Caller caller, CasePlan casePlan,
        boolean backbone) {

    /** Clear personal data: sent to intake, which seals it; never printed. */
    public record Caller(String name, String phone, String idNumber) {

        @Override
        public String toString() {
            return "Caller[masked]";
        }
    }

    public boolean transferable() {
        return type.equals("APPEAL") || type.equals("COMPLAINT");
    }
}
