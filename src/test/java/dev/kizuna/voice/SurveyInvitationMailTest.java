package dev.kizuna.voice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.platform.security.SystemActor;
import dev.kizuna.support.ApiTestBase;
import dev.kizuna.support.SearchTags;
import dev.kizuna.support.SlowSmtp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Survey invitations with the mail server down, then back: the send still makes every personal link and keeps each
 * mail queued (before, the first refused mail failed the whole send after the earlier ones had gone out, so sending
 * again mailed those customers twice, with a second link); when the server is back each mail goes out exactly once.
 */
class SurveyInvitationMailTest extends ApiTestBase {

    @Autowired
    VoiceMailer mailer;
    @Autowired
    SurveyInvitationMail invitations;

    @AfterEach
    void mailOff() {
        mailer.useSender(null); // the context is shared: no later test may mail a closed server
    }



    private List<String> states(String survey) {
        return jdbc.sql("select mail_status from voice_survey_invitation where survey_id = ?::uuid order by id")
                .param(survey).query(String.class).list();
    }

    @Test
    void withTheServerDownInvitationsWaitAndGoOutOnceWhenItIsBack() throws Exception {
        String member = tokenFor(PermissionLevel.MEMBER);
        VoiceTestData data = new VoiceTestData(mvc, jdbc, member);
        String tag = SearchTags.next().toLowerCase();
        String first = data.company("Mail down one", null, true);
        String second = data.company("Mail down two", null, true);
        String a = data.contact(first, "Aoki", tag + "-a@example.jp");
        String b = data.contact(second, "Baba", tag + "-b@example.jp");
        String survey = data.id("/api/v1/surveys", "{\"title\":\"Check-in " + tag + "\",\"language\":\"en\","
                + "\"questions\":[{\"kind\":\"nps\",\"label\":\"Recommend us?\"}]}");

        mailer.useSender(SlowSmtp.sender(SlowSmtp.closedPort()));
        String sent = data.post("/api/v1/surveys/" + survey + "/send", "{\"contactIds\":[\"" + a + "\",\"" + b + "\"]}");
        assertThat(JsonPath.<List<Boolean>>read(sent, "$.sent[*].mailed")).containsExactly(true, true);
        assertThat(states(survey)).containsOnly("queued").hasSize(2);
        assertThat(jdbc.sql("select count(*) from voice_survey_invitation where survey_id = ?::uuid"
                + " and mail_attempts = 1 and mail_error is not null").param(survey).query(Long.class).single())
                .isEqualTo(1);

        try (SlowSmtp smtp = new SlowSmtp(Duration.ZERO)) {
            mailer.useSender(SlowSmtp.sender(smtp.port()));
            Instant now = Instant.now();
            SystemActor.run(() -> invitations.sendDue(now)); // not due yet: the refused one waits five minutes
            SystemActor.run(() -> invitations.sendDue(now.plus(Duration.ofHours(1))));
            SystemActor.run(() -> invitations.sendDue(now.plus(Duration.ofHours(2))));
            List<String> to = smtp.messages().stream().map(SlowSmtp.Message::to).filter(t -> t.startsWith(tag))
                    .toList();
            assertThat(to).containsExactlyInAnyOrder(tag + "-a@example.jp", tag + "-b@example.jp");
        }
        assertThat(states(survey)).containsOnly("sent");
        assertThat(jdbc.sql("select count(*) from voice_survey_invitation where survey_id = ?::uuid"
                + " and (mail_body is not null or not mailed)").param(survey).query(Long.class).single()).isZero();
        // The links handed out while the server was down are the ones that were mailed, and they work.
        for (String link : JsonPath.<List<String>>read(sent, "$.sent[*].link")) {
            MockHttpServletResponse page = mvc.perform(MockMvcRequestBuilders.get(link.substring(link.indexOf("/s/"))))
                    .andReturn().getResponse();
            assertThat(page.getStatus()).isEqualTo(200);
        }
    }

    @Test
    void aMailClaimedByAnInstanceThatDiedIsNotSentAgain() throws Exception {
        String member = tokenFor(PermissionLevel.MEMBER);
        VoiceTestData data = new VoiceTestData(mvc, jdbc, member);
        String tag = SearchTags.next().toLowerCase();
        String company = data.company("Mail claimed", null, true);
        String c = data.contact(company, "Chiba", tag + "-c@example.jp");
        String survey = data.id("/api/v1/surveys", "{\"title\":\"Claimed " + tag + "\",\"language\":\"en\","
                + "\"questions\":[{\"kind\":\"nps\",\"label\":\"Recommend us?\"}]}");
        mailer.useSender(SlowSmtp.sender(SlowSmtp.closedPort()));
        data.post("/api/v1/surveys/" + survey + "/send", "{\"contactIds\":[\"" + c + "\"]}");
        // An instance claimed it and died while talking to the server: nobody knows whether it went out.
        jdbc.sql("update voice_survey_invitation set mail_status = 'sending' where survey_id = ?::uuid").param(survey)
                .update();
        try (SlowSmtp smtp = new SlowSmtp(Duration.ZERO)) {
            mailer.useSender(SlowSmtp.sender(smtp.port()));
            SystemActor.run(() -> invitations.sendDue(Instant.now().plus(Duration.ofHours(1))));
            assertThat(smtp.messages().stream().map(SlowSmtp.Message::to).filter(t -> t.startsWith(tag))).isEmpty();
        }
        assertThat(states(survey)).containsExactly("sending");
    }
}
