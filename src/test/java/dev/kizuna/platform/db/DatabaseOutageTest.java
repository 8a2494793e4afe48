package dev.kizuna.platform.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import dev.kizuna.KizunaApplication;
import dev.kizuna.identity.ApiTokens;
import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.support.TestAccounts;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Issue 25: while the database was down, API calls hung 30 s and answered 500 (pages up to 91 s). Here Kizuna runs
 * against a PostgreSQL server of its own (through the datasource URL, as with {@code KIZUNA_DB_URL}), over HTTP;
 * the server stops: the API answers 503 problem+json and pages a translated 503 page, both within seconds, health is
 * DOWN; the server comes back on the same port: everything answers 200 again without a restart.
 */
class DatabaseOutageTest {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(DatabaseOutageTest.class);

    private static final Duration FAST = Duration.ofSeconds(10);
    private final Path dir = Path.of("target", "database-outage-test").toAbsolutePath();
    private EmbeddedPostgres database;
    private ConfigurableApplicationContext app;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    private String base;

    @AfterEach
    void stop() throws IOException {
        if (app != null) {
            app.close();
        }
        if (database != null) {
            database.close();
        }
    }

    private EmbeddedPostgres startDatabase(int port) throws IOException {
        return EmbeddedPostgres.builder().setDataDirectory(dir.resolve("postgres")).setCleanDataDirectory(false)
                .setPort(port).setServerConfig("max_connections", "50")
                .setLocaleConfig("encoding", "UTF8").setLocaleConfig("locale", "C.UTF-8").start();
    }

    @Test
    void answers503WhileTheDatabaseIsAwayAnd200OnceItIsBack() throws Exception {
        deleteDirectory();
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        database = startDatabase(port);
        app = new SpringApplicationBuilder(KizunaApplication.class).run(
                "--spring.datasource.url=jdbc:postgresql://localhost:" + port + "/postgres",
                "--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
                "--kizuna.data-dir=" + dir.resolve("files"), "--kizuna.sample-data=false",
                "--kizuna.dataio.worker=false", "--server.port=0", "--spring.jmx.enabled=false");
        base = "http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort();
        TestAccounts accounts = new TestAccounts(app.getBean(JdbcClient.class), app.getBean(PasswordEncoder.class),
                app.getBean(UserDetailsService.class), app.getBean(ApiTokens.class));
        TestAccounts.Account member = accounts.create(PermissionLevel.MEMBER);
        String token = accounts.token(member);
        signIn(member);
        assertThat(get("/api/v1/companies", token).statusCode()).isEqualTo(200);
        assertThat(get("/", null).statusCode()).isEqualTo(200);

        database.close();

        long started = System.nanoTime();
        HttpResponse<String> api = get("/api/v1/companies", token);
        Duration apiTook = Duration.ofNanos(System.nanoTime() - started);
        assertThat(api.statusCode()).isEqualTo(503);
        assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(api.body()).contains("\"status\":503").contains("/api/v1/companies");
        assertThat(apiTook).as("the API fails fast").isLessThan(FAST);

        started = System.nanoTime();
        HttpResponse<String> page = get("/", null);
        Duration pageTook = Duration.ofNanos(System.nanoTime() - started);
        assertThat(page.statusCode()).isEqualTo(503);
        assertThat(page.body()).contains("data-testid=\"error-page\"").contains("データベースに接続できません");
        assertThat(pageTook).as("a page fails fast").isLessThan(FAST);

        HttpResponse<String> health = probe("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(503);
        assertThat(health.body()).contains("DOWN");

        database = startDatabase(port);
        assertThat(eventually200("/api/v1/companies", token)).isEqualTo(200);
        assertThat(get("/", null).statusCode()).as("the session survived the outage").isEqualTo(200);
        assertThat(probe("/actuator/health").statusCode()).isEqualTo(200);
        log.info("database away: API answered in {} ms, a page in {} ms", apiTook.toMillis(),
                pageTook.toMillis());
    }

    private void signIn(TestAccounts.Account account) throws Exception {
        String login = get("/login", null).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(login);
        assertThat(csrf.find()).as("the sign-in form carries a CSRF token").isTrue();
        String form = "email=" + URLEncoder.encode(account.email(), StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(account.password(), StandardCharsets.UTF_8) + "&_csrf=" + csrf.group(1);
        HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120))
                .header("Accept-Language", "ja");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A load balancer's health probe: no cookies. */
    private HttpResponse<String> probe(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(120)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private int eventually200(String path, String token) throws Exception {
        int status = 0;
        for (long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos(); System.nanoTime() < deadline; ) {
            status = get(path, token).statusCode();
            if (status == 200) {
                break;
            }
            Thread.sleep(500);
        }
        return status;
    }

    private void deleteDirectory() throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }
}
