package cn.huiyin.reporting.hotspots.model;

import cn.huiyin.events.CaseReceived;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A township (乡镇, 9 digits) or village (村, 12 digits) whose calls are watched against its own past. */
public record Place(String regionCode, String countyCode) {

    public Place {
        Objects.requireNonNull(regionCode, "regionCode");
        Objects.requireNonNull(countyCode, "countyCode");
        // no prefix check: a functional area's townships (百里杜鹃管理区 520572) keep their old county's codes
        if (!regionCode.matches("\\d{9}(\\d{3})?") || !countyCode.matches("\\d{6}")) {
            throw new IllegalArgumentException("not a township or village and its county: " + regionCode + " in " + countyCode);
        }
    }

    /** The township of a call and, when the call names one, its village; none for a call about a whole county. */
    public static List<Place> of(CaseReceived call) {
        List<Place> places = new ArrayList<>(2);
        String township = call.townshipCode() != null ? call.townshipCode()
                : call.regionCode().length() >= 9 ? call.regionCode().substring(0, 9) : null;
        if (township != null) {
            places.add(new Place(township, call.countyCode()));
        }
        if (call.regionCode().length() == 12) {
            places.add(new Place(call.regionCode(), call.countyCode()));
        }
        return places;
    }
}
