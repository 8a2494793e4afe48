package dev.kizuna.identity.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.support.KizunaTest;
import dev.kizuna.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 26: every request of a signed-in person wrote their session row (Spring Session sets the last access on each
 * request), a write transaction per page and per htmx call with nothing else changed. The last access is now written
 * once a minute at most: two pages in a row leave the row alone; a page a minute after the stored access moves it,
 * so the session still lives 8 hours from the last use. The stored sign-in is deserialised once, not on every page.
 */
@KizunaTest
class LazyTouchSessionsTest {

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SessionSignIns signIns;

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void aSessionsLastAccessIsWrittenOnceAMinuteNotOnEveryRequest() throws Exception {
        TestAccounts.Account member = accounts.create(PermissionLevel.MEMBER);
        signIn(member);
        assertThat(page("/")).isEqualTo(200);
        long first = lastAccess(member);

        Thread.sleep(50);
        assertThat(page("/")).isEqualTo(200);
        assertThat(page("/customers")).isEqualTo(200);
        assertThat(lastAccess(member)).as("pages within a minute do not write the session").isEqualTo(first);

        jdbc.sql("update spring_session set last_access_time = last_access_time - 61000 where principal_name = ?")
                .param(member.email()).update();
        long aMinuteAgo = lastAccess(member);
        assertThat(page("/")).isEqualTo(200);
        assertThat(lastAccess(member)).as("a minute on, the page moves the session's expiry").isGreaterThan(aMinuteAgo + 60_000);
    }

    @Test
    void aSignedInPersonsStoredContextIsDeserialisedOnceNotOnEveryPage() throws Exception {
        TestAccounts.Account member = accounts.create(PermissionLevel.MEMBER);
        signIn(member);
        assertThat(page("/")).isEqualTo(200);
        long before = signIns.reused();

        assertThat(page("/")).isEqualTo(200);
        assertThat(page("/customers")).isEqualTo(200);

        assertThat(signIns.reused() - before).as("the two pages' sign-ins were read from the kept context")
                .isGreaterThanOrEqualTo(2);
    }

    private long lastAccess(TestAccounts.Account account) {
        return jdbc.sql("select last_access_time from spring_session where principal_name = ?").param(account.email())
                .query(Long.class).single();
    }

    private int page(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private void signIn(TestAccounts.Account account) throws Exception {
        String login = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(login);
        assertThat(csrf.find()).isTrue();
        String form = "email=" + URLEncoder.encode(account.email(), StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(account.password(), StandardCharsets.UTF_8) + "&_csrf=" + csrf.group(1);
        HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
    }
}
