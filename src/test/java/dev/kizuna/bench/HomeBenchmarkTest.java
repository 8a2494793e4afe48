package dev.kizuna.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.support.TestAccounts;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The home page (issue 22: ≤ 150 ms p95) of each sample role — a rep (中野), a manager (田中), customer success
 * (川村), a viewer (岡田) — on the sample data, one request at a time and at 4 connections, each right after the floor
 * ({@code /actuator/health}) in the same run.
 * <p>
 * {@code ./mvnw -Pbench verify -Dtest=HomeBenchmarkTest [-Dbench.seconds=10 -Dbench.warmup=3]}; figures go to
 * target/bench/home.md.
 */
@Tag("bench")
@SpringBootTest(webEnvironment = RANDOM_PORT, properties = "kizuna.sample-data=true")
@Import(TestAccounts.class)
class HomeBenchmarkTest {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(HomeBenchmarkTest.class);

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final Map<String, String> ROLES = new LinkedHashMap<>();

    static {
        ROLES.put("rep (中野)", "nakano@example.jp");
        ROLES.put("manager (田中)", "tanaka@example.jp");
        ROLES.put("customer success (川村)", "kawamura@example.jp");
        ROLES.put("viewer (岡田)", "okada@example.jp");
    }

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    @Test
    void eachRolesHomeAgainstTheFloor() throws Exception {
        Duration warmup = Duration.ofSeconds(Long.getLong("bench.warmup", 3));
        Duration measured = Duration.ofSeconds(Long.getLong("bench.seconds", 10));
        // the sample staff get a known password (a test account's hash) so that we sign in as them
        var known = accounts.create(PermissionLevel.VIEWER);
        List<String[]> rows = new ArrayList<>();
        for (var role : ROLES.entrySet()) {
            jdbc.sql("update app_user set password_hash = (select password_hash from app_user where id = ?),"
                    + " must_change_password = false where email = ?").params(known.id(), role.getValue()).update();
            List<HttpClient> clients = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                HttpClient client = LoadGenerator.newClient();
                signIn(client, role.getValue(), known.password());
                clients.add(client);
            }
            String home = clients.getFirst().send(page("/"), HttpResponse.BodyHandlers.ofString()).body();
            assertThat(home).as(role.getKey()).contains("data-testid=\"home-line\"");
            LoadGenerator load = new LoadGenerator(clients, null);
            for (int connections : new int[] {1, 4}) {
                var floor = load.run("floor", connections, warmup, measured, (u, n) -> page("/actuator/health"), null);
                var result = load.run("home: " + role.getKey(), connections, warmup, measured, (u, n) -> page("/"), null);
                rows.add(new String[] {result.scenario(), String.valueOf(connections),
                        "%.0f".formatted(result.p50Ms()), "%.0f".formatted(result.p95Ms()), String.valueOf(result.errors()),
                        "%.0f".formatted(floor.p95Ms()), "%.1f".formatted(result.p95Ms() / Math.max(0.1, floor.p95Ms()))});
                LOG.info("\n{}", String.join(" | ", rows.getLast()));
            }
        }
        StringBuilder md = new StringBuilder("# home\n\n- warm-up: " + warmup.toSeconds() + " s, measured: "
                + measured.toSeconds() + " s per scenario and per floor\n- cores: "
                + Runtime.getRuntime().availableProcessors() + "\n\n| scenario | connections | p50 ms | p95 ms | errors "
                + "| floor p95 ms | p95 vs floor |\n|---|---|---|---|---|---|---|\n");
        rows.forEach(r -> md.append("| ").append(String.join(" | ", r)).append(" |\n"));
        Path dir = Path.of("target", "bench");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("home.md"), md);
        LOG.info("\n{}", md);
        assertThat(rows).allSatisfy(r -> assertThat(r[4]).isEqualTo("0"));
    }

    private HttpRequest page(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(60)).build();
    }

    private void signIn(HttpClient client, String email, String password) throws Exception {
        String login = client.send(page("/login"), HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = CSRF.matcher(login);
        assertThat(csrf.find()).isTrue();
        String form = "email=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + csrf.group(1);
        HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
    }
}
