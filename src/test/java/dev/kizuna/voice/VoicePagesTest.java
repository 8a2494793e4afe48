package dev.kizuna.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import com.jayway.jsonpath.JsonPath;
import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.support.ApiTestBase;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** The voice pages as a signed-in member uses them: log a voice from the customer page, rank, close, write a survey. */
class VoicePagesTest extends ApiTestBase {

    private Cookie session;

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.cookie(session).header("Accept-Language", "ja").with(csrf())).andReturn().getResponse();
    }

    @Test
    void aVoiceLoggedFromTheCustomerPageIsRankedClosedAndASurveyIsWritten() throws Exception {
        var account = accounts.create(PermissionLevel.MEMBER);
        session = mvc.perform(formLogin("/login").user("email", account.email()).password(account.password()))
                .andReturn().getResponse().getCookie("SESSION");
        String token = accounts.token(account);
        String company = new VoiceTestData(mvc, jdbc, token).company("株式会社みなと商事", null, false);

        MockHttpServletResponse customer = send(MockMvcRequestBuilders.get("/customers/" + company));
        assertThat(customer.getStatus()).isEqualTo(200);
        assertThat(customer.getContentAsString()).contains("data-testid=\"voice-panel\"", "声を記録する");
        MockHttpServletResponse logged = send(MockMvcRequestBuilders.post("/voice/feedback").param("companyId", company)
                .param("kind", "request").param("source", "call").param("body", "請求書をPDFで一括ダウンロードしたい"));
        assertThat(logged.getRedirectedUrl()).isEqualTo("/customers/" + company + "#voice");
        assertThat(send(MockMvcRequestBuilders.get("/customers/" + company)).getContentAsString())
                .contains("請求書をPDFで一括ダウンロードしたい", "改善要望");

        String id = jdbc.sql("select id::text from voice_feedback where company_id = ?::uuid").param(company)
                .query(String.class).single();
        MockHttpServletResponse list = send(MockMvcRequestBuilders.get("/voice/feedback").param("sort", "revenue"));
        assertThat(list.getStatus()).isEqualTo(200);
        assertThat(list.getContentAsString()).contains("お客様の声", "請求書をPDFで一括ダウンロードしたい");
        assertThat(send(MockMvcRequestBuilders.get("/voice/feedback/" + id)).getContentAsString())
                .contains("data-testid=\"status-form\"", "株式会社みなと商事");
        MockHttpServletResponse refused = send(MockMvcRequestBuilders.post("/voice/feedback/" + id).param("version", "0")
                .param("status", "declined").param("statusReason", ""));
        assertThat(refused.getContentAsString()).contains("見送りにするときは理由を入力してください。");
        MockHttpServletResponse declined = send(MockMvcRequestBuilders.post("/voice/feedback/" + id).param("version", "0")
                .param("status", "declined").param("statusReason", "次の版で検討します"));
        assertThat(declined.getRedirectedUrl()).isEqualTo("/voice/feedback/" + id);
        assertThat(send(MockMvcRequestBuilders.get("/voice/feedback/" + id)).getContentAsString())
                .contains("見送り", "次の版で検討します", "メールで伝える");

        assertThat(send(MockMvcRequestBuilders.get("/voice/surveys")).getContentAsString()).contains("アンケートを作る");
        MockHttpServletResponse created = send(MockMvcRequestBuilders.post("/voice/surveys").param("title", "導入後アンケート")
                .param("language", "ja").param("kind", "nps", "single", "text")
                .param("label", "おすすめ度", "よく使う機能", "ご意見").param("choices", "", "発注, 請求書", "")
                .param("optional", "2"));
        assertThat(created.getRedirectedUrl()).startsWith("/voice/surveys/");
        MockHttpServletResponse survey = send(MockMvcRequestBuilders.get(created.getRedirectedUrl()));
        assertThat(survey.getStatus()).isEqualTo(200);
        assertThat(survey.getContentAsString()).contains("導入後アンケート", "data-testid=\"nps\"", "発注", "請求書");
        String api = mvc.perform(get(token, created.getRedirectedUrl().replace("/voice/surveys/", "/api/v1/surveys/")))
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<Boolean>read(api, "$.questions[2].required")).isFalse();
    }
}
