package dev.kizuna.platform.text;

import java.text.Normalizer;
import java.util.Optional;

/**
 * Japanese phone numbers: stored as E.164 ({@code +81312345678}) so that "03-1234-5678", "０３（１２３４）５６７８"
 * and "+81 3 1234 5678" are one number; shown the way Japanese people write them.
 */
public final class PhoneNumbers {

    private PhoneNumbers() {
    }

    /** The E.164 form, or empty when the text is not a plausible Japanese or international number. */
    public static Optional<String> toE164(String text) {
        String digits = digits(text);
        if (digits.isEmpty()) {
            return Optional.empty();
        }
        boolean international = Normalizer.normalize(text, Normalizer.Form.NFKC).strip().startsWith("+");
        if (international) {
            return digits.length() >= 8 && digits.length() <= 15 ? Optional.of("+" + digits) : Optional.empty();
        }
        if (digits.startsWith("0") && !digits.startsWith("00") && (digits.length() == 10 || digits.length() == 11)) {
            return Optional.of("+81" + digits.substring(1));
        }
        return Optional.empty();
    }

    /** The national form with hyphens: 03-1234-5678, 090-1234-5678, 0120-123-456, 045-123-4567. */
    public static String display(String e164) {
        if (e164 == null || e164.isBlank()) {
            return "";
        }
        if (!e164.startsWith("+81")) {
            return e164;
        }
        String n = "0" + e164.substring(3);
        if (n.length() == 11) { // mobile, IP phone: 070/080/090/050-xxxx-xxxx
            return n.substring(0, 3) + "-" + n.substring(3, 7) + "-" + n.substring(7);
        }
        if (n.startsWith("0120") || n.startsWith("0570") || n.startsWith("0800")) {
            return n.substring(0, 4) + "-" + n.substring(4, 7) + "-" + n.substring(7);
        }
        if (n.startsWith("03") || n.startsWith("06")) { // Tokyo and Osaka: two-digit area codes
            return n.substring(0, 2) + "-" + n.substring(2, 6) + "-" + n.substring(6);
        }
        return n.substring(0, 3) + "-" + n.substring(3, 6) + "-" + n.substring(6);
    }

    /** The digits only, full-width digits included. */
    public static String digits(String text) {
        if (text == null) {
            return "";
        }
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("[^0-9]", "");
    }
}
