package dev.kizuna.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import dev.kizuna.identity.PermissionLevel;
import org.junit.jupiter.api.Test;

/**
 * Issue 19: a customer answers an NPS survey from a phone (390 px) through a personal link, without signing in: a
 * missing answer is refused in Japanese and nothing is stored, the detractor's answer gives the owner a task and the
 * NPS is the hand-computed −100 (one detractor).
 */
class SurveyBrowserTest extends BrowserTest {

    @Test
    void aCustomerAnswersOnAPhoneAndTheDetractorGivesTheOwnerATask() throws Exception {
        String admin = accounts.token(accounts.create(PermissionLevel.ADMIN));
        var owner = accounts.create(PermissionLevel.MEMBER);
        if (jdbc.sql("select count(*) from board where not retired").query(Long.class).single() == 0) {
            api(admin, "/api/v1/boards", "{\"name\":\"【倉庫】カスタマーサクセス\"}");
        }
        String company = JsonPath.read(api(admin, "/api/v1/companies", "{\"name\":\"株式会社ひまわり化粧品"
                + System.nanoTime() + "\",\"nameKana\":\"ヒマワリケショウヒン\",\"ownerId\":\"" + owner.id()
                + "\",\"emailOptIn\":true}"), "$.id");
        String contact = JsonPath.read(api(admin, "/api/v1/contacts", "{\"companyId\":\"" + company
                + "\",\"name\":\"山田 花子\",\"email\":\"hanako@himawari.example\"}"), "$.id");
        String survey = JsonPath.read(api(admin, "/api/v1/surveys", "{\"title\":\"ご購入後アンケート\",\"language\":\"ja\","
                + "\"intro\":\"1分で終わります。\",\"questions\":[{\"kind\":\"nps\",\"label\":\"友人にすすめたいですか\"},"
                + "{\"kind\":\"single\",\"label\":\"届いた商品の状態\",\"choices\":[\"良い\",\"ふつう\",\"悪い\"]},"
                + "{\"kind\":\"text\",\"label\":\"ご意見\",\"required\":false}]}"), "$.id");
        String sent = sendSurvey(admin, survey, contact);
        String link = JsonPath.<java.util.List<String>>read(sent, "$.sent[*].link").getFirst();
        String path = link.substring(link.indexOf("/s/"));

        var phone = newContext(new Browser.NewContextOptions().setViewportSize(390, 844).setDeviceScaleFactor(2)
                .setIsMobile(true).setHasTouch(true).setLocale("ja-JP").setTimezoneId("Asia/Tokyo"));
        Page p = phone.newPage();
        p.navigate("http://localhost:" + port + path);
        assertThat(p.locator("h1")).hasText("ご購入後アンケート");
        assertNoHorizontalScroll(p, 390);
        p.getByTestId("answer-submit").click();
        assertThat(p.getByTestId("answer-errors")).containsText("友人にすすめたいですかを入力してください");
        org.assertj.core.api.Assertions.assertThat(responses(survey)).isZero();

        p.locator("label[for=q1-3]").click();
        p.getByLabel("良い").check();
        p.getByLabel("ご意見").fill("箱が少しつぶれていました");
        p.getByTestId("answer-submit").click();
        assertThat(p.getByTestId("answer-thanks")).containsText("ご回答ありがとうございました");
        assertNoHorizontalScroll(p, 390);
        p.navigate("http://localhost:" + port + path);
        assertThat(p.getByTestId("answer-state")).containsText("すでにご回答いただいています");

        org.assertj.core.api.Assertions.assertThat(responses(survey)).isEqualTo(1);
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("select count(*) from task where company_id = ?::uuid"
                + " and owner_user_id = ? and title like '%NPS 3%'").params(company, owner.id()).query(Long.class)
                .single()).isEqualTo(1);
        var results = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://localhost:" + port + "/api/v1/surveys/" + survey + "/results"))
                .header("Authorization", "Bearer " + admin).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        org.assertj.core.api.Assertions.assertThat(JsonPath.<Integer>read(results.body(), "$.nps")).isEqualTo(-100);
    }

    private long responses(String survey) {
        return jdbc.sql("select count(*) from voice_survey_response where survey_id = ?::uuid").param(survey)
                .query(Long.class).single();
    }

    private String sendSurvey(String token, String survey, String contact) throws Exception {
        var response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://localhost:" + port + "/api/v1/surveys/" + survey + "/send"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"contactIds\":[\"" + contact + "\"]}")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        return response.body();
    }
}
