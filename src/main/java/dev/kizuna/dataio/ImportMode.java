package dev.kizuna.dataio;

import java.util.Locale;

/** Insert every row as a new record; update records found by the key; or update those found and insert the rest. */
public enum ImportMode {
    INSERT, UPDATE, UPSERT;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ImportMode ofCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
