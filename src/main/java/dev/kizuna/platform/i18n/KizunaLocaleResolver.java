package dev.kizuna.platform.i18n;

import java.time.ZoneId;
import java.util.Collections;
import java.util.Locale;
import java.util.Optional;
import java.util.TimeZone;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import dev.kizuna.platform.api.ApiRequests;
import dev.kizuna.platform.security.Actor;
import dev.kizuna.platform.security.CurrentActor;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.SimpleTimeZoneAwareLocaleContext;
import org.springframework.web.servlet.i18n.AbstractLocaleContextResolver;

/**
 * Which language and time zone a request is answered in. Pages: the signed-in user's setting; else the
 * language chosen on the sign-in page (a cookie); else the browser's {@code Accept-Language}; else
 * Japanese. API calls: an explicit {@code Accept-Language} of ja or en wins, since a client asks per call;
 * else the token owner's setting. Time zone: the user's, else Asia/Tokyo.
 */
class KizunaLocaleResolver extends AbstractLocaleContextResolver {

    static final String COOKIE = "kizuna-lang";
    static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Tokyo");
    /** The language chosen in this very request (?lang=…), before the browser has sent the cookie back. */
    private static final String CHOSEN = KizunaLocaleResolver.class.getName() + ".CHOSEN";

    @Override
    public LocaleContext resolveLocaleContext(HttpServletRequest request) {
        Optional<Actor> actor = CurrentActor.get();
        Optional<Locale> asked = ApiRequests.isApi(request) ? fromBrowser(request) : Optional.empty();
        Locale locale = asked
                .or(() -> actor.map(Actor::preferredLocale))
                .or(() -> fromCookie(request))
                .or(() -> fromBrowser(request))
                .orElse(Languages.JAPANESE);
        ZoneId zone = actor.map(Actor::zoneId).orElse(DEFAULT_ZONE);
        return new SimpleTimeZoneAwareLocaleContext(locale, TimeZone.getTimeZone(zone));
    }

    @Override
    public void setLocaleContext(HttpServletRequest request, HttpServletResponse response, LocaleContext context) {
        if (response == null || context == null || context.getLocale() == null) {
            return;
        }
        request.setAttribute(CHOSEN, context.getLocale());
        Cookie cookie = new Cookie(COOKIE, context.getLocale().getLanguage());
        cookie.setPath("/");
        cookie.setMaxAge(60 * 60 * 24 * 365);
        cookie.setHttpOnly(true);
        response.addCookie(cookie);
    }

    private static Optional<Locale> fromCookie(HttpServletRequest request) {
        if (request.getAttribute(CHOSEN) instanceof Locale chosen) {
            return Optional.of(chosen);
        }
        if (request.getCookies() == null) {
            return Optional.empty();
        }
        for (Cookie cookie : request.getCookies()) {
            if (COOKIE.equals(cookie.getName())) {
                return Languages.supported(cookie.getValue());
            }
        }
        return Optional.empty();
    }

    private static Optional<Locale> fromBrowser(HttpServletRequest request) {
        if (request.getHeader("Accept-Language") == null) {
            return Optional.empty();
        }
        for (Locale locale : Collections.list(request.getLocales())) {
            Optional<Locale> supported = Languages.supported(locale.toLanguageTag());
            if (supported.isPresent()) {
                return supported;
            }
        }
        return Optional.empty();
    }
}
