package dev.kizuna.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import com.jayway.jsonpath.JsonPath;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.support.EventListenersDone;
import org.junit.jupiter.api.Test;

/**
 * Issue 18 in a real browser, on a 390 px phone: a customer scored by a published model shows its score, band, "why
 * this score" (value, points, weight, share per component) and trend on its page, and the health list filters by
 * band; nothing scrolls sideways.
 */
class HealthBrowserTest extends BrowserTest {

    @Test
    void theCustomerPageSaysWhyTheScoreIsWhatItIsOnAPhone() throws Exception {
        var admin = accounts.create(PermissionLevel.ADMIN);
        String token = accounts.token(admin);
        String tag = unique("hb").toLowerCase();
        String name = unique("株式会社ヘルス確認");
        String company = JsonPath.read(api(token, "/api/v1/companies", "{\"name\":\"" + name
                + "\",\"status\":\"customer\",\"tags\":[\"" + tag + "\"],\"ownerId\":\"" + admin.id() + "\"}"), "$.id");
        String channel = jdbc.sql("select id::text from activity_option where kind = 'channel' and name = '電話'")
                .query(String.class).single();
        String type = jdbc.sql("select id::text from activity_option where kind = 'type' and name = 'その他'")
                .query(String.class).single();
        LocalDate fortyDaysAgo = LocalDate.now(ZoneId.of("Asia/Tokyo")).minusDays(40);
        api(token, "/api/v1/activities", "{\"companyId\":\"" + company + "\",\"channelId\":\"" + channel
                + "\",\"typeId\":\"" + type + "\",\"outcome\":\"reached\",\"details\":\"定例\",\"occurredAt\":\""
                + fortyDaysAgo + "T10:00:00+09:00\"}");
        // quiet: 40 days → 5 points × 60 / 10 = 30; late payments: none → 10 × 40 / 10 = 40; score 70, 良好
        String model = JsonPath.read(api(token, "/api/v1/health-models", "{\"name\":\"" + tag + "\",\"definition\":{"
                + "\"segment\":{\"tag\":\"" + tag + "\"},\"components\":["
                + "{\"key\":\"quiet\",\"measure\":\"daysSinceLastActivity\",\"weight\":60,\"thresholds\":["
                + "{\"from\":0,\"to\":30,\"points\":10},{\"from\":30,\"to\":90,\"points\":5},{\"from\":90,\"points\":0}]},"
                + "{\"key\":\"late\",\"measure\":\"latePayments\",\"weight\":40,\"thresholds\":["
                + "{\"from\":0,\"to\":1,\"points\":10},{\"from\":1,\"points\":0}]}]}}"), "$.id");
        Instant since = Instant.now();
        var publish = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://localhost:" + port + "/api/v1/health-models/" + model + "/publish"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"version\":0}")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        org.assertj.core.api.Assertions.assertThat(publish.statusCode()).as(publish.body()).isEqualTo(200);
        EventListenersDone.since(jdbc, since);

        Page phone = newContext(new Browser.NewContextOptions().setViewportSize(390, 844).setDeviceScaleFactor(2)
                .setIsMobile(true).setHasTouch(true).setLocale("ja-JP").setTimezoneId("Asia/Tokyo")).newPage();
        signIn(phone, admin);
        phone.navigate("/customers/" + company);
        var panel = phone.locator("[data-testid=health-panel]");
        assertThat(panel).isVisible();
        assertThat(panel.locator("[data-testid=health-score]")).hasText("70.0");
        assertThat(panel.locator("[data-testid=health-band]")).hasText("良好");
        assertThat(panel.locator("[data-testid=health-line]")).hasCount(2);
        assertThat(panel.locator("[data-testid=health-line]").first()).containsText("最終対応日からの日数");
        assertThat(panel.locator("[data-testid=health-line]").first()).containsText("5/10");
        assertThat(panel.locator("[data-testid=health-line]").first()).containsText("42.9%");
        assertThat(panel.locator("[data-testid=health-trend]")).isVisible();
        assertNoHorizontalScroll(phone, 390);
        screenshot(phone, "health-panel-390");

        phone.navigate("/health?band=good&ownerId=" + admin.id());
        assertThat(phone.locator("[data-testid=health-row]").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText(name))).hasCount(1);
        assertNoHorizontalScroll(phone, 390);
        phone.locator("[data-testid=band-danger]").click();
        assertThat(phone.locator("[data-testid=health-row]").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText(name))).hasCount(0);
    }
}
