package dev.kizuna.identity.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import dev.kizuna.identity.ApiTokens;
import dev.kizuna.identity.IssuedToken;
import dev.kizuna.identity.ProfileChanges;
import dev.kizuna.identity.User;
import dev.kizuna.identity.Users;
import dev.kizuna.platform.api.RuleViolationException;
import dev.kizuna.platform.security.CurrentActor;
import dev.kizuna.platform.web.Flash;
import dev.kizuna.platform.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Each user's own settings: profile, language and time zone, password, API tokens. */
@Controller
@RequestMapping("/settings")
class SettingsController {

    private final Users users;
    private final ApiTokens tokens;
    private final FormErrors formErrors;
    private final PrincipalRefresh principalRefresh;

    SettingsController(Users users, ApiTokens tokens, FormErrors formErrors, PrincipalRefresh principalRefresh) {
        this.users = users;
        this.tokens = tokens;
        this.formErrors = formErrors;
        this.principalRefresh = principalRefresh;
    }

    record ProfileForm(String displayName, String nameKana, String locale, String timeZone, Long version) {
    }

    record PasswordForm(String currentPassword, String newPassword, String confirmPassword) {
    }

    record TokenForm(String name, String scope, Integer expiresInDays) {
    }

    @GetMapping
    String profile(Model model) {
        User me = me();
        return profilePage(model, new ProfileForm(me.displayName(), me.nameKana(), me.locale(), me.timeZone(), me.version()));
    }

    @PostMapping("/profile")
    String saveProfile(ProfileForm form, Model model, HttpServletRequest request, HttpServletResponse response,
            RedirectAttributes redirect) {
        return formErrors.saveVersioned(model, () -> {
            users.updateProfile(form.version() == null ? -1 : form.version(),
                    new ProfileChanges(form.displayName(), form.nameKana(), form.locale(), form.timeZone()));
            principalRefresh.refresh(request, response);
            Flash.success(redirect, "settings.saved");
            return "redirect:/settings";
        }, () -> profilePage(model, form));
    }

    @GetMapping("/password")
    String password(Model model) {
        model.addAttribute("mustChange", me().mustChangePassword());
        return "identity/settings-password";
    }

    @PostMapping("/password")
    String changePassword(PasswordForm form, Model model, HttpServletRequest request, HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            if (form.newPassword() != null && !form.newPassword().equals(form.confirmPassword())) {
                throw new RuleViolationException(dev.kizuna.platform.api.FieldProblem.of("confirmPassword", "Mismatch"));
            }
            users.changePassword(form.currentPassword(), form.newPassword());
            principalRefresh.refresh(request, response);
            Flash.success(redirect, "settings.passwordChanged");
            return "redirect:/settings";
        } catch (RuleViolationException e) {
            formErrors.show(model, e.problems());
            model.addAttribute("mustChange", me().mustChangePassword());
            return "identity/settings-password";
        }
    }

    @GetMapping("/tokens")
    String tokens(Model model) {
        return tokensPage(model, new TokenForm("", "read", 90));
    }

    @PostMapping("/tokens")
    String createToken(TokenForm form, Model model, RedirectAttributes redirect) {
        return formErrors.save(model, () -> {
            IssuedToken issued = tokens.issue(form.name(), form.scope(), form.expiresInDays());
            redirect.addFlashAttribute("issuedSecret", issued.secret());
            Flash.success(redirect, "tokens.created", issued.token().name());
            return "redirect:/settings/tokens";
        }, () -> tokensPage(model, form));
    }

    @PostMapping("/tokens/{id}/revoke")
    String revokeToken(@PathVariable UUID id, RedirectAttributes redirect) {
        tokens.revoke(id);
        Flash.success(redirect, "tokens.revoked");
        return "redirect:/settings/tokens";
    }

    private String profilePage(Model model, ProfileForm form) {
        model.addAttribute("form", form);
        model.addAttribute("me", me());
        model.addAttribute("zones", TimeZones.COMMON);
        return "identity/settings-profile";
    }

    private String tokensPage(Model model, TokenForm form) {
        model.addAttribute("form", form);
        model.addAttribute("tokens", tokens.listOwn());
        return "identity/settings-tokens";
    }

    private User me() {
        return users.find(CurrentActor.required().actorId());
    }
}
