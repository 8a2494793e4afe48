package dev.kizuna.integrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.jayway.jsonpath.JsonPath;
import com.sun.net.httpserver.HttpServer;
import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.platform.security.SystemActor;
import dev.kizuna.notifications.Notifications;
import dev.kizuna.support.ApiTestBase;
import dev.kizuna.support.TestAccounts;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Outgoing webhooks against a local HTTP receiver: a board's task events reach Slack-style and signed HTTPS
 * endpoints, a person's notifications too; a failing endpoint is retried and then given up; nothing is queued for an
 * event whose transaction rolled back; only administrators manage webhooks.
 */
class WebhooksTest extends ApiTestBase {

    record Received(String path, Map<String, String> headers, String body) {
    }

    @Autowired
    WebhookDeliveryJob job;
    @Autowired
    Notifications notifications;
    @Autowired
    TransactionTemplate transactions;

    private HttpServer receiver;
    private final LinkedBlockingQueue<Received> received = new LinkedBlockingQueue<>();
    private final AtomicInteger answer = new AtomicInteger(200);
    private String admin;
    private String boardId;
    private String base;

    @BeforeEach
    void receiver() throws Exception {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Map<String, String> headers = new java.util.HashMap<>();
            exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(), v.getFirst()));
            received.add(new Received(exchange.getRequestURI().getPath(), headers, body));
            byte[] reply = "ok".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(answer.get(), reply.length);
            exchange.getResponseBody().write(reply);
            exchange.close();
        });
        receiver.start();
        base = "http://127.0.0.1:" + receiver.getAddress().getPort();
        admin = tokenFor(PermissionLevel.ADMIN);
        boardId = JsonPath.read(created("/api/v1/boards", "{\"name\":\"" + unique("【倉庫】カスタマーサクセス") + "\"}"), "$.id");
    }

    @AfterEach
    void stop() {
        receiver.stop(0);
        jdbc.sql("delete from webhook").update();
    }

    @Test
    void aBoardsNewTaskReachesSlackAndASignedHttpsEndpoint() throws Exception {
        created("/api/v1/webhooks", "{\"name\":\"制作チーム\",\"kind\":\"slack\",\"boardId\":\"" + boardId + "\",\"url\":\""
                + base + "/slack\"}");
        created("/api/v1/webhooks", "{\"name\":\"社内システム\",\"kind\":\"https\",\"boardId\":\"" + boardId + "\",\"url\":\""
                + base + "/hook\",\"token\":\"s3cret-key\"}");
        String task = JsonPath.read(created("/api/v1/tasks", "{\"boardId\":\"" + boardId
                + "\",\"title\":\"リピート注文の電話対応\"}"), "$.id");

        job.sendDue();
        Received first = received.poll(10, TimeUnit.SECONDS);
        Received second = received.poll(10, TimeUnit.SECONDS);
        assertThat(first).isNotNull();
        assertThat(second).isNotNull();
        Received slack = first.path().equals("/slack") ? first : second;
        Received https = first.path().equals("/hook") ? first : second;
        assertThat((String) JsonPath.read(slack.body(), "$.text")).contains("タスク追加：リピート注文の電話対応")
                .contains("/tasks/" + task);
        assertThat((String) JsonPath.read(https.body(), "$.event")).isEqualTo("task.created");
        assertThat((String) JsonPath.read(https.body(), "$.data.taskId")).isEqualTo(task);
        assertThat(https.headers().get("x-kizuna-signature"))
                .isEqualTo("sha256=" + WebhookRequests.sign("s3cret-key", https.body()));
        assertThat(jdbc.sql("select count(*) from webhook_delivery where status = 'delivered' and text like ?")
                .param("%リピート注文の電話対応%").query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void aFailingEndpointIsRetriedWithBackOffAndThenGivenUp() throws Exception {
        answer.set(500);
        String hook = JsonPath.read(created("/api/v1/webhooks", "{\"name\":\"落ちている宛先\",\"kind\":\"slack\",\"boardId\":\""
                + boardId + "\",\"url\":\"" + base + "/down\"}"), "$.id");
        created("/api/v1/tasks", "{\"boardId\":\"" + boardId + "\",\"title\":\"原稿の確認\"}");
        job.sendDue();
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql(
                "select attempts from webhook_delivery where webhook_id = ?").param(UUID.fromString(hook))
                .query(Integer.class).single() == 1);
        mvc.perform(get(admin, "/api/v1/webhooks/{id}/deliveries", hook))
                .andExpect(jsonPath("$.items[0].status").value("pending"))
                .andExpect(jsonPath("$.items[0].lastStatus").value(500))
                .andExpect(jsonPath("$.items[0].lastError").value("HTTP 500")); // the status only, never the reply's body
        assertThat(jdbc.sql("select next_attempt_at > now() + interval '20 seconds' from webhook_delivery where webhook_id = ?")
                .param(UUID.fromString(hook)).query(Boolean.class).single()).isTrue();
        // The last attempt: given up, shown as failed; "send again now" brings it back.
        jdbc.sql("update webhook_delivery set attempts = ?, next_attempt_at = now() where webhook_id = ?")
                .params(WebhookOutbox.MAX_ATTEMPTS - 1, UUID.fromString(hook)).update();
        job.sendDue();
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> "failed".equals(jdbc.sql(
                "select status from webhook_delivery where webhook_id = ?").param(UUID.fromString(hook))
                .query(String.class).single()));
        answer.set(200);
        String delivery = jdbc.sql("select id::text from webhook_delivery where webhook_id = ?")
                .param(UUID.fromString(hook)).query(String.class).single();
        mvc.perform(post(admin, "/api/v1/webhooks/{id}/deliveries/{d}/retry", "{}", hook, delivery))
                .andExpect(status().isAccepted());
        job.sendDue();
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> "delivered".equals(jdbc.sql(
                "select status from webhook_delivery where webhook_id = ?").param(UUID.fromString(hook))
                .query(String.class).single()));
    }

    @Test
    void aPersonsNotificationsAreSentAndNothingIsQueuedWhenTheirTransactionRollsBack() throws Exception {
        TestAccounts.Account rep = accounts.create(PermissionLevel.MEMBER);
        String hook = JsonPath.read(created("/api/v1/webhooks", "{\"name\":\"中野さんのSlack\",\"kind\":\"slack\",\"userId\":\""
                + rep.id() + "\",\"url\":\"" + base + "/me\"}"), "$.id");
        try {
            transactions.executeWithoutResult(s -> {
                notifications.tell(rep.id(), "test", "sales.notification.coaching", "取り消される通知", "/deals");
                throw new IllegalStateException("the work that told them failed");
            });
        } catch (IllegalStateException expected) {
            // rolled back, with its delivery
        }
        assertThat(jdbc.sql("select count(*) from webhook_delivery where webhook_id = ?").param(UUID.fromString(hook))
                .query(Long.class).single()).isZero();
        transactions.executeWithoutResult(s -> SystemActor.run(() ->
                notifications.tell(rep.id(), "test", "sales.notification.coaching", "山本 健一：周年記念誌", "/deals")));
        job.sendDue();
        Received got = received.poll(10, TimeUnit.SECONDS);
        assertThat(got).isNotNull();
        assertThat((String) JsonPath.read(got.body(), "$.text")).startsWith("コーチングメモ：山本 健一：周年記念誌");
    }

    @Test
    void onlyAdministratorsManageWebhooksTokensAreMaskedAndStaleChangesAre409() throws Exception {
        mvc.perform(post(tokenFor(PermissionLevel.MANAGER), "/api/v1/webhooks", "{\"name\":\"x\",\"kind\":\"slack\",\"boardId\":\""
                + boardId + "\",\"url\":\"https://hooks.slack.com/services/T/B/X\"}")).andExpect(status().isForbidden());
        mvc.perform(post(admin, "/api/v1/webhooks", "{\"name\":\"チャットワーク\",\"kind\":\"chatwork\",\"boardId\":\""
                        + boardId + "\",\"roomId\":\"abc\",\"token\":\"t\"}").header("Accept-Language", "ja"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("roomId"));
        mvc.perform(post(admin, "/api/v1/webhooks", "{\"name\":\"宛先なし\",\"kind\":\"slack\",\"url\":\"https://example.jp\"}"))
                .andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.errors[0].code").value("WebhookScope"));
        String id = JsonPath.read(created("/api/v1/webhooks", "{\"name\":\"チャットワーク\",\"kind\":\"chatwork\",\"boardId\":\""
                + boardId + "\",\"roomId\":\"123456\",\"token\":\"abcdef123456\"}"), "$.id");
        mvc.perform(get(admin, "/api/v1/webhooks/{id}", id)).andExpect(jsonPath("$.token").value("••••3456"));
        mvc.perform(patch(admin, "/api/v1/webhooks/{id}", "{\"version\":0,\"name\":\"制作部のルーム\"}", id))
                .andExpect(status().isOk()).andExpect(jsonPath("$.name").value("制作部のルーム"));
        assertThat(jdbc.sql("select token from webhook where id = ?").param(UUID.fromString(id)).query(String.class)
                .single()).isEqualTo("abcdef123456");
        mvc.perform(patch(admin, "/api/v1/webhooks/{id}", "{\"version\":0,\"name\":\"古い版\"}", id))
                .andExpect(status().isConflict());
        assertThat(jdbc.sql("select count(*) from audit_event where object_type = 'webhook' and object_id = ? and (coalesce(after_value::text, '') || coalesce(before_value::text, '')) like '%abcdef123456%'")
                .param(id).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from audit_event where object_type = 'webhook' and object_id = ?")
                .param(id).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void aPlaybooksChatStepPostsToTheNamedWebhookAndAMissingOneFailsTheStep() throws Exception {
        String name = unique("CSチームのチャット");
        created("/api/v1/webhooks", "{\"name\":\"" + name + "\",\"kind\":\"slack\",\"boardId\":\"" + boardId
                + "\",\"url\":\"" + base + "/cs\"}");
        String company = JsonPath.read(created("/api/v1/companies", "{\"name\":\"" + unique("株式会社みどり測量")
                + "\",\"nameKana\":\"ミドリソクリョウ\"}"), "$.id");
        String playbook = JsonPath.read(created("/api/v1/playbooks", "{\"name\":\"" + unique("チャットで共有") + "\","
                + "\"trigger\":\"manual\",\"steps\":[{\"kind\":\"chat\",\"title\":\"CSに共有\","
                + "\"subject\":\"" + name + "\",\"body\":\"{顧客名} の導入支援を始めます\"}]}"), "$.id");
        mvc.perform(post(admin, "/api/v1/playbook-runs", "{\"playbookId\":\"" + playbook + "\",\"companyId\":\"" + company + "\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("done"));
        job.sendDue();
        Received got = received.poll(10, TimeUnit.SECONDS);
        assertThat(got).isNotNull();
        assertThat(got.path()).isEqualTo("/cs");
        assertThat((String) JsonPath.read(got.body(), "$.text")).startsWith("株式会社みどり測量").endsWith("の導入支援を始めます");

        String broken = JsonPath.read(created("/api/v1/playbooks", "{\"name\":\"" + unique("送り先なし") + "\","
                + "\"trigger\":\"manual\",\"steps\":[{\"kind\":\"chat\",\"title\":\"共有\","
                + "\"subject\":\"存在しない送り先\",\"body\":\"テスト\"}]}"), "$.id");
        String run = JsonPath.read(mvc.perform(post(admin, "/api/v1/playbook-runs", "{\"playbookId\":\"" + broken
                        + "\",\"companyId\":\"" + company + "\"}")).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString(), "$.id");
        assertThat(jdbc.sql("select last_error from playbook_run where id = ?").param(UUID.fromString(run))
                .query(String.class).single()).contains("存在しない送り先");
        mvc.perform(post(admin, "/api/v1/playbooks", "{\"name\":\"" + unique("空の投稿") + "\",\"trigger\":\"manual\","
                        + "\"steps\":[{\"kind\":\"chat\",\"title\":\"共有\",\"body\":\"本文\"}]}"))
                .andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.errors[0].field").value("steps[0].subject"));
    }

    @Test
    void thePagesListCreateAndShowTheDeliveryLog() throws Exception {
        TestAccounts.Account boss = accounts.create(PermissionLevel.ADMIN);
        for (String lang : java.util.List.of("ja", "en")) {
            jdbc.sql("update app_user set locale = ? where id = ?").params(lang, boss.id()).update();
            jakarta.servlet.http.Cookie session = signIn(boss);
            for (String path : java.util.List.of("/admin/webhooks", "/admin/webhooks/new", "/settings/notifications")) {
                mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path).cookie(session))
                        .andExpect(status().isOk()).andExpect(org.springframework.test.web.servlet.result
                                .MockMvcResultMatchers.content().string(org.hamcrest.Matchers.not(
                                        org.hamcrest.Matchers.containsString("??"))));
            }
        }
        jakarta.servlet.http.Cookie session = signIn(boss);
        var form = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/admin/webhooks/new")
                .cookie(session).with(org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.csrf())
                .param("name", "制作チームのSlack").param("kind", "slack").param("url", "not a url")
                .param("scope", "board:" + boardId).param("active", "on");
        mvc.perform(form).andExpect(status().isOk()).andExpect(org.springframework.test.web.servlet.result
                .MockMvcResultMatchers.content().string(org.hamcrest.Matchers.containsString("制作チームのSlack")));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/admin/webhooks/new")
                        .cookie(session).with(org.springframework.security.test.web.servlet.request
                                .SecurityMockMvcRequestPostProcessors.csrf())
                        .param("name", "制作チームのSlack").param("kind", "slack").param("url", base + "/slack")
                        .param("scope", "board:" + boardId).param("active", "on"))
                .andExpect(status().is3xxRedirection());
        UUID id = jdbc.sql("select id from webhook where name = '制作チームのSlack'").query(UUID.class).single();
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/admin/webhooks/" + id + "/test")
                        .cookie(session).with(org.springframework.security.test.web.servlet.request
                                .SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/admin/webhooks/" + id)
                        .cookie(session))
                .andExpect(status().isOk()).andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
                        .content().string(org.hamcrest.Matchers.containsString("data-testid=\"delivery-status\"")));
    }

    private jakarta.servlet.http.Cookie signIn(TestAccounts.Account account) throws Exception {
        return mvc.perform(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders
                .formLogin("/login").user("email", account.email()).password(account.password()))
                .andReturn().getResponse().getCookie("SESSION");
    }

    private String created(String path, String json) throws Exception {
        return mvc.perform(post(admin, path, json)).andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString();
    }
}
