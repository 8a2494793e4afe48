package dev.kizuna.identity.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import dev.kizuna.identity.ApiTokens;
import dev.kizuna.identity.CreatedUser;
import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.identity.Roles;
import dev.kizuna.identity.User;
import dev.kizuna.identity.UserFilter;
import dev.kizuna.identity.Users;
import dev.kizuna.platform.api.FieldMessages;
import dev.kizuna.platform.api.PageQuery;
import dev.kizuna.platform.api.RuleViolationException;
import dev.kizuna.platform.api.StaleVersionException;
import dev.kizuna.platform.web.Flash;
import dev.kizuna.platform.web.FormErrors;
import dev.kizuna.platform.web.Htmx;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrators' users pages: list with filters, create, edit, deactivate, reset password. */
@Controller
@RequestMapping("/admin/users")
class UsersController {

    private static final int PAGE_SIZE = 25;

    private final Users users;
    private final Roles roles;
    private final ApiTokens tokens;
    private final FormErrors formErrors;
    private final FieldMessages fieldMessages;

    UsersController(Users users, Roles roles, ApiTokens tokens, FormErrors formErrors, FieldMessages fieldMessages) {
        this.fieldMessages = fieldMessages;
        this.users = users;
        this.roles = roles;
        this.tokens = tokens;
        this.formErrors = formErrors;
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) PermissionLevel level,
            @RequestParam(defaultValue = "active") String status, @RequestParam(required = false) UUID role,
            @RequestParam(defaultValue = "kana") String sort, @RequestParam(defaultValue = "false") boolean desc,
            @RequestParam(required = false) String cursor, HttpServletRequest request, Model model) {
        Boolean active = switch (status) {
            case "inactive" -> false;
            case "all" -> null;
            default -> true;
        };
        UserFilter filter = new UserFilter(q, level, active, role, sort, desc);
        model.addAttribute("page", users.list(filter, new PageQuery(PAGE_SIZE, cursor)));
        model.addAttribute("filter", filter);
        model.addAttribute("status", status);
        model.addAttribute("levels", PermissionLevel.values());
        model.addAttribute("roles", roles.list(true));
        return Htmx.pageOr(request, "identity/users", "results");
    }

    @GetMapping("/new")
    String newUser(Model model) {
        return form(model, UserForm.blank(), null);
    }

    @PostMapping("/new")
    String create(@ModelAttribute("form") UserForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        return formErrors.save(model, binding, () -> {
            CreatedUser created = users.create(form.toNewUser());
            Flash.success(redirect, "users.created", created.user().displayName());
            redirect.addFlashAttribute("temporaryPassword", created.temporaryPassword());
            return "redirect:/admin/users/" + created.user().id();
        }, () -> form(model, form, null));
    }

    @GetMapping("/{id}")
    String edit(@PathVariable UUID id, Model model) {
        User user = users.find(id);
        return form(model, UserForm.of(user), user);
    }

    @PostMapping("/{id}")
    String update(@PathVariable UUID id, @ModelAttribute("form") UserForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        User user = users.find(id);
        return formErrors.saveVersioned(model, binding, () -> {
            User updated = users.update(id, form.version() == null ? -1 : form.version(), form.toChanges());
            Flash.success(redirect, "users.updated", updated.displayName());
            return "redirect:/admin/users/" + id;
        }, () -> form(model, form, user));
    }

    @PostMapping("/{id}/deactivate")
    String deactivate(@PathVariable UUID id, @RequestParam long version, RedirectAttributes redirect) {
        return changeActive(id, version, false, redirect);
    }

    @PostMapping("/{id}/reactivate")
    String reactivate(@PathVariable UUID id, @RequestParam long version, RedirectAttributes redirect) {
        return changeActive(id, version, true, redirect);
    }

    private String changeActive(UUID id, long version, boolean active, RedirectAttributes redirect) {
        try {
            User user = active ? users.reactivate(id, version) : users.deactivate(id, version);
            Flash.success(redirect, active ? "users.reactivated" : "users.deactivated", user.displayName());
        } catch (RuleViolationException e) {
            Flash.warning(redirect, "flash.text", fieldMessages.of(e.problems().getFirst()).message());
        } catch (StaleVersionException e) {
            Flash.warning(redirect, "problem.stale-version.detail");
        }
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/{id}/reset-password")
    String resetPassword(@PathVariable UUID id, RedirectAttributes redirect) {
        String password = users.resetPassword(id);
        Flash.success(redirect, "users.passwordReset", users.find(id).displayName());
        redirect.addFlashAttribute("temporaryPassword", password);
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/{id}/tokens/{tokenId}/revoke")
    String revokeToken(@PathVariable UUID id, @PathVariable UUID tokenId, RedirectAttributes redirect) {
        tokens.revoke(tokenId);
        Flash.success(redirect, "tokens.revoked");
        return "redirect:/admin/users/" + id;
    }

    private String form(Model model, UserForm form, User user) {
        model.addAttribute("form", form);
        model.addAttribute("user", user);
        model.addAttribute("levels", PermissionLevel.values());
        model.addAttribute("roles", roles.list(true));
        model.addAttribute("zones", TimeZones.COMMON);
        if (user != null) {
            model.addAttribute("tokens", tokens.listFor(user.id()));
        }
        return user == null ? "identity/user-new" : "identity/user-edit";
    }
}
