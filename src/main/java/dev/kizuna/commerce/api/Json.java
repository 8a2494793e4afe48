package dev.kizuna.commerce.api;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.kizuna.commerce.LineDraft;
import dev.kizuna.commerce.LineItem;
import dev.kizuna.commerce.Totals;
import dev.kizuna.platform.Ids;
import dev.kizuna.platform.api.FieldProblem;
import dev.kizuna.platform.api.Money;
import dev.kizuna.platform.api.NotFoundException;
import dev.kizuna.platform.api.RuleViolationException;

/** The JSON shapes shared by the commerce endpoints, and reading ids and yen from requests. */
final class Json {

    private Json() {
    }

    record LineJson(String productId, String description, int quantity, String unit, Money unitPrice, int taxRate,
            Money amount) {
        static LineJson of(LineItem l) {
            return new LineJson(str(l.productId()), l.description(), l.quantity(), l.unit(), Money.yen(l.unitPrice()),
                    l.taxRate(), Money.yen(l.amount()));
        }
    }

    record RateJson(int rate, Money base, Money tax) {
    }

    record TotalsJson(List<RateJson> rates, Money subtotal, Money tax, Money total) {
        static TotalsJson of(Totals t) {
            return new TotalsJson(t.rates().stream().map(r -> new RateJson(r.rate(), Money.yen(r.base()),
                    Money.yen(r.tax()))).toList(), Money.yen(t.subtotal()), Money.yen(t.tax()), Money.yen(t.total()));
        }
    }

    /** A line as sent: productId, or description with unitPrice (taxRate defaults to 10); quantity defaults to 1. */
    record LineRequest(String productId, String description, Integer quantity, String unit, Object unitPrice,
            Integer taxRate) {
        LineDraft draft(int i) {
            return new LineDraft(blankId("lines[" + i + "].productId", productId), description, quantity, unit,
                    yen("lines[" + i + "].unitPrice", unitPrice), taxRate);
        }
    }

    static List<LineDraft> lines(List<LineRequest> lines) {
        if (lines == null) {
            return null;
        }
        return java.util.stream.IntStream.range(0, lines.size()).mapToObj(i -> lines.get(i).draft(i)).toList();
    }

    static UUID path(String type, String value) {
        return Ids.parse(value).orElseThrow(() -> new NotFoundException(type, value));
    }

    static UUID id(String field, String value) {
        return Ids.parse(value).orElseThrow(() -> new RuleViolationException(FieldProblem.of(field, "UnknownId")));
    }

    static UUID blankId(String field, String value) {
        return value == null || value.isBlank() ? null : id(field, value);
    }

    /** Whole yen as a number, a string or {"amount": n, "currency": "JPY"}. */
    static Long yen(String field, Object value) {
        Object raw = value instanceof Map<?, ?> m ? m.get("amount") : value;
        if (value instanceof Map<?, ?> m && m.get("currency") != null && !Money.YEN.equals(m.get("currency"))) {
            throw new RuleViolationException(FieldProblem.of(field, "OneOf", Money.YEN));
        }
        if (raw == null || (raw instanceof String s && s.isBlank())) {
            return null;
        }
        try {
            return raw instanceof Number n ? Long.valueOf(new java.math.BigDecimal(n.toString()).longValueExact())
                    : Long.valueOf(raw.toString().replace(",", "").strip());
        } catch (NumberFormatException | ArithmeticException e) {
            throw new RuleViolationException(FieldProblem.of(field, "Yen"));
        }
    }

    static String str(UUID id) {
        return id == null ? null : id.toString();
    }

    static OffsetDateTime time(Instant at) {
        return at == null ? null : at.atOffset(ZoneOffset.UTC);
    }
}
