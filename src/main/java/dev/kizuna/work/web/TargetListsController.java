package dev.kizuna.work.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.kizuna.customers.Companies;
import dev.kizuna.customers.ListViews;
import dev.kizuna.platform.api.FieldProblem;
import dev.kizuna.platform.api.PageQuery;
import dev.kizuna.platform.api.RuleViolationException;
import dev.kizuna.platform.api.StaleVersionException;
import dev.kizuna.platform.web.Flash;
import dev.kizuna.platform.web.FormErrors;
import dev.kizuna.work.Boards;
import dev.kizuna.work.Playbooks;
import dev.kizuna.work.TargetList;
import dev.kizuna.work.TargetListDraft;
import dev.kizuna.work.TargetLists;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Target lists (ターゲットリスト): the list, one list with its waiting and fed customers, and the form. */
@Controller
class TargetListsController {

    private final TargetLists lists;
    private final Boards boards;
    private final Playbooks playbooks;
    private final Companies companies;
    private final ListViews views;
    private final FormErrors formErrors;

    TargetListsController(TargetLists lists, Boards boards, Playbooks playbooks, Companies companies, ListViews views,
            FormErrors formErrors) {
        this.lists = lists;
        this.boards = boards;
        this.playbooks = playbooks;
        this.companies = companies;
        this.views = views;
        this.formErrors = formErrors;
    }

    @GetMapping("/target-lists")
    String list(@RequestParam(defaultValue = "false") boolean all, Model model) {
        model.addAttribute("lists", lists.list(all));
        model.addAttribute("all", all);
        return "work/target-lists";
    }

    @GetMapping("/target-lists/{id}")
    String show(@PathVariable UUID id, @RequestParam(required = false) String cursor, Model model) {
        model.addAttribute("list", lists.find(id));
        model.addAttribute("waiting", lists.waiting(id, PageQuery.of(50, cursor)));
        model.addAttribute("fed", lists.fed(id, 20));
        model.addAttribute("today", lists.today());
        return "work/target-list";
    }

    @GetMapping("/target-lists/new")
    String newList(@RequestParam(required = false) String query, Model model) {
        return form(model, new ListForm("", "", query == null ? "" : query, "", "", false, "1", "monthly", "board", "",
                "", true, "daily"), null);
    }

    @PostMapping("/target-lists/new")
    String create(ListForm form, Model model, RedirectAttributes redirect) {
        return formErrors.save(model, () -> {
            TargetList created = lists.create(form.draft());
            Flash.success(redirect, "work.flash.targetListSaved", created.name(), created.waiting());
            return "redirect:/target-lists/" + created.id();
        }, () -> form(model, form, null));
    }

    @GetMapping("/target-lists/{id}/edit")
    String edit(@PathVariable UUID id, Model model) {
        TargetList l = lists.find(id);
        return form(model, new ListForm(l.name(), l.description(), l.query(), "", l.orderField() == null ? ""
                : l.orderField(), l.orderDesc(), String.valueOf(l.perDay()), l.refresh(), l.feedKind(),
                l.boardId() == null ? "" : l.boardId().toString(), l.playbookId() == null ? ""
                : l.playbookId().toString(), l.active(), l.feedMode()), l);
    }

    @PostMapping("/target-lists/{id}/edit")
    String update(@PathVariable UUID id, @RequestParam long version, ListForm form, Model model,
            RedirectAttributes redirect) {
        TargetList before = lists.find(id);
        try {
            TargetList after = lists.update(id, version, form.draft());
            Flash.success(redirect, "work.flash.targetListSaved", after.name(), after.waiting());
            return "redirect:/target-lists/" + id;
        } catch (RuleViolationException e) {
            formErrors.show(model, e.problems());
        } catch (StaleVersionException e) {
            model.addAttribute("stale", true);
        }
        return form(model, form, before);
    }

    @PostMapping("/target-lists/{id}/refresh")
    String refresh(@PathVariable UUID id, @RequestParam long version, RedirectAttributes redirect) {
        try {
            TargetList after = lists.refresh(id, version);
            Flash.success(redirect, "work.flash.targetListRefreshed", after.waiting());
        } catch (StaleVersionException e) {
            Flash.warning(redirect, "work.flash.targetListStale");
        }
        return "redirect:/target-lists/" + id;
    }

    @PostMapping("/target-lists/{id}/move")
    String move(@PathVariable UUID id, @RequestParam long version, @RequestParam UUID companyId,
            @RequestParam String direction, RedirectAttributes redirect) {
        try {
            lists.move(id, version, companyId, "up".equals(direction));
        } catch (StaleVersionException e) {
            Flash.warning(redirect, "work.flash.targetListStale");
        } catch (RuleViolationException e) {
            Flash.warning(redirect, "work.flash.targetListOrderedByField");
        }
        return "redirect:/target-lists/" + id;
    }

    private String form(Model model, ListForm form, TargetList list) {
        model.addAttribute("form", form);
        model.addAttribute("list", list);
        model.addAttribute("boards", boards.list(false));
        model.addAttribute("playbooks", playbooks.list());
        model.addAttribute("views", views.visible("company"));
        model.addAttribute("sorts", Companies.sorts(companies.listFields()));
        model.addAttribute("refreshes", TargetList.REFRESHES);
        model.addAttribute("feedModes", TargetList.FEED_MODES);
        try {
            model.addAttribute("matches", lists.count(form.query()));
        } catch (RuntimeException e) {
            model.addAttribute("matches", null); // the query's problem is shown on save
        }
        return "work/target-list-form";
    }

    /** The target list form as typed. */
    record ListForm(String name, String description, String query, String viewId, String orderField, Boolean orderDesc,
            String perDay, String refresh, String feedKind, String boardId, String playbookId, Boolean active,
            String feedMode) {

        ListForm {
            orderDesc = Boolean.TRUE.equals(orderDesc);
            active = Boolean.TRUE.equals(active);
        }

        TargetListDraft draft() {
            List<FieldProblem> problems = new ArrayList<>();
            UUID view = TaskForm.id("viewId", viewId, problems);
            UUID board = TaskForm.id("boardId", boardId, problems);
            UUID playbook = TaskForm.id("playbookId", playbookId, problems);
            Integer n = null;
            try {
                n = perDay == null || perDay.isBlank() ? null : Integer.valueOf(perDay.strip());
            } catch (NumberFormatException e) {
                problems.add(FieldProblem.of("perDay", "Number"));
            }
            if (!problems.isEmpty()) {
                throw new RuleViolationException(problems);
            }
            return new TargetListDraft(name, description, query, view, orderField, orderDesc, n, refresh, feedKind,
                    board, playbook, active, feedMode);
        }
    }
}
