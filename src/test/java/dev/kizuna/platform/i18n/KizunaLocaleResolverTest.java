package dev.kizuna.platform.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class KizunaLocaleResolverTest {

    private final KizunaLocaleResolver resolver = new KizunaLocaleResolver();

    @Test
    void japaneseWhenTheBrowserSaysNothingOrSomethingWeDoNotSpeak() {
        assertThat(resolver.resolveLocale(new MockHttpServletRequest())).isEqualTo(Locale.JAPANESE);
        MockHttpServletRequest french = new MockHttpServletRequest();
        french.addHeader("Accept-Language", "fr-FR,fr;q=0.9");
        assertThat(resolver.resolveLocale(french)).isEqualTo(Locale.JAPANESE);
    }

    @Test
    void followsTheBrowserWhenItPrefersEnglish() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.addHeader("Accept-Language", "en-US,en;q=0.9,ja;q=0.8");
        request.setPreferredLocales(java.util.List.of(Locale.US, Locale.ENGLISH, Locale.JAPANESE));
        assertThat(resolver.resolveLocale(request)).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void theChoiceOnTheSignInPageBeatsTheBrowser() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.addHeader("Accept-Language", "ja");
        request.setCookies(new Cookie(KizunaLocaleResolver.COOKIE, "en"));
        assertThat(resolver.resolveLocale(request)).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void timesAreInTokyoUnlessTheUserSaysOtherwise() {
        assertThat(resolver.resolveLocaleContext(new MockHttpServletRequest()))
                .isInstanceOfSatisfying(org.springframework.context.i18n.TimeZoneAwareLocaleContext.class,
                        c -> assertThat(c.getTimeZone().getID()).isEqualTo("Asia/Tokyo"));
    }
}
