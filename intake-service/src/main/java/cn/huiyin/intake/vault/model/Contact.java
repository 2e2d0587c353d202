package cn.huiyin.intake.vault.model;

import cn.huiyin.privacy.PhoneNumber;
import cn.huiyin.privacy.ResidentId;
import cn.huiyin.privacy.CallerName;
import cn.huiyin.privacy.FreeText;

/**
 * A caller's contact details in clear, as returned by the audited contact read. Its
 * {@link #toString()} is masked, so logging one never leaks the values.
 */
public record Contact(String name, String phone, String idNumber, String content, String address) {

    public Contact(String name, String phone, String idNumber) {
        this(name, phone, idNumber, null, null);
    }

    @Override
    public String toString() {
        return "Contact[name=" + (name == null ? null : CallerName.mask(name))
                + ", phone=" + (phone == null ? null : maskPhone(phone))
                + ", idNumber=" + (idNumber == null ? null : maskId(idNumber))
                + ", content=" + (content == null ? null : FreeText.mask(content))
                + ", address=" + (address == null ? null : FreeText.mask(address)) + "]";
    }

    private static String maskPhone(String phone) {
        return PhoneNumber.isValid(phone) ? PhoneNumber.parse(phone).masked() : "****";
    }

    private static String maskId(String idNumber) {
        // not ResidentId.parse: a value stored before a rule changed must still print masked
        return idNumber.length() == 18 ? idNumber.substring(0, 6) + "********" + idNumber.substring(14) : "****";
    }
}
