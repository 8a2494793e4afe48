package dev.kizuna.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import dev.kizuna.identity.ProfileChanges;
import dev.kizuna.identity.User;
import dev.kizuna.identity.Users;
import dev.kizuna.platform.i18n.Languages;
import dev.kizuna.platform.security.CurrentActor;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;

/** The language switch in the header: remembered for the browser and, when signed in, in the user's settings. */
@Controller
class LanguageController {

    private final Users users;
    private final LocaleResolver localeResolver;
    private final PrincipalRefresh principalRefresh;

    LanguageController(Users users, LocaleResolver localeResolver, PrincipalRefresh principalRefresh) {
        this.users = users;
        this.localeResolver = localeResolver;
        this.principalRefresh = principalRefresh;
    }

    @PostMapping("/language")
    String switchLanguage(@RequestParam String lang, @RequestParam(defaultValue = "/") String returnTo,
            HttpServletRequest request, HttpServletResponse response) {
        Languages.supported(lang).ifPresent(locale -> {
            localeResolver.setLocale(request, response, locale);
            if (CurrentActor.get().isPresent()) {
                User me = users.find(CurrentActor.required().actorId());
                users.updateProfile(me.version(), new ProfileChanges(me.displayName(), me.nameKana(),
                        locale.getLanguage(), me.timeZone()));
                principalRefresh.refresh(request, response);
            }
        });
        boolean local = returnTo.startsWith("/") && !returnTo.startsWith("//") && !returnTo.contains("\\")
                && returnTo.chars().noneMatch(c -> c < 0x20 || c == 0x7f); // a line break would split the Location header
        return "redirect:" + (local ? returnTo : "/");
    }
}
