package dev.kizuna.marketing;

import java.util.List;

/**
 * One condition of a segment, all of which a member meets: a field ({@code fStage}, {@code ltv}, {@code tags},
 * {@code customFields.<key>} … see {@link SegmentFields}), an operator ({@code eq}, {@code in}, {@code gte},
 * {@code lte}, {@code any}, {@code none}, {@code contains}) and a value (a number, text, true/false, or a list for
 * {@code in}, {@code any} and {@code none}).
 */
public record SegmentCondition(String field, String op, Object value) {

    public SegmentCondition {
        op = op == null || op.isBlank() ? "eq" : op.strip();
        field = field == null ? "" : field.strip();
    }

    /** The value as a list of texts ({@code in}, {@code any}, {@code none} take several; others one). */
    public List<String> values() {
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list) {
            return list.stream().filter(v -> v != null).map(v -> String.valueOf(v).strip())
                    .filter(v -> !v.isEmpty()).toList();
        }
        String text = String.valueOf(value).strip();
        return text.isEmpty() ? List.of() : List.of(text);
    }
}
