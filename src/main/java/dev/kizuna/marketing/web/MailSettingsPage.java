package dev.kizuna.marketing.web;

import dev.kizuna.marketing.MailSettings;
import dev.kizuna.marketing.MarketingMailSettings;
import dev.kizuna.platform.web.Flash;
import dev.kizuna.platform.web.FormErrors;
import dev.kizuna.platform.web.FormValues;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The sending settings (administrators): the sender's name and address every mail prints, throttle, attempts. */
@Controller
class MailSettingsPage {

    private final MarketingMailSettings settings;
    private final FormErrors formErrors;

    MailSettingsPage(MarketingMailSettings settings, FormErrors formErrors) {
        this.settings = settings;
        this.formErrors = formErrors;
    }

    record MailSettingsForm(String senderName, String senderAddress, String mailsPerMinute, String maxAttempts) {
        static MailSettingsForm of(MailSettings s) {
            return new MailSettingsForm(s.senderName(), s.senderAddress(), String.valueOf(s.mailsPerMinute()),
                    String.valueOf(s.maxAttempts()));
        }
    }

    @GetMapping("/marketing/settings")
    String page(Model model) {
        MarketingAccess.requireAdmin();
        MailSettings s = settings.get();
        return page(model, s, MailSettingsForm.of(s));
    }

    @PostMapping("/marketing/settings")
    String save(@RequestParam long version, MailSettingsForm f, Model model, RedirectAttributes redirect) {
        MarketingAccess.requireAdmin();
        return formErrors.saveVersioned(model, () -> {
            settings.change(version, f.senderName(), f.senderAddress(),
                    FormValues.integer("mailsPerMinute", f.mailsPerMinute()),
                    FormValues.integer("maxAttempts", f.maxAttempts()));
            Flash.success(redirect, "marketing.flash.settingsSaved");
            return "redirect:/marketing/settings";
        }, () -> page(model, settings.get(), f));
    }

    private String page(Model model, MailSettings current, MailSettingsForm f) {
        model.addAttribute("settings", current);
        model.addAttribute("form", f);
        return "marketing/mail-settings";
    }
}
