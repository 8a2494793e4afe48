package dev.kizuna.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.platform.table.XlsxReader;
import dev.kizuna.support.ApiTestBase;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Survey results per segment and per month (issue 19), on the page, in the API and in the Excel file: six NPS answers
 * from customers on two plans and one anonymous, in October and November 2026 (Tokyo), checked against NPS computed
 * by hand.
 */
class SurveySegmentsTest extends ApiTestBase {

    private String member;
    private VoiceTestData data;
    private String survey;

    @BeforeEach
    void setUp() throws Exception {
        member = tokenFor(PermissionLevel.MEMBER);
        data = new VoiceTestData(mvc, jdbc, member);
        survey = data.id("/api/v1/surveys", "{\"title\":\"プラン別満足度\",\"language\":\"ja\",\"anonymous\":true,"
                + "\"questions\":[{\"kind\":\"nps\",\"label\":\"おすすめ度\"},{\"kind\":\"text\",\"label\":\"ご意見\","
                + "\"required\":false}]}");
        String pro1 = customerOn("プロ");
        String pro2 = customerOn("プロ");
        String pro3 = customerOn("プロ");
        String lite1 = customerOn("ライト");
        String lite2 = customerOn("ライト");
        answer(pro1, 10, "2026-10-15T03:00:00Z", "");
        answer(pro2, 9, "2026-11-02T03:00:00Z", "");
        answer(pro3, 5, "2026-11-20T03:00:00Z", "画面が重い");
        answer(lite1, 6, "2026-10-31T16:00:00Z", ""); // 11/1 01:00 in Tokyo: November
        answer(lite2, 8, "2026-10-10T03:00:00Z", "");
        answer(null, 9, "2026-11-05T03:00:00Z", "");
    }

    private String customerOn(String plan) throws Exception {
        String company = data.company("プラン別テスト商事", null, false);
        data.post("/api/v1/contracts", "{\"companyId\":\"" + company + "\",\"planName\":\"" + plan + "\",\"amount\":"
                + "100000,\"billing\":\"monthly\",\"startsOn\":\"2026-01-01\",\"endsOn\":\"2027-12-31\"}");
        return company;
    }

    private void answer(String company, int nps, String at, String text) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into voice_survey_response (id, survey_id, company_id, nps, submitted_at)"
                + " values (?, ?::uuid, ?::uuid, ?, ?::timestamptz)").params(id, survey, company, nps, at).update();
        jdbc.sql("insert into voice_survey_answer (response_id, question_id, score) select ?, id, ? from"
                + " voice_survey_question where survey_id = ?::uuid and position = 1").params(id, nps, survey).update();
        if (!text.isEmpty()) {
            jdbc.sql("insert into voice_survey_answer (response_id, question_id, text) select ?, id, ? from"
                    + " voice_survey_question where survey_id = ?::uuid and position = 2").params(id, text, survey)
                    .update();
        }
    }

    /** The page for a member whose language setting is {@code language} (pages follow the user's setting). */
    private MockHttpServletResponse page(String path, String language) throws Exception {
        var reader = accounts.create(PermissionLevel.VIEWER);
        jdbc.sql("update app_user set locale = ? where id = ?").params(language, reader.id()).update();
        Cookie cookie = mvc.perform(formLogin("/login").user("email", reader.email()).password(reader.password()))
                .andReturn().getResponse().getCookie("SESSION");
        return mvc.perform(MockMvcRequestBuilders.get(path).cookie(cookie)).andReturn().getResponse();
    }

    private static List<String> all(String html, String regex) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile(regex).matcher(html);
        while (m.find()) {
            out.add(m.group(1).strip());
        }
        return out;
    }

    @Test
    void thePageChartsNpsPerPlanAndPerMonthAsComputedByHand() throws Exception {
        MockHttpServletResponse response = page("/voice/surveys/" + survey + "?by=plan", "en");
        assertThat(response.getStatus()).isEqualTo(200);
        String html = response.getContentAsString();
        String segments = html.substring(html.indexOf("data-testid=\"segment-chart\""),
                html.indexOf("data-testid=\"month-chart\""));
        String months = html.substring(html.indexOf("data-testid=\"month-chart\""));
        // プロ: 10, 9, 5 → (2 − 1) / 3 = 33; ライト: 6, 8 → (0 − 1) / 2 = −50; the anonymous 9 → 100.
        assertThat(all(segments, "class=\"nps-label text-break\">([^<]*)<")).containsExactly("プロ", "ライト", "Not known");
        assertThat(all(segments, "data-testid=\"nps-score\">([^<]*)<")).containsExactly("33", "-50", "100");
        assertThat(html).contains("NPS by Plan", "3 answers");
        // October (Tokyo): 10, 8 → 50; November: 9, 5, 6, 9 → (2 − 2) / 4 = 0.
        assertThat(all(months, "class=\"nps-label text-break\">([^<]*)<")).containsExactly("Oct 2026", "Nov 2026");
        assertThat(all(months, "data-testid=\"nps-score\">([^<]*)<")).containsExactly("50", "0");
        assertThat(html).contains("data-testid=\"nps\">17<"); // all six: (3 − 2) / 6

        String november = page("/voice/surveys/" + survey + "?by=plan&since=2026-11&until=2026-11", "ja")
                .getContentAsString();
        String novSegments = november.substring(november.indexOf("data-testid=\"segment-chart\""),
                november.indexOf("data-testid=\"month-chart\""));
        assertThat(all(novSegments, "class=\"nps-label text-break\">([^<]*)<")).containsExactly("プロ", "ライト", "不明");
        assertThat(all(novSegments, "data-testid=\"nps-score\">([^<]*)<")).containsExactly("0", "-100", "100");
        assertThat(november).contains("プラン別のNPS", "2026年11月", "data-testid=\"nps\">0<").doesNotContain("2026年10月");
        assertThat(page("/voice/surveys/" + survey + "?by=kind", "ja").getContentAsString()).contains("法人・個人別のNPS", "法人");
    }

    @Test
    void theApiGivesSegmentsAndMonthsAndRefusesAnUnknownBreakdown() throws Exception {
        String json = mvc.perform(get(member, "/api/v1/surveys/" + survey + "/segments").param("by", "plan"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(json, "$.segments[*].key")).containsExactly("プロ", "ライト", null);
        assertThat(JsonPath.<List<Integer>>read(json, "$.segments[*].nps")).containsExactly(33, -50, 100);
        assertThat(JsonPath.<List<Integer>>read(json, "$.segments[*].answered")).containsExactly(3, 2, 1);
        assertThat(JsonPath.<List<String>>read(json, "$.months[*].key")).containsExactly("2026-10", "2026-11");
        String late = mvc.perform(get(member, "/api/v1/surveys/" + survey + "/segments").param("by", "plan")
                .param("from", "2026-11-01T00:00:00+09:00")).andReturn().getResponse().getContentAsString();
        // November only: プロ 9, 5 → 0; ライト 6 → −100; the anonymous 9 → 100.
        assertThat(JsonPath.<List<Integer>>read(late, "$.segments[*].nps")).containsExactly(0, -100, 100);
        mvc.perform(get(member, "/api/v1/surveys/" + survey + "/segments").param("by", "colour")
                .header("Accept-Language", "ja")).andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("by"));
        mvc.perform(get(member, "/api/v1/surveys/" + survey + "/segments")).andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("by"));
    }

    @Test
    void theAnswersExportHoldsTheChosenMonthsOnly() throws Exception {
        MockHttpServletResponse file = page("/voice/surveys/" + survey + "/answers.xlsx?since=2026-11&until=2026-11",
                "ja");
        assertThat(file.getStatus()).isEqualTo(200);
        assertThat(file.getContentType()).startsWith(VoiceExports.CONTENT_TYPE);
        assertThat(file.getHeader("Content-Disposition")).contains("attachment", ".xlsx");
        List<String[]> rows = read(file.getContentAsByteArray());
        assertThat(rows.getFirst()).containsExactly("回答日時", "顧客", "担当者", "1. おすすめ度", "2. ご意見");
        assertThat(rows).hasSize(5); // the header and November's four answers
        assertThat(rows.stream().skip(1).map(r -> r[3]).toList()).containsExactlyInAnyOrder("9", "5", "6", "9");
        assertThat(rows.stream().anyMatch(r -> r.length > 4 && "画面が重い".equals(r[4]))).isTrue();
        assertThat(rows.stream().skip(1).map(r -> r[0]).toList()).allMatch(t -> t.startsWith("2026-11"));
    }

    static List<String[]> read(byte[] xlsx) throws Exception {
        Path tmp = Files.createTempFile("voice-export", ".xlsx");
        try {
            Files.write(tmp, xlsx);
            List<String[]> rows = new ArrayList<>();
            try (XlsxReader reader = new XlsxReader(tmp)) {
                rows.add(reader.header().toArray(String[]::new));
                for (String[] row = reader.next(); row != null; row = reader.next()) {
                    rows.add(row);
                }
            }
            return rows;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
