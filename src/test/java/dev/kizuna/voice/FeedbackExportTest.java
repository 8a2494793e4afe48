package dev.kizuna.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import java.util.List;

import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.support.ApiTestBase;
import dev.kizuna.support.SearchTags;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** The feedback list's Excel file holds what the list shows: the same status and kind filter, headers in Japanese. */
class FeedbackExportTest extends ApiTestBase {

    @Test
    void theExportFollowsTheListsFilter() throws Exception {
        var account = accounts.create(PermissionLevel.MEMBER);
        VoiceTestData data = new VoiceTestData(mvc, jdbc, accounts.token(account));
        String tag = SearchTags.next();
        String company = data.company("出力テスト工業", null, false);
        data.id("/api/v1/feedback", "{\"kind\":\"complaint\",\"body\":\"納品が遅い " + tag + "\",\"companyId\":\""
                + company + "\",\"productArea\":\"物流\"}");
        data.id("/api/v1/feedback", "{\"kind\":\"request\",\"body\":\"一括発注したい " + tag + "\"}");
        Cookie session = mvc.perform(formLogin("/login").user("email", account.email()).password(account.password()))
                .andReturn().getResponse().getCookie("SESSION");

        MockHttpServletResponse file = mvc.perform(MockMvcRequestBuilders.get("/voice/feedback.xlsx")
                .param("status", "open").param("kind", "complaint").param("sort", "created").cookie(session))
                .andReturn().getResponse();
        assertThat(file.getStatus()).isEqualTo(200);
        assertThat(file.getContentType()).startsWith(VoiceExports.CONTENT_TYPE);
        List<String[]> rows = SurveySegmentsTest.read(file.getContentAsByteArray());
        assertThat(rows.getFirst()).startsWith("登録日時", "種類", "状況");
        List<String[]> mine = rows.stream().filter(r -> r.length > 3 && r[3].contains(tag)).toList();
        assertThat(mine).hasSize(1);
        assertThat(mine.getFirst()[3]).isEqualTo("納品が遅い " + tag);
        assertThat(mine.getFirst()[1]).isEqualTo("不満");
        assertThat(mine.getFirst()[4]).startsWith("出力テスト工業");
        assertThat(rows.stream().skip(1).map(r -> r[1]).distinct().toList()).containsExactly("不満");

        MockHttpServletResponse all = mvc.perform(MockMvcRequestBuilders.get("/voice/feedback.xlsx")
                .param("status", "").param("sort", "created").cookie(session)).andReturn().getResponse();
        assertThat(SurveySegmentsTest.read(all.getContentAsByteArray()).stream()
                .filter(r -> r.length > 3 && r[3].contains(tag))).hasSize(2);

        MockHttpServletResponse refused = mvc.perform(MockMvcRequestBuilders.get("/voice/feedback.xlsx")
                .param("kind", "wish").cookie(session)).andReturn().getResponse();
        assertThat(refused.getStatus()).isGreaterThanOrEqualTo(400);
        assertThat(refused.getContentType()).doesNotStartWith(VoiceExports.CONTENT_TYPE);
    }
}
