package dev.kizuna.work.web;

import java.util.UUID;

import dev.kizuna.customers.Companies;
import dev.kizuna.identity.Roles;
import dev.kizuna.identity.Users;
import dev.kizuna.platform.api.PageQuery;
import dev.kizuna.platform.api.RuleViolationException;
import dev.kizuna.platform.api.StaleVersionException;
import dev.kizuna.platform.web.Flash;
import dev.kizuna.platform.web.FormErrors;
import dev.kizuna.platform.web.Htmx;
import dev.kizuna.work.Backlog;
import dev.kizuna.work.Boards;
import dev.kizuna.work.Task;
import dev.kizuna.work.TaskFilter;
import dev.kizuna.work.TaskTimers;
import dev.kizuna.work.Tasks;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Task pages: my tasks / overdue / unowned, one task (checklist, comments, history), the form, and moves. */
@Controller
class TasksController {

    private final Tasks tasks;
    private final TaskTimers timers;
    private final Boards boards;
    private final Backlog backlog;
    private final Roles roles;
    private final Users users;
    private final Companies companies;
    private final FormErrors formErrors;
    private final dev.kizuna.work.TaskAttachments attachments;
    private final dev.kizuna.commerce.Orders orders;

    TasksController(Tasks tasks, TaskTimers timers, Boards boards, Backlog backlog, Roles roles, Users users, Companies companies,
            FormErrors formErrors, dev.kizuna.work.TaskAttachments attachments, dev.kizuna.commerce.Orders orders) {
        this.attachments = attachments;
        this.orders = orders;
        this.tasks = tasks;
        this.timers = timers;
        this.boards = boards;
        this.backlog = backlog;
        this.roles = roles;
        this.users = users;
        this.companies = companies;
        this.formErrors = formErrors;
    }

    @GetMapping("/tasks")
    String list(@RequestParam(required = false) String cursor, HttpServletRequest request, Model model) {
        TaskFilter filter;
        try {
            filter = TaskFilter.fromParameters(request.getParameterMap());
        } catch (RuleViolationException e) {
            filter = TaskFilter.view("mine");
        }
        if (filter.view() == null && filter.boardId() == null && filter.companyId() == null) {
            filter = TaskFilter.view("mine");
        }
        model.addAttribute("view", filter.view());
        model.addAttribute("query", filter.query());
        model.addAttribute("page", tasks.list(filter, PageQuery.of(50, cursor)));
        model.addAttribute("total", tasks.count(filter));
        model.addAttribute("today", tasks.today());
        return "work/tasks";
    }

    @GetMapping("/tasks/{id}")
    String detail(@PathVariable UUID id, Model model) {
        Task task = tasks.find(id);
        model.addAttribute("task", task);
        model.addAttribute("checklist", tasks.checklist(id));
        model.addAttribute("comments", tasks.comments(id));
        var files = attachments.of(id);
        model.addAttribute("attachments", files);
        model.addAttribute("removable", files.stream().filter(dev.kizuna.work.TaskAttachments::mayRemove)
                .map(dev.kizuna.work.TaskAttachment::id).collect(java.util.stream.Collectors.toSet()));
        model.addAttribute("history", tasks.history(id));
        model.addAttribute("me", dev.kizuna.platform.security.CurrentActor.required().actorId());
        model.addAttribute("today", tasks.today());
        model.addAttribute("timer", timers.timer(id));
        model.addAttribute("now", java.time.Instant.now());
        return "work/task";
    }

    /** Starts or stops the task's work timer (the big button, also on the phone). */
    @PostMapping("/tasks/{id}/timer")
    String timer(@PathVariable UUID id, @RequestParam long version, @RequestParam String action,
            RedirectAttributes redirect) {
        try {
            timers.timer(id, version, "start".equals(action));
        } catch (RuleViolationException e) {
            Flash.warning(redirect, "work.flash.timerClosed");
        } catch (StaleVersionException e) {
            Flash.warning(redirect, "work.flash.stale");
        }
        return "redirect:/tasks/" + id;
    }

    /** The tasks of an order, as a fragment the order's page loads (work may know commerce; not the reverse). */
    @GetMapping("/orders/{orderId}/tasks")
    String ofOrder(@PathVariable UUID orderId, Model model) {
        model.addAttribute("tasks", tasks.list(new dev.kizuna.work.TaskFilter(null, null, null, null, null, null,
                orderId), PageQuery.of(50, null)).items());
        model.addAttribute("orderId", orderId);
        model.addAttribute("today", tasks.today());
        return "work/order-tasks :: panel";
    }

    @GetMapping("/tasks/new")
    String newTask(@RequestParam(required = false) UUID boardId, @RequestParam(required = false) UUID companyId,
            @RequestParam(required = false) UUID orderId, Model model) {
        var order = companyId == null && orderId != null ? orderOrNull(orderId.toString()) : null;
        return form(model, TaskForm.blank(boardId, order == null ? companyId : order.companyId(), orderId), null);
    }

    @PostMapping("/tasks/new")
    String create(TaskForm form, Model model, RedirectAttributes redirect) {
        return formErrors.save(model, () -> {
            Task created = tasks.create(form.draft(null));
            Flash.success(redirect, "work.flash.taskCreated", created.title());
            return "redirect:/tasks/" + created.id();
        }, () -> form(model, form, null));
    }

    @GetMapping("/tasks/{id}/edit")
    String edit(@PathVariable UUID id, Model model) {
        Task task = tasks.find(id);
        return form(model, TaskForm.of(task), task);
    }

    @PostMapping("/tasks/{id}/edit")
    String update(@PathVariable UUID id, @RequestParam long version, TaskForm form, Model model,
            RedirectAttributes redirect) {
        Task before = tasks.find(id);
        try {
            Task after = tasks.update(id, version, form.draft(before.dealId()));
            Flash.success(redirect, "work.flash.taskSaved", after.title());
            return "redirect:/tasks/" + id;
        } catch (RuleViolationException e) {
            formErrors.show(model, e.problems());
        } catch (StaleVersionException e) {
            model.addAttribute("stale", true);
        }
        return form(model, form, before);
    }

    /** From the board (drag and drop or the ← → buttons; htmx gets the board back) or from the task's page. */
    @PostMapping("/tasks/{id}/move")
    String move(@PathVariable UUID id, @RequestParam long version, @RequestParam(required = false) String status,
            @RequestParam(defaultValue = "task") String from, HttpServletRequest request, Model model,
            RedirectAttributes redirect) {
        try {
            Task moved = tasks.move(id, version, status);
            if ("board".equals(from) && Htmx.isHtmx(request)) {
                model.addAttribute("taskBoard", tasks.board(moved.boardId()));
                model.addAttribute("cutoff", backlog.cutoff(tasks.today(), boards.find(moved.boardId()).backlogDays()));
                model.addAttribute("movedId", moved.id());
                return "work/board :: board";
            }
            Flash.success(redirect, "work.flash.moved", moved.title());
            return "board".equals(from) ? "redirect:/boards/" + moved.boardId() : "redirect:/tasks/" + id;
        } catch (RuleViolationException e) {
            Flash.warning(redirect, "work.flash.notMoved");
        } catch (StaleVersionException e) {
            Flash.warning(redirect, "work.flash.stale");
        }
        if (Htmx.isHtmx(request)) {
            return "redirect:/tasks/" + id;
        }
        return "redirect:/tasks/" + id;
    }

    @PostMapping("/tasks/{id}/take")
    String take(@PathVariable UUID id, @RequestParam long version, RedirectAttributes redirect) {
        try {
            Task taken = tasks.take(id, version);
            Flash.success(redirect, "work.flash.taken", taken.title());
        } catch (RuleViolationException e) {
            Flash.warning(redirect, "work.flash.notTaken");
        } catch (StaleVersionException e) {
            Flash.warning(redirect, "work.flash.stale");
        }
        return "redirect:/tasks/" + id;
    }

    @PostMapping("/tasks/{id}/checklist")
    String addItem(@PathVariable UUID id, @RequestParam(required = false) String label, RedirectAttributes redirect) {
        try {
            tasks.addChecklistItem(id, label);
        } catch (RuleViolationException e) {
            Flash.warning(redirect, "work.flash.itemNotAdded");
        }
        return "redirect:/tasks/" + id + "#checklist";
    }

    @PostMapping("/tasks/{id}/checklist/{itemId}")
    String check(@PathVariable UUID id, @PathVariable UUID itemId, @RequestParam(defaultValue = "false") boolean done,
            HttpServletRequest request, Model model) {
        var items = tasks.check(id, itemId, done);
        if (Htmx.isHtmx(request)) {
            model.addAttribute("task", tasks.find(id));
            model.addAttribute("checklist", items);
            model.addAttribute("versionOob", true);
            return "work/task :: checklist";
        }
        return "redirect:/tasks/" + id + "#checklist";
    }

    @PostMapping("/tasks/{id}/comments")
    String comment(@PathVariable UUID id, @RequestParam(required = false) String body, RedirectAttributes redirect) {
        try {
            tasks.comment(id, body);
        } catch (RuleViolationException e) {
            Flash.warning(redirect, "work.flash.commentEmpty");
        }
        return "redirect:/tasks/" + id + "#comments";
    }

    private String form(Model model, TaskForm form, Task task) {
        model.addAttribute("form", form);
        model.addAttribute("task", task);
        model.addAttribute("boards", boards.list(false));
        model.addAttribute("roles", roles.list(false));
        model.addAttribute("users", users.pickable());
        model.addAttribute("company", form.companyId() == null || form.companyId().isBlank() ? null
                : companiesOrNull(form.companyId()));
        model.addAttribute("order", form.orderId() == null || form.orderId().isBlank() ? null
                : orderOrNull(form.orderId()));
        return "work/task-form";
    }

    private dev.kizuna.commerce.Order orderOrNull(String id) {
        try {
            return orders.find(UUID.fromString(id));
        } catch (IllegalArgumentException | dev.kizuna.platform.api.NotFoundException e) {
            return null;
        }
    }

    private Object companiesOrNull(String id) {
        try {
            return companies.findOrNull(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
