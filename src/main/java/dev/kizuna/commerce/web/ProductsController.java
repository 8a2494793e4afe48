package dev.kizuna.commerce.web;

import java.util.UUID;

import dev.kizuna.commerce.CommerceSettings;
import dev.kizuna.commerce.Issuer;
import dev.kizuna.commerce.Product;
import dev.kizuna.commerce.ProductDraft;
import dev.kizuna.commerce.Products;
import dev.kizuna.platform.api.PageQuery;
import dev.kizuna.platform.api.RuleViolationException;
import dev.kizuna.platform.api.StaleVersionException;
import dev.kizuna.platform.web.Flash;
import dev.kizuna.platform.web.FormErrors;
import dev.kizuna.platform.web.FormValues;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators keep the price list and the issuer printed on quotes. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class ProductsController {

    private final Products products;
    private final CommerceSettings settings;
    private final FormErrors formErrors;

    ProductsController(Products products, CommerceSettings settings, FormErrors formErrors) {
        this.products = products;
        this.settings = settings;
        this.formErrors = formErrors;
    }

    @GetMapping("/admin/products")
    String page(@RequestParam(required = false) String cursor, Model model) {
        model.addAttribute("products", products.list(true, PageQuery.of(100, cursor)));
        if (!model.containsAttribute("issuer")) {
            model.addAttribute("issuer", settings.issuer());
        }
        return "commerce/products";
    }

    @PostMapping("/admin/products")
    String create(@RequestParam(defaultValue = "") String code, @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String unit, @RequestParam(required = false) String unitPrice,
            @RequestParam(required = false) Integer taxRate, Model model, RedirectAttributes redirect) {
        try {
            Product p = products.create(new ProductDraft(code, name, unit, FormValues.yen("unitPrice", unitPrice), taxRate,
                    true));
            Flash.success(redirect, "commerce.flash.productSaved", p.name());
            return "redirect:/admin/products";
        } catch (RuleViolationException e) {
            formErrors.show(model, e.problems());
            model.addAttribute("draft", new ProductDraft(code, name, unit, null, taxRate, true));
            model.addAttribute("unitPriceText", unitPrice);
            return page(null, model);
        }
    }

    @GetMapping("/admin/products/{id}")
    String edit(@PathVariable UUID id, Model model) {
        if (!model.containsAttribute("product")) {
            model.addAttribute("product", products.find(id));
        }
        return "commerce/product";
    }

    @PostMapping("/admin/products/{id}")
    String save(@PathVariable UUID id, @RequestParam long version, @RequestParam(defaultValue = "") String code,
            @RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String unit,
            @RequestParam(required = false) String unitPrice, @RequestParam(required = false) Integer taxRate,
            @RequestParam(defaultValue = "false") boolean active, Model model, RedirectAttributes redirect) {
        return formErrors.saveVersioned(model, () -> {
            Product p = products.update(id, version, new ProductDraft(code, name, unit,
                    FormValues.yen("unitPrice", unitPrice), taxRate, active));
            Flash.success(redirect, "commerce.flash.productSaved", p.name());
            return "redirect:/admin/products";
        }, () -> edit(id, model));
    }

    @PostMapping("/admin/products/issuer")
    String issuer(@RequestParam long version, @RequestParam(defaultValue = "") String issuerName,
            @RequestParam(defaultValue = "") String issuerAddress, @RequestParam(defaultValue = "") String issuerPhone,
            @RequestParam(defaultValue = "") String registrationNumber,
            @RequestParam(defaultValue = "30") int quoteValidDays, Model model, RedirectAttributes redirect) {
        Issuer typed = new Issuer(issuerName, issuerAddress, issuerPhone, registrationNumber, quoteValidDays, version);
        try {
            settings.change(typed, version);
            Flash.success(redirect, "commerce.flash.issuerSaved");
            return "redirect:/admin/products";
        } catch (RuleViolationException e) {
            formErrors.show(model, e.problems());
            model.addAttribute("issuer", typed);
            return page(null, model);
        } catch (StaleVersionException e) {
            model.addAttribute("stale", true);
            return page(null, model);
        }
    }
}
