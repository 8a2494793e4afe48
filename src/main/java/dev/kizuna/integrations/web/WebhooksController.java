package dev.kizuna.integrations.web;

import java.util.Map;
import java.util.UUID;

import dev.kizuna.identity.Users;
import dev.kizuna.integrations.Webhook;
import dev.kizuna.integrations.Webhooks;
import dev.kizuna.platform.api.RuleViolationException;
import dev.kizuna.platform.api.StaleVersionException;
import dev.kizuna.platform.web.Flash;
import dev.kizuna.platform.web.FormErrors;
import dev.kizuna.platform.web.NavItem;
import dev.kizuna.work.Boards;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 管理 → 外部通知 (webhooks): the list, the form, the delivery log, a test message and retries. */
@Controller
class WebhooksController {

    private final Webhooks webhooks;
    private final Boards boards;
    private final Users users;
    private final FormErrors formErrors;

    WebhooksController(Webhooks webhooks, Boards boards, Users users, FormErrors formErrors) {
        this.webhooks = webhooks;
        this.boards = boards;
        this.users = users;
        this.formErrors = formErrors;
    }

    @Bean
    static NavItem webhooksNav() {
        return new NavItem(NavItem.ADMIN, "integrations.nav.webhooks", "/admin/webhooks", "ADMIN", 470);
    }

    @GetMapping("/admin/webhooks")
    String list(Model model) {
        model.addAttribute("webhooks", webhooks.list());
        model.addAttribute("boards", boards.list(true));
        model.addAttribute("users", users.pickable());
        return "integrations/webhooks";
    }

    @GetMapping("/admin/webhooks/new")
    String newWebhook(Model model) {
        return form(model, new Webhook(null, "", "slack", null, null, "", "", "", true, 0, null), null);
    }

    @GetMapping("/admin/webhooks/{id}")
    String edit(@PathVariable UUID id, Model model) {
        model.addAttribute("deliveries", webhooks.deliveries(id, 50));
        return form(model, webhooks.find(id), id);
    }

    @PostMapping("/admin/webhooks/new")
    String create(@RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        return save(null, form, model, redirect);
    }

    @PostMapping("/admin/webhooks/{id}")
    String update(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes redirect) {
        return save(id, form, model, redirect);
    }

    @PostMapping("/admin/webhooks/{id}/test")
    String test(@PathVariable UUID id, RedirectAttributes redirect) {
        webhooks.sendTest(id, "Kizuna（絆）からのテスト送信です。 / A test message from Kizuna.");
        Flash.success(redirect, "integrations.webhooks.testQueued");
        return "redirect:/admin/webhooks/" + id;
    }

    @PostMapping("/admin/webhooks/{id}/deliveries/{deliveryId}/retry")
    String retry(@PathVariable UUID id, @PathVariable UUID deliveryId, RedirectAttributes redirect) {
        webhooks.retry(id, deliveryId);
        Flash.success(redirect, "integrations.webhooks.retryQueued");
        return "redirect:/admin/webhooks/" + id;
    }

    @PostMapping("/admin/webhooks/{id}/delete")
    String delete(@PathVariable UUID id, @RequestParam long version, RedirectAttributes redirect) {
        Webhook hook = webhooks.find(id);
        try {
            webhooks.delete(id, version);
            Flash.success(redirect, "integrations.webhooks.deleted", hook.name());
            return "redirect:/admin/webhooks";
        } catch (StaleVersionException e) {
            Flash.success(redirect, "integrations.webhooks.stale");
            return "redirect:/admin/webhooks/" + id;
        }
    }

    private String save(UUID id, Map<String, String> form, Model model, RedirectAttributes redirect) {
        String scope = form.getOrDefault("scope", "");
        Webhooks.Draft draft = new Webhooks.Draft(form.get("name"), form.get("kind"),
                scope.startsWith("board:") ? UUID.fromString(scope.substring(6)) : null,
                scope.startsWith("user:") ? UUID.fromString(scope.substring(5)) : null, form.get("url"),
                form.get("roomId"), form.get("token"), form.containsKey("active"));
        try {
            Webhook saved = id == null ? webhooks.create(draft)
                    : webhooks.update(id, Long.parseLong(form.getOrDefault("version", "0")), draft);
            Flash.success(redirect, "integrations.webhooks.saved", saved.name());
            return "redirect:/admin/webhooks/" + saved.id();
        } catch (RuleViolationException e) {
            formErrors.show(model, e.problems());
        } catch (StaleVersionException e) {
            model.addAttribute("stale", true);
        }
        model.addAttribute("typed", form);
        if (id != null) {
            model.addAttribute("deliveries", webhooks.deliveries(id, 50));
        }
        return form(model, id == null ? new Webhook(null, "", "slack", null, null, "", "", "", true, 0, null)
                : webhooks.find(id), id);
    }

    private String form(Model model, Webhook hook, UUID id) {
        model.addAttribute("hook", hook);
        model.addAttribute("hookId", id);
        model.addAttribute("boards", boards.list(false));
        model.addAttribute("users", users.pickable());
        return "integrations/webhook";
    }
}
