package dev.kizuna.commerce.api;

import java.util.List;

import dev.kizuna.commerce.LineDraft;
import dev.kizuna.commerce.LineItem;
import dev.kizuna.commerce.Totals;
import dev.kizuna.platform.api.ApiValues;
import dev.kizuna.platform.api.Money;

/** The JSON shapes shared by the commerce endpoints. */
final class Json {

    private Json() {
    }

    record LineJson(String productId, String description, int quantity, String unit, Money unitPrice, int taxRate,
            Money amount) {
        static LineJson of(LineItem l) {
            return new LineJson(ApiValues.text(l.productId()), l.description(), l.quantity(), l.unit(), Money.yen(l.unitPrice()),
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
            return new LineDraft(ApiValues.optionalId("lines[" + i + "].productId", productId), description,
                    quantity, unit, ApiValues.yen("lines[" + i + "].unitPrice", unitPrice), taxRate);
        }
    }

    static List<LineDraft> lines(List<LineRequest> lines) {
        if (lines == null) {
            return null;
        }
        return java.util.stream.IntStream.range(0, lines.size()).mapToObj(i -> lines.get(i).draft(i)).toList();
    }
}
