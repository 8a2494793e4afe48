package dev.kizuna.work.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.kizuna.identity.Roles;
import dev.kizuna.identity.Users;
import dev.kizuna.platform.api.FieldProblem;
import dev.kizuna.platform.api.RuleViolationException;
import dev.kizuna.platform.api.StaleVersionException;
import dev.kizuna.platform.web.Flash;
import dev.kizuna.platform.web.FormErrors;
import dev.kizuna.platform.web.Htmx;
import dev.kizuna.work.Backlog;
import dev.kizuna.work.Board;
import dev.kizuna.work.BoardDraft;
import dev.kizuna.work.Boards;
import dev.kizuna.work.Tasks;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The boards (板): the list with backlog counts, one board as columns by status, and the board form. */
@Controller
class BoardsController {

    private final Boards boards;
    private final Tasks tasks;
    private final Backlog backlog;
    private final Roles roles;
    private final Users users;
    private final FormErrors formErrors;

    BoardsController(Boards boards, Tasks tasks, Backlog backlog, Roles roles, Users users, FormErrors formErrors) {
        this.boards = boards;
        this.tasks = tasks;
        this.backlog = backlog;
        this.roles = roles;
        this.users = users;
        this.formErrors = formErrors;
    }

    @GetMapping("/boards")
    String list(Model model) {
        model.addAttribute("boards", boards.list(false));
        Map<UUID, Long> counts = backlog.asOf(tasks.today()).stream()
                .collect(Collectors.toMap(Backlog.BoardBacklog::boardId, Backlog.BoardBacklog::backlog));
        model.addAttribute("backlog", counts);
        return "work/boards";
    }

    @GetMapping("/boards/{id}")
    String board(@PathVariable UUID id, HttpServletRequest request, Model model) {
        model.addAttribute("taskBoard", tasks.board(id));
        model.addAttribute("cutoff", backlog.cutoff(tasks.today(), boards.find(id).backlogDays()));
        return Htmx.pageOr(request, "work/board", "board");
    }

    @GetMapping("/boards/new")
    String newBoard(Model model) {
        return form(model, new BoardForm("", "", "", "2", List.of()), null);
    }

    @PostMapping("/boards/new")
    String create(BoardForm form, Model model, RedirectAttributes redirect) {
        return formErrors.save(model, () -> {
            Board created = boards.create(form.draft());
            Flash.success(redirect, "work.flash.boardSaved", created.name());
            return "redirect:/boards/" + created.id();
        }, () -> form(model, form, null));
    }

    @GetMapping("/boards/{id}/edit")
    String edit(@PathVariable UUID id, Model model) {
        Board b = boards.find(id);
        return form(model, new BoardForm(b.name(), b.description(), b.managerId() == null ? "" : b.managerId().toString(),
                String.valueOf(b.backlogDays()), b.roleIds().stream().map(UUID::toString).toList()), b);
    }

    @PostMapping("/boards/{id}/edit")
    String update(@PathVariable UUID id, @RequestParam long version, BoardForm form, Model model,
            RedirectAttributes redirect) {
        Board before = boards.find(id);
        try {
            Board after = boards.update(id, version, form.draft());
            Flash.success(redirect, "work.flash.boardSaved", after.name());
            return "redirect:/boards/" + id;
        } catch (RuleViolationException e) {
            formErrors.show(model, e.problems());
        } catch (StaleVersionException e) {
            model.addAttribute("stale", true);
        }
        return form(model, form, before);
    }

    private String form(Model model, BoardForm form, Board board) {
        model.addAttribute("form", form);
        model.addAttribute("checkedRoles", form.roleIds() == null ? java.util.Set.of() : java.util.Set.copyOf(form.roleIds()));
        model.addAttribute("board", board);
        model.addAttribute("roles", roles.list(false));
        model.addAttribute("users", users.pickable());
        return "work/board-form";
    }

    /** The board form as typed. */
    record BoardForm(String name, String description, String managerId, String backlogDays, List<String> roleIds) {

        BoardDraft draft() {
            List<FieldProblem> problems = new ArrayList<>();
            UUID manager = TaskForm.id("managerId", managerId, problems);
            Integer days = null;
            try {
                days = backlogDays == null || backlogDays.isBlank() ? null : Integer.valueOf(backlogDays.strip());
            } catch (NumberFormatException e) {
                problems.add(FieldProblem.of("backlogDays", "Number"));
            }
            List<UUID> ids = new ArrayList<>();
            for (String r : roleIds == null ? List.<String>of() : roleIds) {
                UUID role = TaskForm.id("roleIds", r, problems);
                if (role != null) {
                    ids.add(role);
                }
            }
            if (!problems.isEmpty()) {
                throw new RuleViolationException(problems);
            }
            return new BoardDraft(name, description, manager, days, ids);
        }
    }
}
