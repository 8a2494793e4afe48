package dev.kizuna.identity.web;

import java.util.UUID;

import dev.kizuna.identity.Role;
import dev.kizuna.identity.Roles;
import dev.kizuna.platform.api.StaleVersionException;
import dev.kizuna.platform.web.Flash;
import dev.kizuna.platform.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Job roles (担当) are data: administrators add, rename, retire and reinstate them here. */
@Controller
@RequestMapping("/admin/roles")
class RolesController {

    private final Roles roles;
    private final FormErrors formErrors;

    RolesController(Roles roles, FormErrors formErrors) {
        this.roles = roles;
        this.formErrors = formErrors;
    }

    record RoleForm(String name, String description, Long version) {
    }

    @GetMapping
    String list(Model model) {
        return page(model, new RoleForm("", "", null));
    }

    @PostMapping
    String create(RoleForm form, Model model, RedirectAttributes redirect) {
        return formErrors.save(model, () -> {
            Role role = roles.create(form.name(), form.description());
            Flash.success(redirect, "roles.created", role.name());
            return "redirect:/admin/roles";
        }, () -> page(model, form));
    }

    @GetMapping("/{id}")
    String edit(@PathVariable UUID id, Model model) {
        Role role = roles.find(id);
        return editPage(model, role, new RoleForm(role.name(), role.description(), role.version()));
    }

    @PostMapping("/{id}")
    String update(@PathVariable UUID id, RoleForm form, Model model, RedirectAttributes redirect) {
        Role role = roles.find(id);
        return formErrors.saveVersioned(model, () -> {
            Role updated = roles.update(id, form.version() == null ? -1 : form.version(), form.name(), form.description());
            Flash.success(redirect, "roles.updated", updated.name());
            return "redirect:/admin/roles";
        }, () -> editPage(model, role, form));
    }

    @PostMapping("/{id}/retire")
    String retire(@PathVariable UUID id, @RequestParam long version, RedirectAttributes redirect) {
        return retireOrReinstate(id, version, true, redirect);
    }

    @PostMapping("/{id}/reinstate")
    String reinstate(@PathVariable UUID id, @RequestParam long version, RedirectAttributes redirect) {
        return retireOrReinstate(id, version, false, redirect);
    }

    private String retireOrReinstate(UUID id, long version, boolean retire, RedirectAttributes redirect) {
        try {
            Role role = retire ? roles.retire(id, version) : roles.reinstate(id, version);
            Flash.success(redirect, retire ? "roles.retired" : "roles.reinstated", role.name());
        } catch (StaleVersionException e) {
            Flash.warning(redirect, "problem.stale-version.detail");
        }
        return "redirect:/admin/roles";
    }

    private String page(Model model, RoleForm form) {
        model.addAttribute("roles", roles.list(true));
        model.addAttribute("form", form);
        return "identity/roles";
    }

    private String editPage(Model model, Role role, RoleForm form) {
        model.addAttribute("role", role);
        model.addAttribute("form", form);
        return "identity/role-edit";
    }
}
