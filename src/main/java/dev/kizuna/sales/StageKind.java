package dev.kizuna.sales;

import java.util.Locale;

/** What reaching a stage means for a deal: still open, won (受注 and after) or lost (失注). */
public enum StageKind {
    OPEN, WON, LOST;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static StageKind ofCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
