package dev.kizuna.platform.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.platform.KizunaProperties;
import dev.kizuna.support.KizunaTest;
import dev.kizuna.support.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 25: when the embedded PostgreSQL died while Kizuna ran, nothing started it again (500 until a restart by
 * hand) and its own log lines were hidden. Here the test's own embedded server is killed with SIGKILL under the
 * running application: while it is down the API answers 503 problem+json and health is DOWN; then Kizuna starts it
 * again by itself, what was committed before the kill is there, the write refused during the outage goes through
 * when sent again, and PostgreSQL's recovery is in the application's log.
 */
@KizunaTest
class EmbeddedDatabaseRecoveryTest {

    @LocalServerPort
    int port;
    @Autowired
    KizunaProperties properties;
    @Autowired
    TestAccounts accounts;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ListAppender<ILoggingEvent> postgresLines = new ListAppender<>();
    private EmbeddedRestarts restarts;

    @BeforeEach
    void listen() {
        restarts = EmbeddedDatabase.restarts(properties.dataDir()).orElseThrow();
        postgresLines.start();
        ((Logger) LoggerFactory.getLogger(PostgresLog.class)).addAppender(postgresLines);
    }

    @AfterEach
    void release() throws Exception {
        restarts.hold(false);
        ((Logger) LoggerFactory.getLogger(PostgresLog.class)).detachAppender(postgresLines);
        eventually200("/actuator/health", null); // never leave the shared context without its database
    }

    @Test
    void aKilledEmbeddedServerIsStartedAgainWithNothingLost() throws Exception {
        String token = accounts.token(accounts.create(PermissionLevel.MEMBER));
        String kept = createCompany(token, "再起動前に登録した商事 " + UUID.randomUUID()).body();
        String keptId = id(kept);
        int restartsBefore = restarts.restarts();
        Path pgData = properties.dataDir().resolve("postgres");
        ProcessHandle postmaster = StalePostmaster.runningOn(pgData).orElseThrow();

        // The test database runs with synchronous_commit off (a fresh data directory: see EmbeddedDatabase), so a
        // commit may still sit in PostgreSQL's WAL buffers; production runs with it on. Flush before the kill, as a
        // production commit would have (the full run once lost the company here: 404 after the restart).
        jdbc.sql("checkpoint").update();
        restarts.hold(true); // look at the outage before the restart ends it
        postmaster.destroyForcibly(); // SIGKILL: no shutdown, as the OOM killer does it
        postmaster.onExit().get(30, TimeUnit.SECONDS);

        HttpResponse<String> health = send("/actuator/health", null, null);
        assertThat(health.statusCode()).isEqualTo(503);
        assertThat(health.body()).contains("DOWN");
        HttpResponse<String> read = send("/api/v1/companies/" + keptId, token, null);
        assertThat(read.statusCode()).isEqualTo(503);
        assertThat(read.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        String lateName = "停止中に登録しようとした商事 " + UUID.randomUUID();
        assertThat(createCompany(token, lateName).statusCode()).as("the client is told it did not go through")
                .isEqualTo(503);

        restarts.hold(false);
        assertThat(eventually200("/actuator/health", null)).as("started again without restarting Kizuna")
                .isEqualTo(200);
        assertThat(restarts.restarts()).isEqualTo(restartsBefore + 1);
        assertThat(StalePostmaster.runningOn(pgData)).hasValueSatisfying(
                server -> assertThat(server.pid()).isNotEqualTo(postmaster.pid()));

        HttpResponse<String> again = send("/api/v1/companies/" + keptId, token, null);
        assertThat(again.statusCode()).as("committed before the kill").isEqualTo(200);
        assertThat(again.body()).contains("再起動前に登録した商事");
        HttpResponse<String> late = createCompany(token, lateName);
        assertThat(late.statusCode()).as("sent again after the restart").isEqualTo(201);
        assertThat(send("/api/v1/companies/" + id(late.body()), token, null).statusCode()).isEqualTo(200);
        assertThat(postgresLines.list).as("PostgreSQL's own lines are in the application's log")
                .extracting(ILoggingEvent::getFormattedMessage)
                .anySatisfy(line -> assertThat(line).contains("database system is ready to accept connections"))
                .anySatisfy(line -> assertThat(line).contains("not properly shut down"));
    }

    private HttpResponse<String> createCompany(String token, String name) throws Exception {
        return send("/api/v1/companies", token, "{\"name\":\"" + name + "\"}");
    }

    private static String id(String json) {
        Matcher id = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"").matcher(json);
        assertThat(id.find()).as("an id in %s", json).isTrue();
        return id.group(1);
    }

    private HttpResponse<String> send(String path, String token, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(60)).header("Accept-Language", "ja");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (json != null) {
            request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private int eventually200(String path, String token) throws Exception {
        int status = 0;
        for (long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos(); System.nanoTime() < deadline; ) {
            status = send(path, token, null).statusCode();
            if (status == 200) {
                break;
            }
            Thread.sleep(250);
        }
        return status;
    }
}
