package dev.kizuna.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.support.ApiTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Surveys: personal links only to opted-in contacts, the public page refusing bad input in the survey's language with
 * nothing stored, one answer per link, a detractor's follow-up task, and the NPS equal to the hand-computed value.
 */
class SurveyApiTest extends ApiTestBase {

    private static final String QUESTIONS = "[{\"kind\":\"nps\",\"label\":\"当社を友人や同僚にすすめる可能性は？\"},"
            + "{\"kind\":\"single\",\"label\":\"よく使う機能\",\"choices\":[\"発注\",\"原稿確認\",\"請求書\"]},"
            + "{\"kind\":\"text\",\"label\":\"ご意見\",\"required\":false}]";

    private String member;
    private VoiceTestData data;

    @BeforeEach
    void setUp() {
        member = tokenFor(PermissionLevel.MEMBER);
        data = new VoiceTestData(mvc, jdbc, member);
    }

    private MockHttpServletResponse answer(String link, String... params) throws Exception {
        var request = MockMvcRequestBuilders.post(link);
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private long responses(String survey) {
        return jdbc.sql("select count(*) from voice_survey_response where survey_id = ?::uuid").param(survey)
                .query(Long.class).single();
    }

    @Test
    void aPersonalLinkTakesOneCompleteAnswerAndADetractorGetsTheOwnerATask() throws Exception {
        var owner = accounts.create(PermissionLevel.MEMBER);
        String optedIn = data.company("株式会社さくら精機", owner.id().toString(), true);
        String optedOut = data.company("有限会社板橋印刷", null, false);
        String sato = data.contact(optedIn, "佐藤 一郎", "sato@sakura.example");
        String ito = data.contact(optedOut, "伊藤 花子", "ito@itabashi.example");
        new VoiceTestData(mvc, jdbc, tokenFor(PermissionLevel.ADMIN)).feedbackBoard();
        String survey = data.id("/api/v1/surveys", "{\"title\":\"ご利用満足度アンケート\",\"language\":\"ja\","
                + "\"intro\":\"3分で終わります\",\"questions\":" + QUESTIONS + "}");
        String sent = data.post("/api/v1/surveys/" + survey + "/send", "{\"contactIds\":[\"" + sato + "\",\"" + ito + "\"]}");
        assertThat(JsonPath.<List<String>>read(sent, "$.skipped[*].reason")).containsExactly("VoiceNotOptedIn");
        String full = JsonPath.<List<String>>read(sent, "$.sent[*].link").getFirst();
        assertThat(full).matches("https?://[^/]+/s/[A-Za-z0-9_-]{22}");
        String link = full.substring(full.indexOf("/s/"));
        assertThat(link.length()).isLessThanOrEqualTo(40);

        MockHttpServletResponse page = mvc.perform(MockMvcRequestBuilders.get(link)).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString()).contains("lang=\"ja\"", "ご利用満足度アンケート", "3分で終わります");

        MockHttpServletResponse missing = answer(link, "q2", "発注");
        assertThat(missing.getStatus()).isEqualTo(422);
        assertThat(missing.getContentAsString()).contains("当社を友人や同僚にすすめる可能性は？を入力してください");
        MockHttpServletResponse outOfRange = answer(link, "q1", "11", "q2", "発注");
        assertThat(outOfRange.getStatus()).isEqualTo(422);
        assertThat(outOfRange.getContentAsString()).contains("0", "10", "data-testid=\"answer-errors\"");
        MockHttpServletResponse huge = answer(link, "q1", "3", "q2", "発注", "q3", "あ".repeat(100_000));
        assertThat(huge.getStatus()).isEqualTo(422);
        assertThat(huge.getContentAsString()).contains("ご意見は2,000文字以内");
        MockHttpServletResponse notOffered = answer(link, "q1", "3", "q2", "FAX");
        assertThat(notOffered.getStatus()).isEqualTo(422);
        assertThat(responses(survey)).isZero();

        MockHttpServletResponse ok = answer(link, "q1", "3", "q2", "原稿確認", "q3", "画面が重い");
        assertThat(ok.getStatus()).isEqualTo(200);
        assertThat(ok.getContentAsString()).contains("data-testid=\"answer-thanks\"");
        MockHttpServletResponse again = answer(link, "q1", "10", "q2", "発注");
        assertThat(again.getStatus()).isEqualTo(410);
        assertThat(again.getContentAsString()).contains("すでにご回答いただいています");
        assertThat(responses(survey)).isEqualTo(1);
        assertThat(mvc.perform(MockMvcRequestBuilders.get("/s/AAAAAAAAAAAAAAAAAAAAAA")).andReturn().getResponse()
                .getStatus()).isEqualTo(404);

        String tasks = mvc.perform(get(member, "/api/v1/tasks").param("filter[companyId]", optedIn)).andReturn()
                .getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(tasks, "$.items[*].ownerUserId")).containsExactly(owner.id().toString());
        assertThat(JsonPath.<List<String>>read(tasks, "$.items[*].title")).allSatisfy(t -> assertThat(t).contains("NPS 3"));
        String timeline = mvc.perform(get(member, "/api/v1/companies/" + optedIn + "/timeline")).andReturn()
                .getResponse().getContentAsString();
        assertThat(timeline).contains("ご利用満足度アンケート (NPS 3)", "画面が重い");
        mvc.perform(get(member, "/api/v1/survey-responses").param("filter[companyId]", optedIn))
                .andExpect(jsonPath("$.items[0].nps").value(3)).andExpect(jsonPath("$.items[0].contactId").value(sato));
    }

    @Test
    void theNpsOfAnOpenLinkEqualsTheHandComputedValueAndAnEnglishSurveySpeaksEnglish() throws Exception {
        String created = data.post("/api/v1/surveys", "{\"title\":\"Onboarding survey\",\"language\":\"en\","
                + "\"openLink\":true,\"anonymous\":true,\"questions\":[{\"kind\":\"nps\",\"label\":\"Recommend us?\"},"
                + "{\"kind\":\"rating\",\"label\":\"Support\"}]}");
        String survey = JsonPath.read(created, "$.id");
        String link = JsonPath.read(created, "$.openLink");
        int[] scores = {10, 10, 9, 8, 7, 6, 3, 0};
        for (int s : scores) {
            assertThat(answer(link, "q1", String.valueOf(s), "q2", "4").getStatus()).isEqualTo(200);
        }
        MockHttpServletResponse refused = answer(link, "q1", "x", "q2", "4");
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString()).contains("lang=\"en\"", "Recommend us? must be between 0 and 10.");
        // promoters 3 (10, 10, 9), detractors 3 (6, 3, 0), 8 answers: (3 − 3) / 8 = 0
        mvc.perform(get(member, "/api/v1/surveys/" + survey + "/results"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.responses").value(8))
                .andExpect(jsonPath("$.nps").value(0)).andExpect(jsonPath("$.promoters").value(3))
                .andExpect(jsonPath("$.detractors").value(3))
                .andExpect(jsonPath("$.questions[1].counts['4']").value(8));
        answer(link, "q1", "9", "q2", "5");
        // 4 promoters, 3 detractors of 9: 11.1 → 11
        mvc.perform(get(member, "/api/v1/surveys/" + survey + "/results")).andExpect(jsonPath("$.nps").value(11));
    }

    @Test
    void badSurveysAndSendsAreRefusedNamingTheField() throws Exception {
        mvc.perform(post(member, "/api/v1/surveys", "{\"title\":\"\",\"language\":\"fr\",\"questions\":[{\"kind\":\"single\","
                        + "\"label\":\"色\",\"choices\":[\"赤\"]}]}").header("Accept-Language", "en"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("title",
                        "language", "questions[0].choices")));
        String survey = data.id("/api/v1/surveys", "{\"title\":\"t\",\"questions\":[{\"kind\":\"text\",\"label\":\"x\"}]}");
        mvc.perform(post(member, "/api/v1/surveys/" + survey + "/send", "{\"contactIds\":[]}"))
                .andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.errors[0].field").value("contactIds"));
        mvc.perform(post(tokenFor(PermissionLevel.VIEWER), "/api/v1/surveys/" + survey + "/send", "{\"contactIds\":[]}"))
                .andExpect(status().isForbidden());
        mvc.perform(get(member, "/api/v1/surveys/" + survey + "/results").param("from", "yesterday"))
                .andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.errors[0].field").value("from"));
    }
}
