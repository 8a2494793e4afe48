package dev.kizuna.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import dev.kizuna.support.KizunaTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Over real HTTP (the server parses multipart bodies itself, which a mock request does not show): an upload sent
 * with an Idempotency-Key, as docs/api.md advises, stores the file once, and the same upload again replays the first
 * answer with its Location. Shares the one test context ({@link KizunaTest}).
 */
@KizunaTest
class IdempotentUploadTest {

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void anUploadWithAKeyIsStoredOnceAndItsReplayKeepsTheLocation() throws Exception {
        String token = accounts.token(accounts.create(PermissionLevel.MEMBER));
        String company = JsonPath.read(send(json(token, "/api/v1/companies",
                "{\"name\":\"冪等添付-" + UUID.randomUUID() + "\",\"status\":\"customer\"}")).body(), "$.id");
        String activity = JsonPath.read(send(json(token, "/api/v1/activities",
                "{\"companyId\":\"%s\",\"kind\":\"note\",\"details\":\"見積書を受領\"}".formatted(company))).body(), "$.id");
        byte[] pdf = "%PDF-1.4\n見積書\n%%EOF".getBytes(StandardCharsets.UTF_8);
        String key = UUID.randomUUID().toString();

        HttpResponse<String> first = send(upload(token, activity, key, pdf));
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat((String) JsonPath.read(first.body(), "$.fileName")).isEqualTo("見積書.pdf");
        String location = first.headers().firstValue("Location").orElseThrow();

        HttpResponse<String> again = send(upload(token, activity, key, pdf));
        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(again.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(again.headers().firstValue("Location")).hasValue(location);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(jdbc.sql("select count(*) from activity_attachment where activity_id = ?::uuid").param(activity)
                .query(Long.class).single()).isEqualTo(1);

        byte[] other = "%PDF-1.4\n別の見積書\n%%EOF".getBytes(StandardCharsets.UTF_8);
        assertThat(send(upload(token, activity, key, other)).statusCode()).isEqualTo(409);
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest json(String token, String path, String body) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private HttpRequest upload(String token, String activity, String key, byte[] file) {
        String boundary = "kizuna" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"見積書.pdf\""
                + "\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/activities/" + activity
                        + "/attachments"))
                .header("Authorization", "Bearer " + token).header("Idempotency-Key", key)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
    }
}
