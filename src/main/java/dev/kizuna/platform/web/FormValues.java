package dev.kizuna.platform.web;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import dev.kizuna.platform.api.FieldProblem;
import dev.kizuna.platform.api.RuleViolationException;

/**
 * Reading typed yen, dates and whole numbers from form fields (full-width digits, commas, ¥ and 円 accepted), with
 * the field named when the form is wrong. Blank is none.
 */
public final class FormValues {

    private FormValues() {
    }

    public static Long yen(String field, String text) {
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

    public static LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new RuleViolationException(FieldProblem.of(field, "TypeMismatch"));
        }
    }

    public static Integer integer(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(Normalizer.normalize(text, Normalizer.Form.NFKC).strip());
        } catch (NumberFormatException e) {
            throw new RuleViolationException(FieldProblem.of(field, "TypeMismatch"));
        }
    }
}
