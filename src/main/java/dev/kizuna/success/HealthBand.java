package dev.kizuna.success;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The bands of a health score, worst first: 危険 (churn risk), 注意, 良好 and 拡大候補 (expansion candidate). */
public enum HealthBand {
    DANGER, CAUTION, GOOD, EXPANSION;

    public static final List<String> CODES = Arrays.stream(values()).map(HealthBand::code).toList();

    /** How the API and the database write it: {@code danger}, {@code caution}, {@code good}, {@code expansion}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static HealthBand of(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
