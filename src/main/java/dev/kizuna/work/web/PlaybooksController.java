package dev.kizuna.work.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import dev.kizuna.identity.Roles;
import dev.kizuna.platform.api.FieldProblem;
import dev.kizuna.platform.api.RuleViolationException;
import dev.kizuna.platform.api.StaleVersionException;
import dev.kizuna.platform.web.Flash;
import dev.kizuna.platform.web.FormErrors;
import dev.kizuna.work.Boards;
import dev.kizuna.work.Playbook;
import dev.kizuna.work.PlaybookDraft;
import dev.kizuna.work.PlaybookStep;
import dev.kizuna.work.Playbooks;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Playbooks (フロー): the list and the editor (steps as a list of forms: add, remove, move; saving makes a new
 * version). Runs have their own {@link PlaybookRunsController}.
 */
@Controller
class PlaybooksController {

    private final Playbooks playbooks;
    private final Boards boards;
    private final Roles roles;
    private final FormErrors formErrors;
    private final org.springframework.context.MessageSource messages;
    private final dev.kizuna.customers.Companies companies;

    PlaybooksController(Playbooks playbooks, Boards boards, Roles roles, FormErrors formErrors,
            org.springframework.context.MessageSource messages, dev.kizuna.customers.Companies companies) {
        this.messages = messages;
        this.companies = companies;
        this.playbooks = playbooks;
        this.boards = boards;
        this.roles = roles;
        this.formErrors = formErrors;
    }

    @GetMapping("/playbooks")
    String list(Model model) {
        model.addAttribute("playbooks", playbooks.list());
        return "work/playbooks";
    }

    // ---- the editor ----

    @GetMapping("/playbooks/new")
    String newPlaybook(Model model) {
        return editor(model, new PlaybookDraft("", "", "manual", "", "", true,
                List.of(PlaybookStep.task("", "", ""))), null);
    }

    @GetMapping("/playbooks/{id}/edit")
    String edit(@PathVariable UUID id, Model model) {
        Playbook p = playbooks.find(id);
        return editor(model, new PlaybookDraft(p.name(), p.description(), p.trigger(), p.triggerType(), p.skipTag(),
                p.active(), p.steps()), p);
    }

    @PostMapping("/playbooks/new")
    String create(HttpServletRequest request, @RequestParam(defaultValue = "save") String op, Model model,
            RedirectAttributes redirect) {
        List<FieldProblem> typed = new ArrayList<>();
        PlaybookDraft draft = read(request, typed);
        if (!"save".equals(op)) {
            return editor(model, edited(draft, op), null);
        }
        try {
            if (!typed.isEmpty()) {
                throw new RuleViolationException(typed);
            }
            Playbook created = playbooks.create(draft);
            Flash.success(redirect, "work.flash.playbookSaved", created.name(), created.currentVersion());
            return "redirect:/playbooks";
        } catch (RuleViolationException e) {
            showErrors(model, oneBased(e.problems(), draft.steps().size()));
            return editor(model, draft, null);
        }
    }

    @PostMapping("/playbooks/{id}/edit")
    String update(@PathVariable UUID id, @RequestParam long version, HttpServletRequest request,
            @RequestParam(defaultValue = "save") String op, Model model, RedirectAttributes redirect) {
        Playbook before = playbooks.find(id);
        List<FieldProblem> typed = new ArrayList<>();
        PlaybookDraft draft = read(request, typed);
        if (!"save".equals(op)) {
            model.addAttribute("formVersion", version);
            return editor(model, edited(draft, op), before);
        }
        try {
            if (!typed.isEmpty()) {
                throw new RuleViolationException(typed);
            }
            Playbook after = playbooks.update(id, version, draft);
            Flash.success(redirect, "work.flash.playbookSaved", after.name(), after.currentVersion());
            return "redirect:/playbooks";
        } catch (RuleViolationException e) {
            showErrors(model, oneBased(e.problems(), draft.steps().size()));
            model.addAttribute("formVersion", version);
        } catch (StaleVersionException e) {
            model.addAttribute("stale", true);
        }
        return editor(model, draft, before);
    }

    private String editor(Model model, PlaybookDraft draft, Playbook playbook) {
        model.addAttribute("draft", draft);
        model.addAttribute("playbook", playbook);
        if (!model.containsAttribute("formVersion")) {
            model.addAttribute("formVersion", playbook == null ? 0 : playbook.version());
        }
        model.addAttribute("kinds", PlaybookStep.KINDS);
        List<String> ops = new ArrayList<>(dev.kizuna.work.BranchCondition.OPS);
        ops.addAll(dev.kizuna.work.BranchCondition.EVENT_OPS);
        model.addAttribute("branchOps", ops);
        List<String> fields = new ArrayList<>(dev.kizuna.work.BranchCondition.FIELDS);
        companies.listFields().stream().filter(f -> f.isCustom()).forEach(f -> fields.add(f.name()));
        fields.addAll(dev.kizuna.work.BranchCondition.COUNTS);
        fields.addAll(dev.kizuna.work.BranchCondition.EVENTS);
        model.addAttribute("branchFields", fields);
        model.addAttribute("triggers", Playbook.TRIGGERS);
        model.addAttribute("roles", roles.list(false));
        model.addAttribute("boards", boards.list(false));
        return "work/playbook-form";
    }

    /** Applies add, remove:i, up:i or down:i to the steps as typed (nothing is saved). */
    static PlaybookDraft edited(PlaybookDraft d, String op) {
        List<PlaybookStep> steps = new ArrayList<>(d.steps());
        String[] parts = op.split(":");
        int i = parts.length > 1 ? Integer.parseInt(parts[1]) : -1;
        switch (parts[0]) {
            case "add" -> steps.add(PlaybookStep.task("", "", ""));
            case "remove" -> {
                if (i >= 0 && i < steps.size()) {
                    steps.remove(i);
                }
            }
            case "up" -> {
                if (i > 0 && i < steps.size()) {
                    steps.add(i - 1, steps.remove(i));
                }
            }
            case "down" -> {
                if (i >= 0 && i < steps.size() - 1) {
                    steps.add(i + 1, steps.remove(i));
                }
            }
            default -> {
            }
        }
        return new PlaybookDraft(d.name(), d.description(), d.trigger(), d.triggerType(), d.skipTag(), d.active(),
                steps);
    }

    /** The editor's fields: one value per step for each {@code s.<field>} (step numbers are 1-based on the page). */
    static PlaybookDraft read(HttpServletRequest r, List<FieldProblem> problems) {
        String[] kinds = values(r, "s.kind");
        List<PlaybookStep> steps = new ArrayList<>();
        for (int i = 0; i < kinds.length; i++) {
            String f = "steps[" + i + "].";
            steps.add(new PlaybookStep(kinds[i], at(r, "s.title", i), blankNull(at(r, "s.role", i)),
                    blankNull(at(r, "s.board", i)), at(r, "s.details", i),
                    lines(at(r, "s.checklist", i)), number(at(r, "s.limit", i), f + "limit", problems),
                    step(at(r, "s.onLimit", i), f + "onLimit", problems), step(at(r, "s.then", i), f + "then", problems),
                    number(at(r, "s.waitDays", i), f + "waitDays", problems), date(at(r, "s.waitUntil", i),
                    f + "waitUntil", problems), blankNull(at(r, "s.waitFor", i)), blankNull(at(r, "s.subject", i)),
                    blankNull(at(r, "s.body", i)), number(at(r, "s.targetMinutes", i), f + "targetMinutes", problems),
                    "branch".equals(kinds[i]) ? new dev.kizuna.work.BranchCondition(blankNull(at(r, "s.whenSubject", i)),
                            blankNull(at(r, "s.whenField", i)), blankNull(at(r, "s.whenOp", i)),
                            blankNull(at(r, "s.whenValue", i))) : null,
                    step(at(r, "s.otherwise", i), f + "otherwise", problems)));
        }
        return new PlaybookDraft(r.getParameter("name"), r.getParameter("description"), r.getParameter("trigger"),
                blankNull(r.getParameter("triggerType")), blankNull(r.getParameter("skipTag")),
                "true".equals(r.getParameter("active")), steps);
    }

    private static String[] values(HttpServletRequest r, String name) {
        String[] v = r.getParameterValues(name);
        return v == null ? new String[0] : v;
    }

    private static String at(HttpServletRequest r, String name, int i) {
        String[] v = values(r, name);
        return i < v.length ? v[i] : "";
    }

    private static String blankNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static List<String> lines(String s) {
        return s == null ? List.of() : Arrays.stream(s.split("\\R")).map(String::strip).filter(x -> !x.isEmpty())
                .toList();
    }

    private static Integer number(String s, String field, List<FieldProblem> problems) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(s.strip());
        } catch (NumberFormatException e) {
            problems.add(FieldProblem.of(field, "Number"));
            return null;
        }
    }

    /** A step number as typed (1-based) → the 0-based index the engine uses. */
    private static Integer step(String s, String field, List<FieldProblem> problems) {
        Integer n = number(s, field, problems);
        return n == null ? null : n - 1;
    }

    private static LocalDate date(String s, String field, List<FieldProblem> problems) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(s.strip());
        } catch (java.time.format.DateTimeParseException e) {
            problems.add(FieldProblem.of(field, "TypeMismatch"));
            return null;
        }
    }

    /** The page's errors; a step's field is named with its step number (the message says which field). */
    @SuppressWarnings("unchecked")
    private void showErrors(Model model, List<FieldProblem> problems) {
        formErrors.show(model, problems);
        if (model.getAttribute("errors") instanceof java.util.Map<?, ?> errors) {
            var named = new java.util.LinkedHashMap<String, String>();
            ((java.util.Map<String, String>) errors).forEach((field, message) -> {
                var m = java.util.regex.Pattern.compile("steps\\[(\\d+)\\]\\..+").matcher(field);
                named.put(field, m.matches() ? messages.getMessage("work.playbooks.stepError",
                        new Object[] {Integer.parseInt(m.group(1)) + 1, message},
                        org.springframework.context.i18n.LocaleContextHolder.getLocale()) : message);
            });
            model.addAttribute("errors", named);
        }
    }

    /** Step references are 1-based on the page: a range problem on then/onLimit names 1..n+1. */
    private static List<FieldProblem> oneBased(List<FieldProblem> problems, int steps) {
        return problems.stream().map(p -> "Range".equals(p.code())
                && (p.field().endsWith(".then") || p.field().endsWith(".onLimit") || p.field().endsWith(".otherwise"))
                ? FieldProblem.of(p.field(), "Range", 1, steps + 1) : p).toList();
    }
}
