package dev.kizuna.integrations.web;

import dev.kizuna.integrations.NotificationPreferences;
import dev.kizuna.platform.api.StaleVersionException;
import dev.kizuna.platform.web.Flash;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 設定 → 通知: each person's own notification preferences. */
@Controller
class NotificationSettingsController {

    private final NotificationPreferences preferences;

    NotificationSettingsController(NotificationPreferences preferences) {
        this.preferences = preferences;
    }

    @GetMapping("/settings/notifications")
    String page(Model model) {
        model.addAttribute("preference", preferences.mine());
        return "integrations/settings-notifications";
    }

    @PostMapping("/settings/notifications")
    String save(@RequestParam(defaultValue = "false") boolean dailyDigest,
            @RequestParam(defaultValue = "false") boolean emailEach, @RequestParam(required = false) Long version,
            Model model, RedirectAttributes redirect) {
        try {
            preferences.setMine(dailyDigest, emailEach, version);
            Flash.success(redirect, "integrations.preferences.saved");
            return "redirect:/settings/notifications";
        } catch (StaleVersionException e) {
            model.addAttribute("stale", true);
            return page(model);
        }
    }
}
