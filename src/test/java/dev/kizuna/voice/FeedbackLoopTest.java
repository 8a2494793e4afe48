package dev.kizuna.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.jayway.jsonpath.JsonPath;
import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.support.ApiTestBase;
import dev.kizuna.support.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Issue 19's first walk: a complaint logged from a call, voted by three customers, marked 対応済 → each of the three
 * owners gets a task on the 改善要求 board, and the one customer that accepts e-mail gets the templated mail (in the
 * in-process GreenMail) and the note on its timeline; the two that do not are refused by name.
 */
class FeedbackLoopTest extends ApiTestBase {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @Autowired
    VoiceMailer mailer;

    private String admin;
    private VoiceTestData data;

    @BeforeEach
    void setUp() throws Exception {
        admin = tokenFor(PermissionLevel.ADMIN);
        data = new VoiceTestData(mvc, jdbc, admin);
        var sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(greenMail.getSmtp().getPort());
        sender.setDefaultEncoding("UTF-8");
        mailer.useSender(sender);
    }

    @AfterEach
    void mailOff() {
        mailer.useSender(null);
    }

    @Test
    void aComplaintFromACallVotedByThreeCustomersClosesTheLoopWithThreeTasksAndOneMail() throws Exception {
        List<TestAccounts.Account> owners = List.of(accounts.create(PermissionLevel.MEMBER),
                accounts.create(PermissionLevel.MEMBER), accounts.create(PermissionLevel.MEMBER));
        String caller = data.company("株式会社さくら精機", owners.get(0).id().toString(), true);
        String second = data.company("有限会社板橋印刷", owners.get(1).id().toString(), false);
        String third = data.company("株式会社みなと商事", owners.get(2).id().toString(), false);
        String sato = data.contact(caller, "佐藤 一郎", "sato@sakura-seiki.example");
        String ito = data.contact(second, "伊藤 花子", "ito@itabashi.example");
        String board = data.feedbackBoard();
        String call = data.id("/api/v1/activities", "{\"companyId\":\"" + caller + "\",\"contactId\":\"" + sato
                + "\",\"channelId\":\"" + data.option("channel", "電話") + "\",\"typeId\":\""
                + data.option("type", "クレーム") + "\",\"outcome\":\"reached\",\"details\":\"発注画面が分かりにくい\"}");

        String item = data.id("/api/v1/feedback", "{\"kind\":\"complaint\",\"body\":\"発注画面で過去の原稿が探しにくい\","
                + "\"source\":\"call\",\"productArea\":\"発注画面\",\"companyId\":\"" + caller + "\",\"contactId\":\""
                + sato + "\",\"activityId\":\"" + call + "\"}");
        data.post("/api/v1/feedback/" + item + "/votes", "{\"companyId\":\"" + second + "\",\"contactId\":\"" + ito + "\"}");
        String voted = data.post("/api/v1/feedback/" + item + "/votes", "{\"companyId\":\"" + third + "\"}");
        assertThat(JsonPath.<Integer>read(voted, "$.votes")).isEqualTo(3);
        assertThat(JsonPath.<String>read(voted, "$.activityId")).isEqualTo(call);
        int version = JsonPath.read(voted, "$.version");

        mvc.perform(patch(admin, "/api/v1/feedback/" + item, "{\"version\":" + version
                        + ",\"status\":\"done\",\"statusReason\":\"検索欄を追加しました\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("done"));

        for (int i = 0; i < 3; i++) {
            String company = List.of(caller, second, third).get(i);
            String tasks = mvc.perform(get(admin, "/api/v1/tasks").param("filter[companyId]", company))
                    .andReturn().getResponse().getContentAsString();
            assertThat(JsonPath.<List<String>>read(tasks, "$.items[*].ownerUserId"))
                    .containsExactly(owners.get(i).id().toString());
            assertThat(JsonPath.<List<String>>read(tasks, "$.items[*].boardId")).containsExactly(board);
        }

        mvc.perform(post(owners.get(0).email() == null ? admin : accounts.token(owners.get(0)),
                        "/api/v1/feedback/" + item + "/replies", "{\"companyId\":\"" + caller + "\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.to").value("sato@sakura-seiki.example"));
        mvc.perform(post(admin, "/api/v1/feedback/" + item + "/replies", "{\"companyId\":\"" + second + "\"}")
                        .header("Accept-Language", "ja"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("companyId"))
                .andExpect(jsonPath("$.errors[0].message").value("顧客はメール配信の同意がありません。"));
        mvc.perform(post(admin, "/api/v1/feedback/" + item + "/replies", "{\"companyId\":\"" + caller + "\"}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("contactId"));

        var received = greenMail.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("sato@sakura-seiki.example");
        assertThat(received[0].getSubject()).contains("ご要望への対応");
        assertThat(GreenMailUtil.getBody(received[0])).isNotBlank();
        String timeline = mvc.perform(get(admin, "/api/v1/activities").param("filter[companyId]", caller))
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(timeline, "$.items[*].details"))
                .anySatisfy(d -> assertThat(d).contains("sato@sakura-seiki.example", "検索欄を追加しました"));
    }
}
