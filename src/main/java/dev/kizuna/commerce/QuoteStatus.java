package dev.kizuna.commerce;

import java.util.Locale;

/** A quote revision's state: a draft is edited; sent and accepted ones are changed by a new revision only. */
public enum QuoteStatus {
    DRAFT, SENT, ACCEPTED, SUPERSEDED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static QuoteStatus ofCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
