package dev.kizuna.commerce.web;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.kizuna.commerce.LineDraft;
import dev.kizuna.platform.Ids;
import dev.kizuna.platform.api.FieldProblem;
import dev.kizuna.platform.api.RuleViolationException;

/** Reading typed yen, dates and line rows from form fields, with the field named when the form is wrong. */
final class Forms {

    static final int LINE_ROWS = 8;

    private Forms() {
    }

    static Long yen(String field, String text) {
        String s = text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFKC).replace(",", "")
                .replace("¥", "").replace("円", "").strip();
        if (s.isEmpty()) {
            return null;
        }
        try {
            return Long.valueOf(s);
        } catch (NumberFormatException e) {
            throw new RuleViolationException(FieldProblem.of(field, "Yen"));
        }
    }

    static LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new RuleViolationException(FieldProblem.of(field, "TypeMismatch"));
        }
    }

    static Integer integer(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(Normalizer.normalize(text, Normalizer.Form.NFKC).strip());
        } catch (NumberFormatException e) {
            throw new RuleViolationException(FieldProblem.of(field, "TypeMismatch"));
        }
    }

    /** The form's line rows (parallel lists, one entry per row); rows left empty are dropped by the service. */
    static List<LineDraft> lines(List<String> productId, List<String> description, List<String> quantity,
            List<String> unit, List<String> unitPrice, List<String> taxRate) {
        List<LineDraft> out = new ArrayList<>();
        int rows = description == null ? 0 : description.size();
        for (int i = 0; i < rows; i++) {
            String p = at(productId, i);
            UUID product = p.isBlank() ? null : Ids.parse(p).orElse(null);
            out.add(new LineDraft(product, at(description, i), integer("lines[" + i + "].quantity", at(quantity, i)),
                    at(unit, i), yen("lines[" + i + "].unitPrice", at(unitPrice, i)),
                    integer("lines[" + i + "].taxRate", at(taxRate, i))));
        }
        return out;
    }

    private static String at(List<String> values, int i) {
        return values == null || i >= values.size() || values.get(i) == null ? "" : values.get(i);
    }
}
