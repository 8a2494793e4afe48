package dev.kizuna.inventory.web;

import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import dev.kizuna.inventory.StockPlanRow;
import dev.kizuna.inventory.StockPlans;
import dev.kizuna.platform.api.CursorPage;
import dev.kizuna.platform.api.FieldProblem;
import dev.kizuna.platform.api.PageQuery;
import dev.kizuna.platform.api.RuleViolationException;
import dev.kizuna.platform.api.StaleVersionException;
import dev.kizuna.platform.web.Flash;
import dev.kizuna.platform.web.FormErrors;
import dev.kizuna.platform.web.FormValues;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The monthly plan (予実): each SKU's planned receipts and shipments for the month, typed on one grid by managers,
 * with the actual movements and the variance beside them. A grid with a mistake comes back as typed, the wrong cells
 * named, and nothing saved.
 */
@Controller
class InventoryPlansController {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final int PAGE = 50;

    /** A grid row: the SKU's month and what its two cells show (the plan, or what was typed). */
    record PlanCells(StockPlanRow row, String receipts, String shipments) {
    }

    private final StockPlans plans;
    private final FormErrors formErrors;

    InventoryPlansController(StockPlans plans, FormErrors formErrors) {
        this.plans = plans;
        this.formErrors = formErrors;
    }

    @GetMapping("/inventory/plans")
    String plans(@RequestParam(required = false) String month, @RequestParam(required = false) String sku,
            @RequestParam(required = false) String cursor, Model model) {
        YearMonth m = month(month);
        CursorPage<StockPlanRow> rows = plans.month(m, code(sku), PageQuery.of(PAGE, cursor));
        return page(m, sku, cursor, rows, rows.items().stream().map(r -> new PlanCells(r,
                String.valueOf(r.plannedReceipts()), String.valueOf(r.plannedShipments()))).toList(), model);
    }

    /**
     * The grid arrives as parallel lists {@code skuId}, {@code version}, {@code receipts}, {@code shipments} (one entry
     * per row shown); rows whose numbers did not change are left alone.
     */
    @PostMapping("/inventory/plans")
    String save(@RequestParam String month, @RequestParam(required = false) String sku,
            @RequestParam(required = false) String cursor, @RequestParam MultiValueMap<String, String> form,
            Model model, RedirectAttributes redirect) {
        YearMonth m = month(month);
        CursorPage<StockPlanRow> rows = plans.month(m, code(sku), PageQuery.of(PAGE, cursor));
        List<String> skuIds = form.getOrDefault("skuId", List.of());
        List<String> receipts = form.getOrDefault("receipts", List.of());
        List<String> shipments = form.getOrDefault("shipments", List.of());
        List<String> versions = form.getOrDefault("version", List.of());
        List<PlanCells> typed = new ArrayList<>();
        List<StockPlans.Entry> changed = new ArrayList<>();
        List<Integer> changedRow = new ArrayList<>();
        List<FieldProblem> problems = new ArrayList<>();
        for (StockPlanRow r : rows.items()) {
            int i = skuIds.indexOf(r.skuId().toString());
            if (i < 0) {
                typed.add(new PlanCells(r, String.valueOf(r.plannedReceipts()), String.valueOf(r.plannedShipments())));
                continue;
            }
            String rt = at(receipts, i);
            String st = at(shipments, i);
            int row = typed.size();
            typed.add(new PlanCells(r, rt, st));
            Integer rv = number("rows[" + row + "].plannedReceipts", rt, problems);
            Integer sv = number("rows[" + row + "].plannedShipments", st, problems);
            boolean same = r.version() != null && rv != null && sv != null && rv == r.plannedReceipts()
                    && sv == r.plannedShipments();
            boolean nothing = r.version() == null && (rv == null || rv == 0) && (sv == null || sv == 0);
            if (!same && !nothing) {
                changed.add(new StockPlans.Entry(r.skuId(), rv == null ? 0 : rv, sv == null ? 0 : sv,
                        version(at(versions, i))));
                changedRow.add(row);
            }
        }
        if (!problems.isEmpty()) {
            formErrors.show(model, problems);
            return page(m, sku, cursor, rows, typed, model);
        }
        try {
            plans.saveMonth(m, changed);
        } catch (RuleViolationException e) {
            // The service names its entries rows[i] in the order given; the page names them by grid row.
            formErrors.show(model, e.problems().stream().map(p -> renamed(p, changedRow)).toList());
            return page(m, sku, cursor, rows, typed, model);
        } catch (StaleVersionException e) {
            model.addAttribute("stale", true);
            return page(m, sku, cursor, rows, typed, model);
        }
        Flash.success(redirect, "inventory.flash.plansSaved", changed.size());
        redirect.addAttribute("month", m.toString());
        if (code(sku) != null) {
            redirect.addAttribute("sku", code(sku));
        }
        if (cursor != null && !cursor.isBlank()) {
            redirect.addAttribute("cursor", cursor);
        }
        return "redirect:/inventory/plans";
    }

    private String page(YearMonth m, String sku, String cursor, CursorPage<StockPlanRow> rows,
            List<PlanCells> cells, Model model) {
        model.addAttribute("rows", rows);
        model.addAttribute("sku", code(sku));
        model.addAttribute("cells", cells);
        model.addAttribute("month", m);
        model.addAttribute("cursor", cursor);
        return "inventory/plans";
    }

    private static Integer number(String field, String text, List<FieldProblem> problems) {
        try {
            return FormValues.integer(field, text == null ? null : text.replace(",", ""));
        } catch (RuleViolationException e) {
            problems.addAll(e.problems());
            return null;
        }
    }

    private static FieldProblem renamed(FieldProblem p, List<Integer> rows) {
        var matcher = java.util.regex.Pattern.compile("^rows\\[(\\d+)]").matcher(p.field());
        if (!matcher.find()) {
            return p;
        }
        int grid = rows.get(Integer.parseInt(matcher.group(1)));
        return new FieldProblem("rows[" + grid + "]" + p.field().substring(matcher.end()), p.code(), p.arguments());
    }

    private static String code(String sku) {
        return sku == null || sku.isBlank() ? null : sku.strip();
    }

    private static String at(List<String> values, int i) {
        return i < values.size() ? values.get(i) : "";
    }

    private static Long version(String text) {
        try {
            return text == null || text.isBlank() ? null : Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static YearMonth month(String month) {
        try {
            return month == null || month.isBlank() ? YearMonth.now(TOKYO) : YearMonth.parse(month.strip());
        } catch (DateTimeParseException e) {
            return YearMonth.now(TOKYO);
        }
    }
}
