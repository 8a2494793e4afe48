package dev.kizuna.commerce.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import dev.kizuna.commerce.LineDraft;
import dev.kizuna.commerce.QuoteDraft;
import dev.kizuna.platform.Ids;
import dev.kizuna.platform.api.FieldProblem;
import dev.kizuna.platform.api.RuleViolationException;
import dev.kizuna.platform.web.FormValues;

/**
 * The quote form as typed, every field kept as text: a form with a mistake in one line comes back with the dates,
 * the other lines and the mistake itself as they were sent. The line fields are parallel lists, one entry per row.
 */
record QuoteForm(String title, String issuedOn, String validUntil, String notes, List<String> productId,
        List<String> description, List<String> quantity, List<String> unit, List<String> unitPrice,
        List<String> taxRate) {

    /** Empty rows the quote form offers at least. */
    static final int LINE_ROWS = 8;

    /** One row of the line table as typed. */
    record LineRow(String productId, String description, String quantity, String unit, String unitPrice,
            String taxRate) {

        static final LineRow BLANK = new LineRow("", "", "", "", "", "");

        static LineRow of(LineDraft d) {
            return new LineRow(text(d.productId()), text(d.description()), text(d.quantity()), text(d.unit()),
                    text(d.unitPrice()), text(d.taxRate()));
        }

        private static String text(Object value) {
            return value == null ? "" : value.toString();
        }
    }

    static QuoteForm of(QuoteDraft d) {
        List<LineRow> rows = d.lines().stream().map(LineRow::of).toList();
        return new QuoteForm(d.title(), text(d.issuedOn()), text(d.validUntil()), d.notes(),
                rows.stream().map(LineRow::productId).toList(), rows.stream().map(LineRow::description).toList(),
                rows.stream().map(LineRow::quantity).toList(), rows.stream().map(LineRow::unit).toList(),
                rows.stream().map(LineRow::unitPrice).toList(), rows.stream().map(LineRow::taxRate).toList());
    }

    /** The rows as typed, padded with empty ones to fill the table. */
    List<LineRow> rows() {
        List<LineRow> rows = new ArrayList<>();
        int sent = description == null ? 0 : description.size();
        for (int i = 0; i < sent; i++) {
            rows.add(new LineRow(at(productId, i), at(description, i), at(quantity, i), at(unit, i), at(unitPrice, i),
                    at(taxRate, i)));
        }
        int filled = (int) rows.stream().filter(r -> !r.equals(LineRow.BLANK)).count();
        while (rows.size() < Math.max(LINE_ROWS, filled + 2)) {
            rows.add(LineRow.BLANK);
        }
        return rows;
    }

    /** What the service checks; text that is not a date or a number is refused here, every such field named. */
    QuoteDraft draft() {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate issued = read(problems, () -> FormValues.date("issuedOn", issuedOn));
        LocalDate valid = read(problems, () -> FormValues.date("validUntil", validUntil));
        List<LineDraft> lines = new ArrayList<>();
        int sent = description == null ? 0 : description.size();
        for (int i = 0; i < sent; i++) {
            int row = i;
            String p = at(productId, i);
            UUID product = p.isBlank() ? null : Ids.parse(p).orElse(null);
            lines.add(new LineDraft(product, at(description, i),
                    read(problems, () -> FormValues.integer("lines[" + row + "].quantity", at(quantity, row))),
                    at(unit, i), read(problems, () -> FormValues.yen("lines[" + row + "].unitPrice", at(unitPrice, row))),
                    read(problems, () -> FormValues.integer("lines[" + row + "].taxRate", at(taxRate, row)))));
        }
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems);
        }
        return new QuoteDraft(title == null ? "" : title, issued, valid, notes == null ? "" : notes, lines);
    }

    private static <T> T read(List<FieldProblem> problems, Supplier<T> value) {
        try {
            return value.get();
        } catch (RuleViolationException e) {
            problems.addAll(e.problems());
            return null;
        }
    }

    private static String at(List<String> values, int i) {
        return values == null || i >= values.size() || values.get(i) == null ? "" : values.get(i);
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
