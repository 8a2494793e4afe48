package dev.kizuna.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import com.jayway.jsonpath.JsonPath;
import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.support.ApiTestBase;
import dev.kizuna.support.SearchTags;
import dev.kizuna.support.SlowSmtp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Telling a customer about a closed voice while the mail server is down: the owner is told in words that nothing went
 * out (before: a 500, and the page's error said nothing about the mail), nothing is recorded as sent, and once the
 * server is back the reply goes out exactly once.
 */
class FeedbackReplyMailDownTest extends ApiTestBase {

    @Autowired
    VoiceMailer mailer;

    @AfterEach
    void mailOff() {
        mailer.useSender(null);
    }


    @Test
    void aReplyRefusedByADownServerIsSentOnceWhenItIsBack() throws Exception {
        String admin = tokenFor(PermissionLevel.ADMIN);
        VoiceTestData data = new VoiceTestData(mvc, jdbc, admin);
        data.feedbackBoard();
        String address = SearchTags.next().toLowerCase() + "@sakura.example";
        String company = data.company("株式会社さくら精機", null, true);
        String contact = data.contact(company, "佐藤 一郎", address);
        String item = data.id("/api/v1/feedback", "{\"kind\":\"request\",\"body\":\"請求書をまとめて出したい\","
                + "\"companyId\":\"" + company + "\",\"contactId\":\"" + contact + "\"}");
        mvc.perform(patch(admin, "/api/v1/feedback/" + item, "{\"version\":0,\"status\":\"done\","
                + "\"statusReason\":\"一括出力を追加しました\"}")).andExpect(status().isOk());

        mailer.useSender(SlowSmtp.sender(SlowSmtp.closedPort()));
        mvc.perform(post(admin, "/api/v1/feedback/" + item + "/replies", "{\"companyId\":\"" + company + "\"}")
                        .header("Accept-Language", "ja"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("contactId"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("メールサーバー")));
        assertThat(jdbc.sql("select count(*) from voice_reply_mail where feedback_id = ?::uuid").param(item)
                .query(Long.class).single()).isZero();

        try (SlowSmtp smtp = new SlowSmtp(Duration.ZERO)) {
            mailer.useSender(SlowSmtp.sender(smtp.port()));
            String sent = mvc.perform(post(admin, "/api/v1/feedback/" + item + "/replies", "{\"companyId\":\""
                    + company + "\"}")).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
            assertThat(JsonPath.<String>read(sent, "$.to")).isEqualTo(address);
            mvc.perform(post(admin, "/api/v1/feedback/" + item + "/replies", "{\"companyId\":\"" + company + "\"}"))
                    .andExpect(status().isUnprocessableEntity());
            assertThat(smtp.messages().stream().filter(m -> m.to().equals(address))).hasSize(1);
        }
    }
}
