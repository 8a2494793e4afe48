package dev.kizuna.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.jayway.jsonpath.JsonPath;
import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.support.ApiTestBase;
import dev.kizuna.support.TestAccounts;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Seed 000's 「リピート×未使用」 end to end, as built in: a repeat order taken by phone (an activity of type 受注確認 —
 * orders do not exist yet) from a customer not using the portal puts a task on 【倉庫】リピート×未使用 for customer
 * success; customer success takes it and works the steps; five unreached calls in a row send the invitation e-mail
 * (once, to the in-process mail server) and the run waits for the next order, which brings it back to the phone
 * explanation.
 */
class RepeatUnusedFlowTest extends ApiTestBase {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @Autowired
    Playbooks playbooks;
    @Autowired
    PlaybookMailer mailer;

    private UUID playbookId;

    @AfterEach
    void switchTheTriggerOff() {
        mailer.useSender(null); // as configured in tests (no SMTP host), not the stopped GreenMail
        // The context is shared: other tests log 受注確認 too, and must not start this flow.
        if (playbookId != null) {
            jdbc.sql("update playbook set active = false where id = ?").param(playbookId).update();
        }
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
    }

    private UUID option(String kind, String name) {
        return jdbc.sql("select id from activity_option where kind = ? and name = ?").params(kind, name)
                .query(UUID.class).single();
    }

    private String logActivity(String token, String company, UUID type, String outcome) throws Exception {
        return mvc.perform(post(token, "/api/v1/activities", "{\"channelId\":\"" + option("channel", "電話")
                        + "\",\"typeId\":\"" + type + "\",\"companyId\":\"" + company + "\",\"outcome\":\"" + outcome
                        + "\",\"details\":\"テスト\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
    }

    private record OpenTask(String id, String title, long version) {
    }

    private OpenTask awaitOpenTask(String token, String company, String titleStart) {
        return Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).until(() -> {
            String body = mvc.perform(get(token, "/api/v1/tasks?status=open&companyId=" + company))
                    .andReturn().getResponse().getContentAsString();
            List<String> titles = JsonPath.read(body, "$.items[*].title");
            for (int i = 0; i < titles.size(); i++) {
                if (titles.get(i).startsWith(titleStart)) {
                    return new OpenTask(JsonPath.read(body, "$.items[" + i + "].id"), titles.get(i),
                            ((Number) JsonPath.read(body, "$.items[" + i + "].version")).longValue());
                }
            }
            return null;
        }, t -> t != null);
    }

    @Test
    void aRepeatPhoneOrderIsHandedToCustomerSuccessAndFiveUnreachedCallsSendTheInvitationOnce() throws Exception {
        TestAccounts.Account admin = accounts.create(PermissionLevel.ADMIN);
        accounts.signInForService(admin);
        playbooks.installBuiltIns();
        assertThat(playbooks.installBuiltIns()).as("installing twice adds nothing").isZero();
        playbookId = jdbc.sql("select id from playbook where key = 'repeat-unused'").query(UUID.class).single();
        jdbc.sql("update playbook set active = true where id = ?").param(playbookId).update();
        var sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(greenMail.getSmtp().getPort());
        mailer.useSender(sender);

        TestAccounts.Account repeat = accounts.create(PermissionLevel.MEMBER);
        TestAccounts.Account success = accounts.create(PermissionLevel.MEMBER);
        jdbc.sql("insert into user_job_role (user_id, role_id) select ?, id from job_role where name = 'カスタマーサクセス'")
                .param(success.id()).update();
        String repeatToken = accounts.token(repeat);
        String successToken = accounts.token(success);
        String adminToken = accounts.token(admin);
        String email = "soumu-" + UUID.randomUUID().toString().substring(0, 6) + "@sakura-seiki.example.jp";
        String company = JsonPath.read(mvc.perform(post(adminToken, "/api/v1/companies", "{\"name\":\"" + unique("株式会社さくら精機")
                + "\",\"nameKana\":\"サクラセイキ\",\"email\":\"" + email + "\"}")).andReturn().getResponse().getContentAsString(), "$.id");
        String portalUser = JsonPath.read(mvc.perform(post(adminToken, "/api/v1/companies", "{\"name\":\"" + unique("株式会社利用中")
                + "\",\"nameKana\":\"リヨウチュウ\",\"tags\":[\"デザイン倉庫クラウド利用中\"]}")).andReturn().getResponse()
                .getContentAsString(), "$.id");
        UUID order = option("type", "受注確認");

        // ①② The repeat rep takes the repeat order by phone and records it: the hand-off lands on the right board.
        logActivity(repeatToken, company, order, "reached");
        logActivity(repeatToken, portalUser, order, "reached");
        OpenTask account = awaitOpenTask(successToken, company, "③");
        mvc.perform(get(successToken, "/api/v1/tasks/{id}", account.id()))
                .andExpect(jsonPath("$.boardName").value("【倉庫】リピート×未使用"))
                .andExpect(jsonPath("$.ownerRoleName").value("カスタマーサクセス"))
                .andExpect(jsonPath("$.ownerUserId").doesNotExist());
        assertThat(jdbc.sql("select count(*) from playbook_run where company_id = ?").param(UUID.fromString(portalUser))
                .query(Long.class).single()).as("a customer already using the portal is left out").isZero();

        // ③ Customer success takes it and finishes it; ④ registering the items comes next, then ⑤ the call.
        mvc.perform(post(successToken, "/api/v1/tasks/{id}/take", "{\"version\":" + account.version() + "}", account.id()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.ownerUserId").value(success.id().toString()));
        mvc.perform(post(successToken, "/api/v1/tasks/{id}/move", "{\"version\":" + (account.version() + 2)
                + ",\"status\":\"done\"}", account.id())).andExpect(status().isOk());
        OpenTask items = awaitOpenTask(successToken, company, "④");
        mvc.perform(post(successToken, "/api/v1/tasks/{id}/move", "{\"version\":" + items.version()
                + ",\"status\":\"done\"}", items.id())).andExpect(status().isOk());
        OpenTask call = awaitOpenTask(successToken, company, "⑤");

        // Five unanswered calls in a row: the invitation e-mail goes out once and the run waits for the next order.
        UUID inquiry = option("type", "商品問い合わせ");
        for (int i = 0; i < 5; i++) {
            logActivity(successToken, company, inquiry, "unreached");
        }
        String runId = Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("""
                select id::text from playbook_run where company_id = ? and status = 'waiting' and wait_for = 'order'
                """).param(UUID.fromString(company)).query(String.class).optional().orElse(null), r -> r != null);
        MimeMessage[] sent = greenMail.getReceivedMessages();
        assertThat(sent).hasSize(1);
        assertThat(sent[0].getAllRecipients()[0].toString()).isEqualTo(email);
        assertThat(sent[0].getSubject()).isEqualTo("デザイン倉庫クラウドへのご招待と使い方のご案内");
        assertThat(GreenMailUtil.getBody(sent[0])).isNotBlank();
        mvc.perform(get(successToken, "/api/v1/tasks/{id}", call.id())).andExpect(jsonPath("$.status").value("cancelled"));
        mvc.perform(get(successToken, "/api/v1/playbook-runs/{id}", runId))
                .andExpect(jsonPath("$.status").value("waiting"))
                .andExpect(jsonPath("$.waitFor").value("order"))
                .andExpect(jsonPath("$.step").value(4));

        // The next order resumes the flow at the phone explanation (⑤ again), in the same run; no second e-mail.
        logActivity(repeatToken, company, order, "reached");
        OpenTask again = awaitOpenTask(successToken, company, "⑤");
        assertThat(again.id()).isNotEqualTo(call.id());
        mvc.perform(get(successToken, "/api/v1/playbook-runs/{id}", runId))
                .andExpect(jsonPath("$.status").value("running"))
                .andExpect(jsonPath("$.step").value(2))
                .andExpect(jsonPath("$.iteration").value(1));
        assertThat(jdbc.sql("select count(*) from playbook_run where company_id = ?").param(UUID.fromString(company))
                .query(Long.class).single()).isEqualTo(1);
        assertThat(greenMail.getReceivedMessages()).hasSize(1);
        mvc.perform(get(successToken, "/api/v1/playbook-runs/{id}/history", runId))
                .andExpect(jsonPath("$.items[*].kind").value(org.hamcrest.Matchers.hasItems("started", "task", "limit",
                        "email", "wait", "resumed")));
        mvc.perform(get(successToken, "/api/v1/companies/{id}/timeline", company))
                .andExpect(jsonPath("$.items[*].kind").value(org.hamcrest.Matchers.hasItems("playbook", "task")));
    }
}
