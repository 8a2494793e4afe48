package dev.kizuna.inventory.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.kizuna.inventory.Locations;
import dev.kizuna.inventory.StockTake;
import dev.kizuna.inventory.StockTakes;
import dev.kizuna.platform.api.PageQuery;
import dev.kizuna.platform.api.RuleViolationException;
import dev.kizuna.platform.api.StaleVersionException;
import dev.kizuna.platform.web.Flash;
import dev.kizuna.platform.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Stock-takes (棚卸): the list with the start form, a take's counts and reasons, closing it (asked first). */
@Controller
class InventoryTakesController {

    private final StockTakes takes;
    private final Locations locations;
    private final FormErrors formErrors;

    InventoryTakesController(StockTakes takes, Locations locations, FormErrors formErrors) {
        this.takes = takes;
        this.locations = locations;
        this.formErrors = formErrors;
    }

    @GetMapping("/inventory/takes")
    String list(@RequestParam(required = false) String status, @RequestParam(required = false) String cursor,
            Model model) {
        String s = status != null && StockTake.STATUSES.contains(status) ? status : null;
        model.addAttribute("takes", takes.list(s, null, PageQuery.of(30, cursor)));
        model.addAttribute("status", s);
        model.addAttribute("locations", locations.list(null));
        return "inventory/takes";
    }

    @PostMapping("/inventory/takes")
    String start(@RequestParam(required = false) String locationId, @RequestParam(required = false) String title,
            Model model, RedirectAttributes redirect) {
        try {
            StockTake t = takes.start(locationId == null || locationId.isBlank() ? null : UUID.fromString(locationId),
                    title, null);
            Flash.success(redirect, "inventory.flash.takeStarted", t.title());
            return "redirect:/inventory/takes/" + t.id();
        } catch (RuleViolationException e) {
            formErrors.show(model, e.problems());
        }
        return list(null, null, model);
    }

    @GetMapping("/inventory/takes/{id}")
    String page(@PathVariable UUID id, Model model) {
        model.addAttribute("take", takes.find(id));
        return "inventory/take";
    }

    /** Counts arrive as counted_<skuId> and reason_<skuId>; an empty count leaves the line uncounted. */
    @PostMapping("/inventory/takes/{id}/counts")
    String count(@PathVariable UUID id, @RequestParam long version, @RequestParam Map<String, String> form,
            Model model, RedirectAttributes redirect) {
        StockTake take = takes.find(id);
        List<StockTakes.Count> counts = new ArrayList<>();
        for (StockTake.Line l : take.lines()) {
            String counted = form.get("counted_" + l.skuId());
            Long n = counted == null || counted.isBlank() ? null : parse(counted);
            counts.add(new StockTakes.Count(l.skuId(), n, form.getOrDefault("reason_" + l.skuId(), "")));
        }
        try {
            takes.count(id, version, counts);
            Flash.success(redirect, "inventory.flash.counted", take.title());
            return "redirect:/inventory/takes/" + id;
        } catch (RuleViolationException e) {
            formErrors.show(model, e.problems());
        } catch (StaleVersionException e) {
            model.addAttribute("stale", true);
        }
        return page(id, model);
    }

    @PostMapping("/inventory/takes/{id}/close")
    String close(@PathVariable UUID id, @RequestParam long version, Model model, RedirectAttributes redirect) {
        try {
            StockTake t = takes.close(id, version);
            Flash.success(redirect, "inventory.flash.takeClosed", t.title());
            return "redirect:/inventory/takes/" + id;
        } catch (RuleViolationException e) {
            formErrors.show(model, e.problems());
        } catch (StaleVersionException e) {
            model.addAttribute("stale", true);
        }
        return page(id, model);
    }

    private static Long parse(String text) {
        try {
            return Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return -1L; // refused as out of range, naming the line
        }
    }
}
