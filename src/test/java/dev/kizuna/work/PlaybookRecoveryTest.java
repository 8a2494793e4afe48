package dev.kizuna.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.jayway.jsonpath.JsonPath;
import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.support.ApiTestBase;
import dev.kizuna.support.TestAccounts;
import jakarta.servlet.http.Cookie;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Issue 14: "5 不通 → e-mail" with no mail server: the retry takes the e-mail step again (not the call step: no second
 * call task, the error kept until the e-mail goes); a cancelled run closes its open task; a finished run says so.
 */
class PlaybookRecoveryTest extends ApiTestBase {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @Autowired
    PlaybookMailer mailer;
    @Autowired
    PlaybookTimerJob timers;

    private TestAccounts.Account member;
    private String manager;
    private String memberToken;
    private String board;

    @BeforeEach
    void fixture() throws Exception {
        mailer.useSender(null); // no SMTP server, as on a fresh installation
        manager = tokenFor(PermissionLevel.MANAGER);
        member = accounts.create(PermissionLevel.MEMBER);
        memberToken = accounts.token(member);
        board = unique("【倉庫】リピート×未使用");
        mvc.perform(post(manager, "/api/v1/boards", "{\"name\":\"" + board + "\"}")).andExpect(status().isCreated());
    }

    @AfterEach
    void mailOff() {
        mailer.useSender(null);
    }

    private String playbook(String steps) throws Exception {
        return JsonPath.read(mvc.perform(post(manager, "/api/v1/playbooks", "{\"name\":\"" + unique("不通ならメール")
                        + "\",\"trigger\":\"manual\",\"steps\":" + steps + "}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
    }

    private String company() throws Exception {
        return JsonPath.read(mvc.perform(post(manager, "/api/v1/companies", "{\"name\":\"" + unique("株式会社さくら精機")
                        + "\",\"nameKana\":\"サクラセイキ\",\"email\":\"soumu@sakura-seiki.example.jp\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
    }

    private String start(String playbook, String company) throws Exception {
        return JsonPath.read(mvc.perform(post(memberToken, "/api/v1/playbook-runs", "{\"playbookId\":\"" + playbook
                        + "\",\"companyId\":\"" + company + "\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
    }

    private List<String> taskStatuses(String company) {
        return jdbc.sql("select status from task where company_id = ? order by created_at")
                .param(UUID.fromString(company)).query(String.class).list();
    }

    private void unreachedCall(String company) throws Exception {
        UUID phone = jdbc.sql("select id from activity_option where kind = 'channel' and name = '電話'").query(UUID.class)
                .single();
        UUID inquiry = jdbc.sql("select id from activity_option where kind = 'type' and name = '商品問い合わせ'")
                .query(UUID.class).single();
        mvc.perform(post(memberToken, "/api/v1/activities", "{\"channelId\":\"" + phone + "\",\"typeId\":\"" + inquiry
                + "\",\"companyId\":\"" + company
                + "\",\"outcome\":\"unreached\",\"details\":\"不通\"}")).andExpect(status().isCreated());
    }

    @Test
    void aFailedEmailStepIsRetriedItselfAndTheCallIsNotMadeTwice() throws Exception {
        String playbook = playbook("[{\"kind\":\"call\",\"title\":\"電話で使い方を説明\",\"board\":\"" + board
                + "\",\"limit\":2,\"onLimit\":1},{\"kind\":\"email\",\"subject\":\"ご招待\",\"body\":\"ご案内です。\"}]");
        String company = company();
        String run = start(playbook, company);
        assertThat(taskStatuses(company)).containsExactly("todo");

        unreachedCall(company);
        unreachedCall(company);
        // The limit cancels the call task and the run moves to the e-mail step, which fails without SMTP.
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
                "select last_error from playbook_run where id = ?").param(UUID.fromString(run)).query(String.class)
                .optional().orElse(null), e -> e != null);
        mvc.perform(get(memberToken, "/api/v1/playbook-runs/{id}", run))
                .andExpect(jsonPath("$.step").value(1))
                .andExpect(jsonPath("$.status").value("running"))
                .andExpect(jsonPath("$.attempts").value(1))
                .andExpect(jsonPath("$.lastError").value(containsString("e-mail is off")));
        assertThat(taskStatuses(company)).containsExactly("cancelled");

        // The retry, still without SMTP: the e-mail step fails again; no call task is made, the error stays.
        jdbc.sql("update playbook_run set due_at = now() - interval '1 second' where id = ?").param(UUID.fromString(run))
                .update();
        timers.fireDue();
        mvc.perform(get(memberToken, "/api/v1/playbook-runs/{id}", run))
                .andExpect(jsonPath("$.step").value(1))
                .andExpect(jsonPath("$.attempts").value(2))
                .andExpect(jsonPath("$.lastError").value(containsString("e-mail is off")));
        assertThat(taskStatuses(company)).containsExactly("cancelled");

        // With a mail server, the next retry sends the e-mail once and the run ends.
        var sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(greenMail.getSmtp().getPort());
        mailer.useSender(sender);
        jdbc.sql("update playbook_run set due_at = now() - interval '1 second' where id = ?").param(UUID.fromString(run))
                .update();
        timers.fireDue();
        mvc.perform(get(memberToken, "/api/v1/playbook-runs/{id}", run))
                .andExpect(jsonPath("$.status").value("done"))
                .andExpect(jsonPath("$.lastError").doesNotExist());
        assertThat(greenMail.getReceivedMessages()).hasSize(1);
        assertThat(greenMail.getReceivedMessages()[0].getSubject()).isEqualTo("ご招待");
        assertThat(taskStatuses(company)).containsExactly("cancelled");

        // The finished run's page says it is finished, not "step 3 of 2: null".
        for (String lang : List.of("ja", "en")) {
            jdbc.sql("update app_user set locale = ? where id = ?").params(lang, member.id()).update();
            Cookie session = mvc.perform(formLogin("/login").user("email", member.email()).password(member.password()))
                    .andExpect(redirectedUrl("/")).andReturn().getResponse().getCookie("SESSION");
            for (String path : List.of("/playbook-runs/" + run, "/playbook-runs?status=done&companyId=" + company)) {
                mvc.perform(MockMvcRequestBuilders.get(path).cookie(session))
                        .andExpect(status().isOk())
                        .andExpect(content().string(containsString("ja".equals(lang) ? "完了（全2ステップ）"
                                : "Finished (all 2 steps)")))
                        .andExpect(content().string(not(containsString("：null"))))
                        .andExpect(content().string(not(containsString(": null"))))
                        .andExpect(content().string(not(containsString("3/2"))));
            }
        }
    }

    @Test
    void cancellingARunCancelsTheTaskItWaitsFor() throws Exception {
        String playbook = playbook("[{\"kind\":\"task\",\"title\":\"アカウント作成\",\"board\":\"" + board + "\"},"
                + "{\"kind\":\"task\",\"title\":\"アイテム登録\",\"board\":\"" + board + "\"}]");
        String company = company();
        String run = start(playbook, company);
        String task = jdbc.sql("select id::text from task where company_id = ?").param(UUID.fromString(company))
                .query(String.class).single();
        long version = ((Number) JsonPath.read(mvc.perform(get(memberToken, "/api/v1/playbook-runs/{id}", run))
                .andReturn().getResponse().getContentAsString(), "$.version")).longValue();
        mvc.perform(post(memberToken, "/api/v1/playbook-runs/{id}/cancel", "{\"version\":" + version
                        + ",\"reason\":\"顧客の都合で中止\"}", run))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("cancelled"));
        mvc.perform(get(memberToken, "/api/v1/tasks/{id}", task)).andExpect(jsonPath("$.status").value("cancelled"));
        assertThat(taskStatuses(company)).containsExactly("cancelled");
    }
}
