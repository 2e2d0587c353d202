package cn.huiyin.reporting.export;

import java.time.LocalDate;

/**
 * Which ledger: the region asked for and the range of transfer days, both ends included.
 *
 * @param regionCode the code as the client spelled it (canonical or zero-padded)
 * @param regionName its name, or the code again when the registry does not know it
 */
public record LedgerScope(String regionCode, String regionName, LocalDate from, LocalDate to) {

    /** 台账-520500-2020-01-01-2020-05-31.xlsx */
    public String fileName() {
        return "台账-" + stem();
    }

    /** ledger-520500-2020-01-01-2020-05-31.xlsx, for clients that do not read {@code filename*}. */
    public String asciiFileName() {
        return "ledger-" + stem();
    }

    /** 520500 毕节市, or just the code. */
    public String regionLabel() {
        return regionName == null || regionName.equals(regionCode) ? regionCode : regionCode + " " + regionName;
    }

    private String stem() {
        // only digits and letters of the code reach a header, whatever the client sent
        return regionCode.replaceAll("[^0-9A-Za-z]", "") + "-" + from + "-" + to + ".xlsx";
    }
}
