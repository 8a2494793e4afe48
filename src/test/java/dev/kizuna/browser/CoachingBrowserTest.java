package dev.kizuna.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import com.jayway.jsonpath.JsonPath;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.platform.calendar.BusinessCalendar;
import dev.kizuna.support.TestAccounts;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Seed 004's morning review: a manager opens yesterday's moved deals in the coaching view, leaves a next-step
 * suggestion in place, looks at the forecast; the owner signs in, sees the suggestion on the deal and accepts it as
 * the deal's next step — in Japanese on a desk and in English on a phone.
 */
class CoachingBrowserTest extends BrowserTest {

    @ParameterizedTest(name = "{0} on a {1} screen")
    @CsvSource({"ja, desktop", "en, phone"})
    void aCoachSuggestsTheNextStepAndTheOwnerAcceptsIt(String lang, String screen) throws Exception {
        boolean ja = "ja".equals(lang);
        boolean phone = "phone".equals(screen);
        TestAccounts.Account admin = accounts.create(PermissionLevel.ADMIN);
        TestAccounts.Account rep = accounts.create(PermissionLevel.MEMBER);
        TestAccounts.Account coach = accounts.create(PermissionLevel.MANAGER);
        for (TestAccounts.Account a : java.util.List.of(rep, coach)) {
            jdbc.sql("update app_user set locale = ? where id = ?").params(lang, a.id()).update();
        }
        String suffix = unique("");
        String pipeline = api(accounts.token(admin), "/api/v1/pipelines", "{\"name\":\"新規営業" + suffix
                + "\",\"nameEn\":\"New business " + suffix + "\",\"stages\":" + SalesBrowserTest.STAGES + "}");
        String pipelineId = JsonPath.read(pipeline, "$.id");
        String toApo = JsonPath.<java.util.List<String>>read(pipeline, "$.stages[*].id").get(1);
        String companyId = JsonPath.read(api(accounts.token(admin), "/api/v1/companies", "{\"name\":\"株式会社コーチ印刷"
                + suffix + "\",\"nameKana\":\"コーチインサツ\"}"), "$.id");
        String dealName = "会社案内の全面改訂" + suffix;
        String deal = JsonPath.read(api(accounts.token(rep), "/api/v1/deals", "{\"name\":\"" + dealName
                + "\",\"companyId\":\"" + companyId + "\",\"pipelineId\":\"" + pipelineId + "\",\"amount\":1500000}"), "$.id");
        // Moved today (through the API, as the rep would from the board): on the next business day's review.
        var moved = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://localhost:" + port + "/api/v1/deals/" + deal + "/move"))
                .header("Authorization", "Bearer " + accounts.token(rep)).header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"version\":0,\"stageId\":\"" + toApo + "\"}"))
                .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        org.assertj.core.api.Assertions.assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
        LocalDate reviewDay = new BusinessCalendar().nextBusinessDay(LocalDate.now(ZoneId.of("Asia/Tokyo")));

        Page p = phone ? newContext(phone()).newPage() : page;
        int width = phone ? PHONE_WIDTH : 1280;
        signIn(p, coach);
        p.navigate("/deals/coaching?day=" + reviewDay);
        Locator row = p.locator("[data-testid=review-row]").filter(new Locator.FilterOptions().setHasText(dealName));
        assertThat(row.locator("[data-testid=why]")).hasText(ja ? "段階移動" : "Moved");
        htmxSwap(p, "/coaching", () -> row.locator("[data-testid=open-review]").click());
        Locator panel = row.locator("[data-testid=coaching-panel]");
        assertThat(panel).isVisible();
        panel.locator("[data-testid=kind-suggestion]").check();
        panel.locator("[data-testid=coaching-body]").fill("決裁者が誰か、まだ聞けていません。");
        panel.locator("[data-testid=coaching-step]").fill("総務部長との面談を設定");
        panel.locator("[data-testid=coaching-step-on]").fill(reviewDay.plusDays(3).toString());
        htmxSwap(p, "/coaching", () -> panel.locator("[data-testid=coaching-send]").click());
        Locator after = row.locator("[data-testid=coaching-panel]");
        assertThat(after.locator("[data-testid=coaching-note]")).hasCount(1);
        assertThat(after.locator("[data-testid=suggested-step]")).hasText("総務部長との面談を設定");
        assertNoHorizontalScroll(p, width);
        screenshot(p, lang + "-" + screen + "-coaching");

        p.navigate("/deals/forecast?pipeline=" + pipelineId);
        assertThat(p.locator("[data-testid=forecast-stages]")).isVisible();
        assertNoHorizontalScroll(p, width);
        screenshot(p, lang + "-" + screen + "-forecast");

        // The owner: the bell, then the note on the deal's page, accepted as the next step.
        signOut(p);
        signIn(p, rep);
        p.navigate("/deals/" + deal);
        Locator note = p.locator("#coaching [data-testid=coaching-note]");
        assertThat(note).containsText("決裁者が誰か、まだ聞けていません。");
        htmxSwap(p, "/acknowledge", () -> note.locator("[data-testid=accept]").click());
        assertThat(p.locator("#coaching [data-testid=acknowledged]")).isVisible();
        p.reload();
        assertThat(p.locator("[data-testid=deal-next-step]")).containsText("総務部長との面談を設定");
        assertNoHorizontalScroll(p, width);
        screenshot(p, lang + "-" + screen + "-coaching-accepted");
    }
}
