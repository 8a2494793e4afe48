package dev.kizuna.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.support.ReportData;
import org.junit.jupiter.api.Test;

/**
 * Seed 001's CS lead, in a real browser: a customer gets a success plan from the built-in template counted from its
 * go-live date, ticks the first preparation item, plans the kickoff, records it as held with a next action, moves
 * the go-live date (everything dated moves with it), then finds the plan on the phase board on a phone — in Japanese
 * and in English.
 */
class SuccessBrowserTest extends BrowserTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    @Test
    void aCsLeadRunsAnAccountFromItsGoLiveDate() throws Exception {
        var lead = accounts.create(PermissionLevel.MANAGER);
        String name = unique("株式会社みなと物産");
        UUID company = new ReportData(jdbc).company(lead.id(), name, Instant.now());
        LocalDate goLive = LocalDate.now(TOKYO).plusDays(45);

        signIn(page, lead);
        page.navigate("/customers/" + company);
        assertThat(page.locator("[data-testid=success-panel]")).isVisible();
        page.locator("[data-testid=new-success-plan]").click();
        page.locator("#goLiveOn").fill(goLive.toString());
        page.locator("#ownerUserId").selectOption(lead.id().toString());
        page.locator("[data-testid=save-plan]").click();

        assertThat(page.locator("[data-testid=flash]")).containsText("サクセスプランを作成しました");
        assertThat(page.locator("[data-testid=plan-company]")).hasText(name);
        String planPage = page.url().replaceAll("#.*", "");
        assertThat(page.locator("[data-testid=current-phase]")).hasText("準備期");
        assertThat(page.locator("[data-testid=days-from-go-live]")).containsText("45");
        assertThat(page.locator("[data-testid=checklist-progress]")).containsText("0");
        Locator firstItem = page.locator("[data-testid=checklist-item]").first();
        firstItem.locator("[data-testid=tick]").click();
        assertThat(page.locator("[data-testid=checklist-item]").first().locator("[data-testid=tick]"))
                .hasAttribute("aria-pressed", "true");

        page.locator("#kind").selectOption("kickoff");
        page.locator("#startsAt").fill(LocalDateTime.now(TOKYO).plusDays(3).withHour(10).withMinute(0).withSecond(0)
                .withNano(0).toString());
        page.locator("#agenda").fill("導入スケジュールと役割分担の確認");
        page.locator("[data-testid=plan-meeting]").click();
        assertThat(page.locator("[data-testid=flash]")).containsText("MTGを予定に入れました");
        Locator kickoff = page.locator("[data-testid=meeting-row]").filter(new Locator.FilterOptions().setHasText("導入スケジュール"));
        assertThat(kickoff).isVisible();
        api(accounts.token(lead), "/api/v1/boards", "{\"name\":\"" + unique("CS引き継ぎ") + "\"}");
        page.navigate(planPage);
        kickoff = page.locator("[data-testid=meeting-row]").filter(new Locator.FilterOptions().setHasText("導入スケジュール"));
        kickoff.locator("summary").click();
        Locator hold = kickoff.locator("[data-testid=hold-form]");
        hold.locator("textarea[name=minutes]").fill("本部・現場・弊社の三者で導入計画を確認。店舗スタッフ向け説明会を実施する。");
        hold.locator("input[name=actionTitle]").first().fill("店舗スタッフ向け説明会の日程調整");
        hold.locator("select[name=actionOwner]").selectOption(lead.id().toString());
        hold.locator("[data-testid=hold-meeting]").click();
        // No due date for the next action: refused, the rule shown at the field, and what was typed kept.
        assertThat(page.locator("[data-testid=form-errors]")).isVisible();
        Locator again = page.locator("[data-testid=meeting-row]").filter(new Locator.FilterOptions().setHasText("導入スケジュール"))
                .locator("[data-testid=hold-form]");
        assertThat(again.locator("textarea[name=minutes]")).hasValue("本部・現場・弊社の三者で導入計画を確認。店舗スタッフ向け説明会を実施する。");
        assertThat(again.locator("input[name=actionTitle]")).hasValue("店舗スタッフ向け説明会の日程調整");
        assertThat(again.locator(".invalid-feedback")).isVisible();
        again.locator("input[name=actionDue]").fill(LocalDate.now(TOKYO).plusDays(7).toString());
        again.locator("[data-testid=hold-meeting]").click();
        assertThat(page.locator("[data-testid=flash]")).containsText("ネクストアクション1件をタスクにしました");

        page.locator("#kpiName").fill("モバイルオーダー件数");
        page.locator("#unit").fill("件");
        page.locator("[data-testid=add-kpi]").click();
        Locator kpi = page.locator("[data-testid=kpi]").filter(new Locator.FilterOptions().setHasText("モバイルオーダー件数"));
        kpi.locator("input[name=month]").fill(YearMonth.now(TOKYO).toString());
        kpi.locator("input[name=target]").fill("500");
        kpi.locator("input[name=actual]").fill("400");
        kpi.locator("[data-testid=save-kpi-month]").click();
        kpi = page.locator("[data-testid=kpi]").filter(new Locator.FilterOptions().setHasText("モバイルオーダー件数"));
        assertThat(kpi.locator("[data-testid=attainment]")).hasText("80%");
        assertThat(kpi.locator("[data-testid=kpi-chart] .kpi-bar-actual.below")).hasCount(1);

        page.locator("[data-testid=plan-settings] #goLiveOn").fill(goLive.plusDays(14).toString());
        page.locator("[data-testid=save-plan-settings]").click();
        // moving go-live re-dates every item and meeting: under CI's load this page took longer than the default 10 s
        assertThat(page.locator("[data-testid=flash]")).containsText("リリース日を14日ずらしました",
                new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(30_000));
        assertThat(page.locator("[data-testid=days-from-go-live]")).containsText("59");
        screenshot(page, "success-plan-desktop");

        page.navigate("/customers/" + company);
        assertThat(page.locator("[data-testid=timeline-entry]").filter(new Locator.FilterOptions().setHasText("三者で導入計画")))
                .hasCount(1);

        page.locator("[data-testid=new-contract]").click();
        page.locator("#planName").fill("スタンダード（全店舗）");
        page.locator("#amount").fill("50,000");
        page.locator("#startsOn").fill(LocalDate.now(TOKYO).minusMonths(11).toString());
        page.locator("#endsOn").fill(LocalDate.now(TOKYO).plusDays(40).toString());
        page.locator("#renewalOwnerUserId").selectOption(lead.id().toString());
        page.locator("[data-testid=save-contract]").click();
        assertThat(page.locator("[data-testid=flash]")).containsText("スタンダード（全店舗）");
        assertThat(page.locator("[data-testid=contract-amount]")).containsText("50,000");
        String contractPage = page.url();
        page.locator("[data-testid=change-box] summary").click();
        page.locator("#toPlan").fill("プレミアム");
        page.locator("#amountAfter").fill("80000");
        page.locator("#reason").fill("店舗数が12店に増えたため");
        page.locator("[data-testid=save-change]").click();
        assertThat(page.locator("[data-testid=changes]")).containsText("スタンダード（全店舗） → プレミアム");
        screenshot(page, "success-contract-desktop");

        Page phone = newContext(phone()).newPage();
        signIn(phone, lead);
        phone.navigate("/success?ownerUserId=" + lead.id());
        Locator row = phone.locator("[data-testid=plan-row]").filter(new Locator.FilterOptions().setHasText(name));
        assertThat(row).hasCount(1);
        assertThat(row.locator("[data-testid=phase-badge]")).hasText("準備期");
        assertNoHorizontalScroll(phone, PHONE_WIDTH);
        screenshot(phone, "success-board-phone");
        row.locator("a").first().click();
        assertThat(phone.locator("[data-testid=plan-company]")).hasText(name);
        assertNoHorizontalScroll(phone, PHONE_WIDTH);
        screenshot(phone, "success-plan-phone");

        phone.navigate("/success/renewals?within=60");
        assertThat(phone.locator("[data-testid=renewal-row]").filter(new Locator.FilterOptions().setHasText(name)))
                .containsText("プレミアム");
        assertNoHorizontalScroll(phone, PHONE_WIDTH);
        screenshot(phone, "success-renewals-phone");
        phone.navigate(contractPage);
        assertNoHorizontalScroll(phone, PHONE_WIDTH);
        screenshot(phone, "success-contract-phone");
        phone.navigate("/success/reports/retention");
        assertThat(phone.locator("[data-testid=retention-months]")).isVisible();
        assertNoHorizontalScroll(phone, PHONE_WIDTH);
        screenshot(phone, "success-retention-phone");
        phone.navigate(planPage);
        phone.locator("[data-testid=language-switch]").click();
        assertThat(phone.locator("html")).hasAttribute("lang", "en");
        assertThat(phone.locator("[data-testid=current-phase]")).not().hasText("準備期");
        assertThat(phone.locator("h2").first()).not().containsText("フェーズ");
        assertNoHorizontalScroll(phone, PHONE_WIDTH);
        screenshot(phone, "success-plan-phone-en");
    }
}
