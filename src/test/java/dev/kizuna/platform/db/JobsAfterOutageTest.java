package dev.kizuna.platform.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.kizuna.KizunaApplication;
import dev.kizuna.identity.ApiTokens;
import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.support.SlowSmtp;
import dev.kizuna.support.TestAccounts;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Issue 25: background work must back off while the database is away and resume by itself when it returns, with
 * nothing lost. An export is asked for and ten playbook e-mails fall due; the database goes away for 60 s; once it is
 * back the export finishes and each e-mail goes out exactly once, without a restart.
 */
@Tag("slow")
class JobsAfterOutageTest {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(JobsAfterOutageTest.class);
    private static final int MAILS = 10;
    private final Path dir = Path.of("target", "jobs-after-outage-test").toAbsolutePath();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private String base;
    private String token;

    private EmbeddedPostgres startDatabase(int port) throws IOException {
        return EmbeddedPostgres.builder().setDataDirectory(dir.resolve("postgres")).setCleanDataDirectory(false)
                .setPort(port).setServerConfig("max_connections", "50")
                .setLocaleConfig("encoding", "UTF8").setLocaleConfig("locale", "C.UTF-8").start();
    }

    @Test
    void anExportAndPlaybookMailsWaitOutASixtySecondOutageAndFinishOnce() throws Exception {
        deleteDirectory();
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        EmbeddedPostgres database = startDatabase(port);
        try (SlowSmtp smtp = new SlowSmtp(Duration.ZERO);
                ConfigurableApplicationContext app = new SpringApplicationBuilder(KizunaApplication.class).run(
                        "--spring.datasource.url=jdbc:postgresql://localhost:" + port + "/postgres",
                        "--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
                        "--kizuna.data-dir=" + dir.resolve("files"), "--kizuna.sample-data=false",
                        "--server.port=0", "--spring.jmx.enabled=false", "--spring.mail.host=127.0.0.1",
                        "--spring.mail.port=" + smtp.port(), "--kizuna.playbooks.timer-initial-delay=PT1S")) {
            base = "http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort();
            TestAccounts accounts = new TestAccounts(app.getBean(JdbcClient.class), app.getBean(PasswordEncoder.class),
                    app.getBean(UserDetailsService.class), app.getBean(ApiTokens.class));
            token = accounts.token(accounts.create(PermissionLevel.MANAGER));
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            String playbook = id(post("/api/v1/playbooks", "{\"name\":\"停電明けの案内\",\"trigger\":\"manual\","
                    + "\"steps\":[{\"kind\":\"wait\",\"waitDays\":1},{\"kind\":\"email\",\"subject\":\"ご案内\","
                    + "\"body\":\"ご案内です。\"}]}"));
            for (int i = 0; i < MAILS; i++) {
                String company = id(post("/api/v1/companies", "{\"name\":\"停電商事" + i
                        + "\",\"nameKana\":\"テイデンショウジ\",\"email\":\"outage" + i + "@example.jp\"}"));
                id(post("/api/v1/playbook-runs", "{\"playbookId\":\"" + playbook + "\",\"companyId\":\"" + company
                        + "\"}"));
            }
            jdbc.sql("update playbook_run set due_at = now() + interval '5 seconds' where status = 'waiting'")
                    .update();
            String export = id(post("/api/v1/exports", "{\"objectType\":\"company\",\"format\":\"csv-utf8\"}"));

            database.close();
            long away = System.nanoTime();
            assertThat(get("/actuator/health").statusCode()).isEqualTo(503);
            Thread.sleep(Math.max(0, Duration.ofSeconds(60).minusNanos(System.nanoTime() - away).toMillis()));
            assertThat(smtp.messages()).as("nothing is sent while the database is away").isEmpty();
            database = startDatabase(port);
            long back = System.nanoTime();

            await(Duration.ofSeconds(120), () -> get("/api/v1/exports/" + export).body().contains("\"done\""));
            await(Duration.ofSeconds(120), () -> jdbc.sql("select count(*) from playbook_run where status = 'done'")
                    .query(Long.class).single() == MAILS);
            log.info("after a {} s outage: the export and {} e-mails done {} ms after the database came back",
                    Duration.ofNanos(back - away).toSeconds(), MAILS, (System.nanoTime() - back) / 1_000_000);
            Map<String, Long> perRecipient = smtp.messages().stream()
                    .collect(Collectors.groupingBy(SlowSmtp.Message::to, Collectors.counting()));
            assertThat(perRecipient).hasSize(MAILS);
            assertThat(perRecipient.values()).as("each e-mail once").allMatch(count -> count == 1);
        } finally {
            database.close();
        }
    }

    private String post(String path, String json) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isBetween(200, 202);
        return response.body();
    }

    private HttpResponse<String> get(String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                    .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String id(String json) {
        Matcher id = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"").matcher(json);
        assertThat(id.find()).as(json).isTrue();
        return id.group(1);
    }

    private static void await(Duration timeout, BooleanSupplier done) throws InterruptedException {
        for (long deadline = System.nanoTime() + timeout.toNanos(); System.nanoTime() < deadline; ) {
            try {
                if (done.getAsBoolean()) {
                    return;
                }
            } catch (RuntimeException e) {
                // the database is still coming back
            }
            Thread.sleep(500);
        }
        throw new AssertionError("not done within " + timeout);
    }

    private void deleteDirectory() throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }
}
