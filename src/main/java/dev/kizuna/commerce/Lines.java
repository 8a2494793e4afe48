package dev.kizuna.commerce;

import java.util.ArrayList;
import java.util.List;

import dev.kizuna.platform.api.Check;
import org.springframework.stereotype.Component;

/** Turns typed lines into priced line items: a product fills what is left empty; every line is checked. */
@Component
class Lines {

    static final int MAX_LINES = 100;
    static final List<String> LINE_TAX_RATES = List.of("10", "8", "0");
    static final int STANDARD_RATE = 10;

    private final ProductRepository products;

    Lines(ProductRepository products) {
        this.products = products;
    }

    /**
     * Problems name a line by its place in what was sent ({@code lines[2]} is the third row of the form, empty rows
     * included), so the message can say which row a person has to fix.
     */
    List<LineItem> price(List<LineDraft> drafts, Check check) {
        List<LineDraft> sent = drafts == null ? List.of() : drafts;
        long given = sent.stream().filter(d -> !empty(d)).count();
        check.failIf(given == 0, "lines", "LinesRequired").failIf(given > MAX_LINES, "lines", "Range", 1, MAX_LINES);
        List<LineItem> items = new ArrayList<>();
        if (given > MAX_LINES) {
            return items;
        }
        for (int i = 0; i < sent.size(); i++) {
            LineDraft d = sent.get(i);
            if (!empty(d)) {
                LineItem item = price(d, "lines[" + i + "].", check);
                if (!check.hasProblems()) {
                    items.add(item);
                }
            }
        }
        return items;
    }

    private LineItem price(LineDraft d, String at, Check check) {
        Product p = d.productId() == null ? null : products.find(d.productId()).orElse(null);
        check.failIf(d.productId() != null && p == null, at + "productId", "UnknownId");
        String description = CommerceText.clean(d.description());
        if (description.isEmpty() && p != null) {
            description = p.name();
        }
        String unit = CommerceText.clean(d.unit());
        if (unit.isEmpty() && p != null) {
            unit = p.unit();
        }
        Long price = d.unitPrice() != null ? d.unitPrice() : p == null ? null : p.unitPrice();
        // A free-text line (no product) is taxed at the standard rate unless another is chosen.
        Integer rate = d.taxRate() != null ? d.taxRate() : p != null ? p.taxRate() : STANDARD_RATE;
        int quantity = d.quantity() == null ? 1 : d.quantity();
        check.required(at + "description", description).maxLength(at + "description", description, 120)
                .maxLength(at + "unit", unit, 10)
                .failIf(quantity < 1 || quantity > 999_999, at + "quantity", "Range", 1, 999_999)
                .required(at + "unitPrice", price)
                .failIf(price != null && (price < 0 || price > 999_999_999_999L), at + "unitPrice", "Yen")
                .required(at + "taxRate", rate)
                .oneOf(at + "taxRate", rate == null ? null : rate.toString(), LINE_TAX_RATES);
        return check.hasProblems() ? null
                : LineItem.of(p == null ? null : p.id(), description, quantity, unit, price, rate);
    }

    private static boolean empty(LineDraft d) {
        return d == null || d.productId() == null && CommerceText.clean(d.description()).isEmpty()
                && d.unitPrice() == null;
    }
}
