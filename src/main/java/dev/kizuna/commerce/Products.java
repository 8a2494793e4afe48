package dev.kizuna.commerce;

import java.util.List;
import java.util.UUID;

import dev.kizuna.platform.Ids;
import dev.kizuna.platform.api.Check;
import dev.kizuna.platform.api.Cursor;
import dev.kizuna.platform.api.CursorPage;
import dev.kizuna.platform.api.NotFoundException;
import dev.kizuna.platform.api.PageQuery;
import dev.kizuna.platform.api.StaleVersionException;
import dev.kizuna.platform.audit.AuditLog;
import dev.kizuna.platform.security.CurrentActor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The price list: everyone signed in reads it (the quote form picks from it); administrators keep it. A product is
 * retired by making it inactive, never deleted, since quotes and orders point at it. Every change is audited.
 */
@Service
@Transactional
public class Products {

    static final String AUDIT_TYPE = "product";
    static final List<String> TAX_RATES = List.of("10", "8");

    private final ProductRepository products;
    private final AuditLog audit;

    Products(ProductRepository products, AuditLog audit) {
        this.products = products;
        this.audit = audit;
    }

    /** By code; {@code withInactive} adds the retired ones. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public CursorPage<Product> list(boolean withInactive, PageQuery page) {
        var rows = products.list(withInactive, page.decodedCursor(2), page.fetchSize());
        return page.page(rows, p -> Cursor.of(p.code(), p.id()));
    }

    /** Every active product, for pickers. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Product> active() {
        return products.list(false, null, 1000);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Product find(UUID id) {
        return products.find(id).orElseThrow(() -> new NotFoundException(AUDIT_TYPE, id));
    }

    @PreAuthorize("hasRole('ADMIN')")
    public Product create(ProductDraft draft) {
        return insert(draft);
    }

    /** Also used by sample data. */
    Product insert(ProductDraft draft) {
        ProductDraft clean = verify(draft, null);
        UUID id = Ids.newId();
        products.insert(id, clean, CurrentActor.idOrNull());
        Product created = find(id);
        audit.record("product.created", AUDIT_TYPE, id, null, created);
        return created;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public Product update(UUID id, long version, ProductDraft draft) {
        Product before = find(id);
        ProductDraft clean = verify(draft, id);
        if (!products.update(id, version, clean, CurrentActor.idOrNull())) {
            throw new StaleVersionException(AUDIT_TYPE, id);
        }
        Product after = find(id);
        audit.record("product.updated", AUDIT_TYPE, id, before, after);
        return after;
    }

    private ProductDraft verify(ProductDraft d, UUID id) {
        String code = CommerceText.clean(d.code());
        String name = CommerceText.clean(d.name());
        String unit = CommerceText.clean(d.unit());
        Check.of().required("code", code).maxLength("code", code, 40)
                .failIf(!code.isEmpty() && !code.matches("[\\p{Alnum}._\\-]+"), "code", "ProductCode")
                .failIf(!code.isEmpty() && products.codeTaken(code, id), "code", "Duplicate")
                .required("name", name).maxLength("name", name, 120)
                .maxLength("unit", unit, 10)
                .required("unitPrice", d.unitPrice())
                .failIf(d.unitPrice() != null && (d.unitPrice() < 0 || d.unitPrice() > 999_999_999_999L),
                        "unitPrice", "Yen")
                .required("taxRate", d.taxRate())
                .oneOf("taxRate", d.taxRate() == null ? null : d.taxRate().toString(), TAX_RATES)
                .verify();
        return new ProductDraft(code, name, unit.isEmpty() ? "式" : unit, d.unitPrice(), d.taxRate(),
                d.active() == null || d.active());
    }
}
