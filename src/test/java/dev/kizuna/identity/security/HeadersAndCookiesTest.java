package dev.kizuna.identity.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.Cookie;
import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.support.ApiTestBase;
import dev.kizuna.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The headers and cookies every kind of answer carries — pages, the API, the public inquiry form — and what changes
 * behind a TLS-terminating proxy named in KIZUNA_TRUSTED_PROXIES (10.99.0.0/16 in the tests, see pom.xml): HSTS and
 * Secure cookies, which a client cannot switch on by sending X-Forwarded-Proto itself.
 */
class HeadersAndCookiesTest extends ApiTestBase {

    private static final ResultMatcher REFERRER = header().string("Referrer-Policy", "strict-origin-when-cross-origin");
    private static final ResultMatcher PERMISSIONS = header().string("Permissions-Policy",
            containsString("camera=(), microphone=(), geolocation=()"));
    private static final ResultMatcher NOSNIFF = header().string("X-Content-Type-Options", "nosniff");

    @Test
    void pagesRefuseFramesAndSendTheReferrerAndPermissionsPolicies() throws Exception {
        mvc.perform(MockMvcRequestBuilders.get("/login")).andExpect(status().isOk())
                .andExpect(REFERRER).andExpect(PERMISSIONS).andExpect(NOSNIFF)
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
                .andExpect(header().doesNotExist("Strict-Transport-Security"));
    }

    @Test
    void theApiSendsThemToo() throws Exception {
        mvc.perform(get(tokenFor(PermissionLevel.VIEWER), "/api/v1/me")).andExpect(status().isOk())
                .andExpect(REFERRER).andExpect(PERMISSIONS).andExpect(NOSNIFF)
                .andExpect(header().string("Cache-Control", containsString("no-store")));
        mvc.perform(get(null, "/api/v1/me")).andExpect(status().isUnauthorized()).andExpect(REFERRER).andExpect(PERMISSIONS);
    }

    @Test
    void theInquiryFormMayBeFramedOnlyByTheConfiguredSitesAndBySelfByDefault() throws Exception {
        mvc.perform(MockMvcRequestBuilders.get("/inquiry")).andExpect(status().isOk())
                .andExpect(REFERRER).andExpect(PERMISSIONS).andExpect(NOSNIFF)
                .andExpect(header().doesNotExist("X-Frame-Options"))
                .andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors http://127.0.0.1:*;")));
        assertThat(SecurityConfig.frameAncestors("")).isEqualTo("'self'");
        assertThat(SecurityConfig.frameAncestors("https://www.example.co.jp")).isEqualTo("https://www.example.co.jp");
        assertThat(SecurityConfig.frameAncestors("https://x.jp; script-src *")).isEqualTo("'none'");
        String yml = new ClassPathResource("application.yml").getContentAsString(StandardCharsets.UTF_8);
        assertThat(yml).contains("frame-ancestors: ${KIZUNA_INQUIRY_FRAME_ANCESTORS:'self'}");
    }

    @Test
    void behindATrustedTlsProxyCookiesAreSecureAndHstsIsSent() throws Exception {
        TestAccounts.Account user = accounts.create(PermissionLevel.MEMBER);
        MockHttpServletResponse proxied = signInRememberingMe(user, "10.99.0.5");
        assertThat(proxied.getHeader("Strict-Transport-Security")).contains("max-age=");
        Cookie rememberMe = proxied.getCookie("remember-me");
        assertThat(rememberMe).isNotNull();
        assertThat(rememberMe.getSecure()).isTrue();
        assertThat(rememberMe.isHttpOnly()).isTrue();
        assertThat(rememberMe.getAttribute("SameSite")).isEqualTo("Lax");
        Cookie session = proxied.getCookie("SESSION");
        assertThat(session.getSecure()).isTrue();
        assertThat(session.isHttpOnly()).isTrue();
        assertThat(session.getAttribute("SameSite")).isEqualTo("Lax");

        MockHttpServletResponse direct = signInRememberingMe(user, "203.0.113.77"); // says https, is not a proxy
        assertThat(direct.getHeader("Strict-Transport-Security")).isNull();
        assertThat(direct.getCookie("remember-me").getSecure()).isFalse();
        assertThat(direct.getCookie("remember-me").getAttribute("SameSite")).isEqualTo("Lax");
        assertThat(direct.getCookie("SESSION").getSecure()).isFalse();
    }

    private MockHttpServletResponse signInRememberingMe(TestAccounts.Account user, String peer) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post("/login").param("email", user.email())
                        .param("password", user.password()).param("remember-me", "on").with(csrf()).with(from(peer))
                        .header("X-Forwarded-Proto", "https").header("X-Forwarded-For", "198.51.100.20"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse();
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
