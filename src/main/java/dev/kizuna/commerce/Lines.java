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

    private final ProductRepository products;

    Lines(ProductRepository products) {
        this.products = products;
    }

    List<LineItem> price(List<LineDraft> drafts, Check check) {
        List<LineDraft> given = drafts == null ? List.of() : drafts.stream()
                .filter(d -> d != null && !(d.productId() == null && CommerceText.clean(d.description()).isEmpty()
                        && d.unitPrice() == null))
                .toList();
        check.failIf(given.isEmpty(), "lines", "LinesRequired").failIf(given.size() > MAX_LINES, "lines", "Range", 1,
                MAX_LINES);
        List<LineItem> items = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            LineDraft d = given.get(i);
            String at = "lines[" + i + "].";
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
            Integer rate = d.taxRate() != null ? d.taxRate() : p == null ? null : p.taxRate();
            int quantity = d.quantity() == null ? 1 : d.quantity();
            check.required(at + "description", description).maxLength(at + "description", description, 120)
                    .maxLength(at + "unit", unit, 10)
                    .failIf(quantity < 1 || quantity > 999_999, at + "quantity", "Range", 1, 999_999)
                    .required(at + "unitPrice", price)
                    .failIf(price != null && (price < 0 || price > 999_999_999_999L), at + "unitPrice", "Yen")
                    .required(at + "taxRate", rate)
                    .oneOf(at + "taxRate", rate == null ? null : rate.toString(), LINE_TAX_RATES);
            if (!check.hasProblems()) {
                items.add(LineItem.of(p == null ? null : p.id(), description, quantity, unit, price, rate));
            }
        }
        return items;
    }
}
