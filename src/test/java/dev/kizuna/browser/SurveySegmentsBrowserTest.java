package dev.kizuna.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import dev.kizuna.identity.PermissionLevel;
import org.junit.jupiter.api.Test;

/**
 * Issue 19: a survey's NPS per plan and per month, charted, read at 1440 px in Japanese and on a 390 px phone in
 * English, where nothing scrolls sideways. プロ: 10, 9, 5 → 33; ライト: 6 → −100; the months: 11月 10, 6 → 0, 12月 9, 5 → 0.
 */
class SurveySegmentsBrowserTest extends BrowserTest {

    private void answer(String survey, String company, int nps, String at) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into voice_survey_response (id, survey_id, company_id, nps, submitted_at)"
                + " values (?, ?::uuid, ?::uuid, ?, ?::timestamptz)").params(id, survey, company, nps, at).update();
        jdbc.sql("insert into voice_survey_answer (response_id, question_id, score) select ?, id, ? from"
                + " voice_survey_question where survey_id = ?::uuid and position = 1").params(id, nps, survey).update();
    }

    private String customerOn(String admin, String plan) throws Exception {
        String company = JsonPath.read(api(admin, "/api/v1/companies", "{\"name\":\"" + unique("株式会社みどり食品")
                + "\",\"nameKana\":\"ミドリショクヒン\"}"), "$.id");
        api(admin, "/api/v1/contracts", "{\"companyId\":\"" + company + "\",\"planName\":\"" + plan + "\",\"amount\":"
                + "30000,\"billing\":\"monthly\",\"startsOn\":\"2026-01-01\",\"endsOn\":\"2027-12-31\"}");
        return company;
    }

    @Test
    void npsPerPlanAndMonthIsChartedOnTheDesktopInJapaneseAndOnAPhoneInEnglish() throws Exception {
        String admin = accounts.token(accounts.create(PermissionLevel.ADMIN));
        String survey = JsonPath.read(api(admin, "/api/v1/surveys", "{\"title\":\"" + unique("プラン別満足度調査")
                + "\",\"language\":\"ja\",\"questions\":[{\"kind\":\"nps\",\"label\":\"おすすめ度\"}]}"), "$.id");
        String pro = "プロ" + UUID.randomUUID().toString().substring(0, 4);
        String lite = "ライト" + UUID.randomUUID().toString().substring(0, 4);
        answer(survey, customerOn(admin, pro), 10, "2026-11-10T03:00:00Z");
        answer(survey, customerOn(admin, pro), 9, "2026-12-02T03:00:00Z");
        answer(survey, customerOn(admin, pro), 5, "2026-12-03T03:00:00Z");
        answer(survey, customerOn(admin, lite), 6, "2026-11-20T03:00:00Z");

        var reader = accounts.create(PermissionLevel.MEMBER);
        var desk = newContext(new Browser.NewContextOptions().setViewportSize(1440, 900).setLocale("ja-JP")
                .setTimezoneId("Asia/Tokyo"));
        Page d = desk.newPage();
        signIn(d, reader);
        d.navigate("/voice/surveys/" + survey);
        d.locator("#seg-by").selectOption("plan");
        d.locator("[data-testid=segment-filters] button[type=submit]").click();
        var segments = d.locator("[data-testid=segment-chart] [data-testid=nps-row]");
        assertThat(segments).hasCount(2);
        assertThat(segments.nth(0)).containsText(pro);
        assertThat(segments.nth(0).locator("[data-testid=nps-score]")).hasText("33");
        assertThat(segments.nth(1)).containsText(lite);
        assertThat(segments.nth(1).locator("[data-testid=nps-score]")).hasText("-100");
        var months = d.locator("[data-testid=month-chart] [data-testid=nps-row]");
        assertThat(months).hasCount(2);
        assertThat(months.nth(0)).containsText("2026年11月");
        assertThat(d.locator("h2").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("プラン別のNPS")))
                .isVisible();
        assertThat(d.locator("[data-testid=nps]")).hasText("0");
        screenshot(d, "survey-segments-1440-ja");

        var english = accounts.create(PermissionLevel.MEMBER);
        jdbc.sql("update app_user set locale = 'en' where id = ?").param(english.id()).update();
        var phone = newContext(new Browser.NewContextOptions().setViewportSize(390, 844).setDeviceScaleFactor(2)
                .setIsMobile(true).setHasTouch(true).setLocale("en-US").setTimezoneId("Asia/Tokyo"));
        Page p = phone.newPage();
        signIn(p, english);
        p.navigate("/voice/surveys/" + survey + "?by=plan&since=2026-12&until=2026-12");
        var phoneSegments = p.locator("[data-testid=segment-chart] [data-testid=nps-row]");
        assertThat(phoneSegments).hasCount(1);
        assertThat(phoneSegments.first().locator("[data-testid=nps-score]")).hasText("0");
        assertThat(p.locator("[data-testid=month-chart] [data-testid=nps-row]").first()).containsText("Dec 2026");
        assertThat(p.getByText("NPS by Plan")).isVisible();
        assertThat(p.locator("[data-testid=answers-export]")).hasText("Answers to Excel");
        assertNoHorizontalScroll(p, 390);
        screenshot(p, "survey-segments-390-en");
    }
}
