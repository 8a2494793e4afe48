package dev.kizuna.sales.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.kizuna.customers.CustomFieldInputs;
import dev.kizuna.activities.Activities;
import dev.kizuna.activities.Activity;
import dev.kizuna.customers.Companies;
import dev.kizuna.customers.Contacts;
import dev.kizuna.customers.CustomFields;
import dev.kizuna.identity.Users;
import dev.kizuna.platform.api.PageQuery;
import dev.kizuna.platform.api.RuleViolationException;
import dev.kizuna.platform.api.StaleVersionException;
import dev.kizuna.platform.security.CurrentActor;
import dev.kizuna.platform.web.Flash;
import dev.kizuna.platform.web.FormErrors;
import dev.kizuna.platform.web.Htmx;
import dev.kizuna.sales.Deal;
import dev.kizuna.sales.DealFilter;
import dev.kizuna.sales.Deals;
import dev.kizuna.sales.Pipeline;
import dev.kizuna.sales.Pipelines;
import dev.kizuna.sales.StageChange;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The kanban board, the deals list, a deal's page and its form, and moving a deal (drag, buttons or form). */
@Controller
class DealsController {

    private final Deals deals;
    private final dev.kizuna.sales.DealBoards dealBoards;
    private final Pipelines pipelines;
    private final Companies companies;
    private final Contacts contacts;
    private final Users users;
    private final CustomFields customFields;
    private final Activities activities;
    private final FormErrors formErrors;
    private final dev.kizuna.sales.StalledDeals stalledDeals;
    private final dev.kizuna.customers.ListViews views;
    private final dev.kizuna.activities.ActivityOptions activityOptions;

    DealsController(Deals deals, dev.kizuna.sales.DealBoards dealBoards, Pipelines pipelines, Companies companies, Contacts contacts, Users users,
            CustomFields customFields, Activities activities, FormErrors formErrors,
            dev.kizuna.sales.StalledDeals stalledDeals, dev.kizuna.customers.ListViews views,
            dev.kizuna.activities.ActivityOptions activityOptions) {
        this.activityOptions = activityOptions;
        this.stalledDeals = stalledDeals;
        this.views = views;
        this.deals = deals;
        this.dealBoards = dealBoards;
        this.pipelines = pipelines;
        this.companies = companies;
        this.contacts = contacts;
        this.users = users;
        this.customFields = customFields;
        this.activities = activities;
        this.formErrors = formErrors;
    }

    /** The board of a pipeline (the first one by default); htmx gets the board alone after a move. */
    @GetMapping("/deals")
    String board(@RequestParam(required = false) UUID pipeline, @RequestParam(required = false) UUID moved,
            @RequestParam(defaultValue = "false") boolean mine, Model model, HttpServletRequest request) {
        model.addAttribute("mine", mine);
        model.addAttribute("movedId", moved); // after a move without JavaScript: the focus goes back to that card
        List<Pipeline> all = pipelines.list(false);
        model.addAttribute("pipelines", all);
        if (all.isEmpty()) {
            return "sales/board";
        }
        UUID chosen = pipeline != null && all.stream().anyMatch(p -> p.id().equals(pipeline)) ? pipeline
                : all.getFirst().id();
        model.addAttribute("board", dealBoards.board(chosen, mine ? dev.kizuna.platform.security.CurrentActor.idOrNull() : null));
        return Htmx.pageOr(request, "sales/board", "board");
    }

    @GetMapping("/deals/list")
    String list(HttpServletRequest request, @RequestParam(required = false) String cursor,
            @RequestParam(required = false) UUID view, Model model, RedirectAttributes redirect) {
        if (view != null && request.getParameterMap().size() == 1) {
            String saved = views.find(view).query();
            return "redirect:/deals/list?" + (saved.isEmpty() ? "" : saved + "&") + "view=" + view;
        }
        model.addAttribute("views", views.visible("deal"));
        model.addAttribute("currentView", view);
        DealFilter filter = DealFilter.fromParameters(request.getParameterMap());
        try {
            model.addAttribute("page", deals.list(filter, PageQuery.of(50, cursor)));
            model.addAttribute("total", deals.count(filter));
        } catch (RuleViolationException e) {
            formErrors.show(model, e.problems());
            model.addAttribute("page", new dev.kizuna.platform.api.CursorPage<Deal>(List.of(), null));
            model.addAttribute("total", 0L);
        }
        model.addAttribute("filter", filter);
        model.addAttribute("pipelines", pipelines.list(false));
        model.addAttribute("owners", users.pickable());
        model.addAttribute("query", request.getQueryString() == null ? "" : request.getQueryString()
                .replaceAll("(^|&)cursor=[^&]*", ""));
        return Htmx.pageOr(request, "sales/list", "results");
    }

    /** Saves the list's filters and sort as a view (the customer master's saved views, object "deal"). */
    @PostMapping("/deals/views")
    String saveView(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String query,
            @RequestParam(defaultValue = "false") boolean shared, RedirectAttributes redirect) {
        try {
            var saved = views.save("deal", name, query, shared);
            Flash.success(redirect, "views.saved", saved.name());
            return "redirect:/deals/list?" + (saved.query().isEmpty() ? "" : saved.query() + "&") + "view=" + saved.id();
        } catch (RuleViolationException e) {
            Flash.warning(redirect, "sales.flash.viewNotSaved");
            return "redirect:/deals/list" + (query.isBlank() ? "" : "?" + query);
        }
    }

    @PostMapping("/deals/views/{id}/delete")
    String deleteView(@PathVariable UUID id, RedirectAttributes redirect) {
        String name = views.find(id).name();
        views.delete(id);
        Flash.success(redirect, "views.deleted", name);
        return "redirect:/deals/list";
    }

    @GetMapping("/deals/stalled")
    String stalled(@RequestParam(defaultValue = "false") boolean mine, Model model) {
        model.addAttribute("deals", stalledDeals.list(mine ? CurrentActor.required().actorId() : null));
        model.addAttribute("mine", mine);
        return "sales/stalled";
    }

    @GetMapping("/deals/{id}")
    String detail(@PathVariable UUID id, @RequestParam(required = false) UUID moveTo, Model model) {
        Deal deal = deals.find(id);
        Pipeline pipeline = pipelines.find(deal.pipelineId());
        model.addAttribute("deal", deal);
        model.addAttribute("pipeline", pipeline);
        model.addAttribute("moveTo", moveTo == null ? deal.stageId() : moveTo);
        model.addAttribute("lostReasons", pipelines.lostReasons(false));
        model.addAttribute("fields", customFields.active("deal"));
        model.addAttribute("timeline", timeline(deal));
        model.addAttribute("now", java.time.Instant.now());
        return "sales/detail";
    }

    /** One line of a deal's timeline: an activity logged against it, or a stage change. */
    record Line(java.time.Instant at, String kind, String title, String detail, String actor, String href) {
    }

    private List<Line> timeline(Deal deal) {
        List<Line> lines = new ArrayList<>();
        var locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        var labels = new java.util.HashMap<UUID, String>();
        for (String kind : List.of(dev.kizuna.activities.ActivityOption.CHANNEL, dev.kizuna.activities.ActivityOption.TYPE)) {
            activityOptions.of(kind, true).forEach(o -> labels.put(o.id(), o.label(locale)));
        }
        String dot = "en".equals(locale.getLanguage()) ? " · " : "・";
        for (Activity a : activities.ofDeal(deal.id(), 50)) {
            lines.add(new Line(a.occurredAt(), a.kind(), a.note() ? "" : labels.getOrDefault(a.channelId(), a.channelName())
                    + dot + labels.getOrDefault(a.typeId(), a.typeName()),
                    a.details(), a.userName(), "/activities/" + a.id()));
        }
        for (StageChange c : deals.history(deal.id())) {
            lines.add(new Line(c.at(), "deal", c.movement(),
                    "", c.actorName(), null));
        }
        lines.sort(Comparator.comparing(Line::at).reversed());
        return lines;
    }

    @GetMapping("/deals/new")
    String newDeal(@RequestParam(required = false) UUID companyId, @RequestParam(required = false) UUID pipeline,
            @RequestParam(required = false) String q, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("found", q == null || q.isBlank() ? List.of()
                : companies.list(dev.kizuna.customers.CompanyFilter.search(q), PageQuery.first(10)).items());
        return form(model, DealForm.blank(companyId, pipeline, CurrentActor.required().actorId()),
                Map.of(), null);
    }

    @PostMapping("/deals/new")
    String create(@ModelAttribute("form") DealForm form, BindingResult binding, HttpServletRequest request,
            Model model, RedirectAttributes redirect) {
        var fields = customFields.active("deal");
        Map<String, Object> custom = CustomFieldInputs.read(request::getParameterValues, fields);
        return formErrors.save(model, binding, () -> {
            Deal created = deals.create(form.toDraft(custom, null));
            Flash.success(redirect, "sales.flash.created", created.name());
            return "redirect:/deals/" + created.id();
        }, () -> form(model, form, custom, null));
    }

    @GetMapping("/deals/{id}/edit")
    String edit(@PathVariable UUID id, Model model) {
        Deal deal = deals.find(id);
        return form(model, DealForm.of(deal), CustomFieldInputs.of(deal.customFields(), customFields.active("deal")),
                deal);
    }

    @PostMapping("/deals/{id}/edit")
    String update(@PathVariable UUID id, @ModelAttribute("form") DealForm form, BindingResult binding,
            HttpServletRequest request, Model model, RedirectAttributes redirect) {
        Deal before = deals.find(id);
        Map<String, Object> custom = CustomFieldInputs.read(request::getParameterValues, customFields.active("deal"));
        return formErrors.saveVersioned(model, binding, () -> {
            Deal after = deals.update(id, form.version() == null ? -1 : form.version(), form.toDraft(custom, before));
            Flash.success(redirect, "sales.flash.saved", after.name());
            return "redirect:/deals/" + id;
        }, () -> form(model, form, custom, before));
    }

    /**
     * Moves a deal: from the board (drag and drop, or the ← → buttons: htmx gets the board back) or from the deal's
     * page (with a lost reason). A stale version or a missing lost reason is said on the deal's page.
     */
    @PostMapping("/deals/{id}/move")
    String move(@PathVariable UUID id, @RequestParam long version, @RequestParam(required = false) UUID stageId,
            @RequestParam(required = false) UUID lostReasonId, @RequestParam(required = false) String lostNote,
            @RequestParam(defaultValue = "deal") String from, @RequestParam(defaultValue = "false") boolean mine,
            HttpServletRequest request, Model model, RedirectAttributes redirect) {
        try {
            Deal moved = deals.move(id, version, stageId, lostReasonId, lostNote);
            if ("board".equals(from)) {
                if (Htmx.isHtmx(request)) {
                    model.addAttribute("pipelines", pipelines.list(false));
                    var board = dealBoards.board(moved.pipelineId(), mine ? dev.kizuna.platform.security.CurrentActor.idOrNull() : null);
                    model.addAttribute("board", board);
                    model.addAttribute("mine", mine);
                    model.addAttribute("movedId", moved.id());
                    // On a phone the stages stack, so the card leaves the screen: say where it went.
                    board.columns().stream().filter(c -> c.stage().id().equals(moved.stageId())).findFirst().ifPresent(c ->
                            model.addAttribute("movedTo", List.of(moved.name(), c.stage().label(
                                    org.springframework.context.i18n.LocaleContextHolder.getLocale()))));
                    return "sales/board :: board";
                }
                Flash.success(redirect, "sales.flash.moved", moved.name(), moved.stageName());
                return "redirect:/deals?pipeline=" + moved.pipelineId() + "&moved=" + moved.id();
            }
            Flash.success(redirect, "sales.flash.moved", moved.name(), moved.stageName());
            return "redirect:/deals/" + id;
        } catch (RuleViolationException e) {
            formErrors.show(model, e.problems());
        } catch (StaleVersionException e) {
            model.addAttribute("stale", true);
        }
        if (Htmx.isHtmx(request)) {
            // Tell the board to go to the deal's page, where the problem is explained.
            return "redirect:/deals/" + id + "?moveTo=" + (stageId == null ? "" : stageId) + "&problem=true";
        }
        model.addAttribute("lostNote", lostNote);
        model.addAttribute("lostReasonId", lostReasonId);
        return detailWithErrors(id, stageId, model);
    }

    private String detailWithErrors(UUID id, UUID stageId, Model model) {
        detail(id, stageId, model);
        return "sales/detail";
    }

    private String form(Model model, DealForm form, Map<String, Object> custom, Deal deal) {
        model.addAttribute("form", form);
        model.addAttribute("deal", deal);
        model.addAttribute("customValues", custom);
        model.addAttribute("fields", customFields.active("deal"));
        model.addAttribute("pipelines", pipelines.list(false));
        model.addAttribute("owners", users.pickable());
        model.addAttribute("company", form.companyId() == null ? null : companies.findOrNull(form.companyId()));
        model.addAttribute("contacts", form.companyId() == null ? List.of() : contacts.forCompany(form.companyId()));
        return "sales/form";
    }
}
