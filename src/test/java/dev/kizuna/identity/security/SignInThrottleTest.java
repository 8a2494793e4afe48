package dev.kizuna.identity.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.support.ApiTestBase;
import dev.kizuna.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Sign-in throttling as issue 15 asks: one address's failures (everyone behind the README's load balancer shares
 * one) slow that address down but never refuse a right password; an account's own failures lock that account only;
 * refusals by the throttle are audited; a deactivated account answers exactly as a wrong password; forwarded
 * addresses are believed from the configured proxies only (the tests' proxy range is 10.99.0.0/16, see pom.xml).
 */
class SignInThrottleTest extends ApiTestBase {

    @Test
    void passwordSprayingFromOneAddressSlowsItDownButDoesNotLockTheAdministratorOut() throws Exception {
        String address = randomAddress();
        for (int i = 0; i < 21; i++) {
            TestAccounts.Account victim = accounts.create(PermissionLevel.MEMBER);
            signIn(victim.email(), "Spring2026!", address).andExpect(status().isUnauthorized())
                    .andExpect(jsonPath("$.type").value("urn:kizuna:problem:unauthorized"));
        }
        TestAccounts.Account admin = accounts.create(PermissionLevel.ADMIN);
        long started = System.nanoTime();
        signIn(admin.email(), admin.password(), address).andExpect(status().isCreated());
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'signin.failed' and ip = ?")
                .param(address).query(Long.class).single()).isEqualTo(21);
    }

    @Test
    void anAccountsOwnFailuresLockOnlyThatAccountAndTheRefusalsAreAudited() throws Exception {
        String address = randomAddress();
        TestAccounts.Account target = accounts.create(PermissionLevel.MEMBER);
        for (int i = 0; i < 5; i++) {
            signIn(target.email(), "guess-" + i, address).andExpect(status().isUnauthorized());
        }
        signIn(target.email(), target.password(), address).andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.type").value("urn:kizuna:problem:throttled"));
        signIn(target.email(), "guess-6", address).andExpect(status().isUnauthorized());
        TestAccounts.Account colleague = accounts.create(PermissionLevel.MEMBER);
        signIn(colleague.email(), colleague.password(), address).andExpect(status().isCreated());
        assertThat(jdbc.sql("""
                select count(*) from audit_event where action = 'signin.throttled' and actor_name = ? and ip = ?
                """).params(target.email(), address).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void aDeactivatedAccountAnswersAsAWrongPasswordWhateverPasswordIsTried() throws Exception {
        TestAccounts.Account active = accounts.create(PermissionLevel.MEMBER);
        TestAccounts.Account gone = accounts.create(PermissionLevel.MEMBER);
        jdbc.sql("update app_user set active = false where id = ?").param(gone.id()).update();
        String wrong = "The e-mail address or password is not correct.";
        assertThat(loginPageAfter(active.email(), "not-the-password")).contains(wrong);
        assertThat(loginPageAfter(gone.email(), gone.password())).contains(wrong).doesNotContain("deactivated");
        assertThat(loginPageAfter(gone.email(), "not-the-password")).contains(wrong).doesNotContain("deactivated");
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'signin.failed' and actor_name = ? and summary = 'disabled'")
                .param(gone.email()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void forwardedAddressesAreBelievedFromTheConfiguredProxiesOnly() throws Exception {
        TestAccounts.Account account = accounts.create(PermissionLevel.MEMBER);
        String client = randomAddress();
        mvc.perform(basic(account.email(), "wrong", "10.99.0.5").header("X-Forwarded-For", client + ", 10.99.0.7"))
                .andExpect(status().isUnauthorized());
        String untrusted = randomAddress();
        mvc.perform(basic(account.email(), "wrong", untrusted).header("X-Forwarded-For", "198.51.100.1"))
                .andExpect(status().isUnauthorized());
        assertThat(jdbc.sql("select ip from audit_event where action = 'signin.failed' and actor_name = ? order by id")
                .param(account.email()).query(String.class).list()).containsExactly(client, untrusted);
    }

    @Test
    void anAddressWaitsOneStepMorePerFailurePastTheFreeOnes() {
        Duration step = Duration.ofMillis(500);
        Duration max = Duration.ofSeconds(10);
        assertThat(LoginThrottle.delay(19, 20, step, max)).isZero();
        assertThat(LoginThrottle.delay(20, 20, step, max)).isEqualTo(step);
        assertThat(LoginThrottle.delay(21, 20, step, max)).isEqualTo(Duration.ofSeconds(1));
        assertThat(LoginThrottle.delay(10_000, 20, step, max)).isEqualTo(max);
    }

    /** The sign-in page as the browser sees it after a failed sign-in (the failure travels in the session). */
    private String loginPageAfter(String email, String password) throws Exception {
        jakarta.servlet.http.Cookie session = mvc.perform(MockMvcRequestBuilders.post("/login")
                        .param("email", email).param("password", password).with(csrf()).with(from(randomAddress())))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getCookie("SESSION");
        assertThat(session).as("the failure is kept in a session").isNotNull();
        return mvc.perform(MockMvcRequestBuilders.get("/login").param("error", "").cookie(session)
                .header("Accept-Language", "en")).andReturn().getResponse().getContentAsString();
    }

    private ResultActions signIn(String email, String password, String address) throws Exception {
        return mvc.perform(basic(email, password, address));
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder basic(String email,
            String password, String address) {
        return MockMvcRequestBuilders.post("/api/v1/tokens").with(httpBasic(email, password)).with(from(address))
                .contentType("application/json").content("{\"name\":\"cli\",\"scope\":\"read\"}");
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private static String randomAddress() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return "172.%d.%d.%d".formatted(16 + r.nextInt(16), r.nextInt(256), 1 + r.nextInt(254));
    }
}
