package dev.kizuna.success;

import java.math.BigDecimal;

/**
 * What a measure found for one customer on one day: a number (days, a count, a percentage, a custom field's number,
 * 1/0 for a checkbox) or a choice (a custom field's option, a lifecycle phase). Neither means "no data".
 */
public record MeasureValue(BigDecimal number, String choice) {

    public static final MeasureValue NONE = new MeasureValue(null, null);

    public static MeasureValue of(long number) {
        return new MeasureValue(BigDecimal.valueOf(number), null);
    }

    public static MeasureValue of(BigDecimal number) {
        return number == null ? NONE : new MeasureValue(number, null);
    }

    public static MeasureValue choice(String choice) {
        return choice == null ? NONE : new MeasureValue(null, choice);
    }

    public boolean missing() {
        return number == null && choice == null;
    }

    /** The value as people read it. */
    public String text() {
        return number != null ? number.stripTrailingZeros().toPlainString() : choice;
    }
}
