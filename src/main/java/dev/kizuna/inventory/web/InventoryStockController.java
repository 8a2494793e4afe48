package dev.kizuna.inventory.web;

import java.util.List;
import java.util.UUID;

import dev.kizuna.inventory.Locations;
import dev.kizuna.inventory.Movement;
import dev.kizuna.inventory.MovementDraft;
import dev.kizuna.inventory.Sku;
import dev.kizuna.inventory.Skus;
import dev.kizuna.inventory.Stock;
import dev.kizuna.platform.api.ConflictException;
import dev.kizuna.platform.api.PageQuery;
import dev.kizuna.platform.api.RuleViolationException;
import dev.kizuna.platform.web.Flash;
import dev.kizuna.platform.web.FormErrors;
import dev.kizuna.platform.web.FormValues;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The stock list, a SKU's page (stock by location, the movement form, its history). */
@Controller
class InventoryStockController {

    private final Stock stock;
    private final Skus skus;
    private final Locations locations;
    private final FormErrors formErrors;

    InventoryStockController(Stock stock, Skus skus, Locations locations, FormErrors formErrors) {
        this.stock = stock;
        this.skus = skus;
        this.locations = locations;
        this.formErrors = formErrors;
    }

    @GetMapping("/inventory")
    String list(@RequestParam(required = false) String sku, @RequestParam(required = false) String kind,
            @RequestParam(required = false) Boolean below, @RequestParam(required = false) String sort,
            @RequestParam(required = false) boolean desc, @RequestParam(required = false) String cursor, Model model) {
        String k = kind != null && Sku.KINDS.contains(kind) ? kind : null;
        String s = "name".equals(sort) ? "name" : "code";
        String code = sku == null || sku.isBlank() ? null : sku.strip();
        model.addAttribute("lines", stock.list(code, k, Boolean.TRUE.equals(below) ? true : null, s, desc,
                PageQuery.of(50, cursor)));
        model.addAttribute("sku", code);
        model.addAttribute("kind", k);
        model.addAttribute("below", Boolean.TRUE.equals(below));
        model.addAttribute("sort", s);
        model.addAttribute("desc", desc);
        return "inventory/stock";
    }

    record MovementForm(String kind, String locationId, String toLocationId, String quantity, String movedOn,
            String reason, String note) {
    }

    @GetMapping("/inventory/skus/{id}")
    String page(@PathVariable UUID id, @RequestParam(required = false) String cursor, Model model) {
        return page(id, cursor, new MovementForm("receipt", null, null, null, stock.today().toString(), null, null),
                model);
    }

    @PostMapping("/inventory/skus/{id}/movements")
    String move(@PathVariable UUID id, MovementForm f, Model model, RedirectAttributes redirect) {
        try {
            List<Movement> written = stock.move(new MovementDraft(f.kind(), id, blankToNull(f.locationId()),
                    blankToNull(f.toLocationId()), FormValues.integer("quantity", f.quantity()),
                    FormValues.date("movedOn", f.movedOn()), f.reason(), f.note()));
            Flash.success(redirect, "inventory.flash.moved", written.getFirst().skuName());
            return "redirect:/inventory/skus/" + id;
        } catch (RuleViolationException e) {
            formErrors.show(model, e.problems());
        } catch (ConflictException e) {
            formErrors.show(model, e.problems());
        }
        return page(id, null, f, model);
    }

    private String page(UUID id, String cursor, MovementForm form, Model model) {
        Sku sku = skus.find(id);
        model.addAttribute("sku", sku);
        model.addAttribute("line", stock.of(id));
        model.addAttribute("byLocation", stock.byLocation(List.of(id)).getOrDefault(id, List.of()));
        model.addAttribute("locations", locations.list(null));
        model.addAttribute("movements", stock.movements(id, null, null, PageQuery.of(30, cursor)));
        model.addAttribute("kinds", dev.kizuna.inventory.Movement.KINDS);
        model.addAttribute("form", form);
        return "inventory/sku";
    }

    private static UUID blankToNull(String id) {
        return id == null || id.isBlank() ? null : UUID.fromString(id);
    }
}
