package dev.kizuna.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.UUID;

import com.microsoft.playwright.Page;
import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.support.TestAccounts;
import org.junit.jupiter.api.Test;

/** Seed 004's habit: a rep logs a call on a phone right after it, in five taps, and sees it on the timeline. */
class ActivitiesBrowserTest extends BrowserTest {

    @Test
    void aRepLogsACallInFiveTapsOnAPhoneAndSeesItOnTheTimeline() {
        TestAccounts.Account rep = accounts.create(PermissionLevel.MEMBER);
        UUID company = UUID.randomUUID();
        String name = unique("株式会社五手商事");
        jdbc.sql("insert into company (id, kind, name, name_kana, status, owner_id) values (?, 'company', ?, 'ゴテショウジ', 'customer', ?)")
                .params(company, name, rep.id()).update();
        UUID type = jdbc.sql("select id from activity_option where kind = 'type' and name = '納期確認'").query(UUID.class).single();
        jdbc.sql("insert into activity_template (id, type_id, title, body, position) values (?, ?, ?, ?, 99)")
                .params(UUID.randomUUID(), type, "納期回答テスト", "納期は＿＿月＿＿日で確定。").update();

        Page phone = newContext(phone()).newPage();
        signIn(phone, rep);
        phone.navigate("/customers/" + company);
        long started = System.nanoTime();
        phone.locator("[data-testid=log-activity]").tap();                       // 1
        assertThat(phone.locator("[data-testid=chosen-customer]")).hasText(name);
        assertThat(phone.locator("label:has-text('電話')").first()).isVisible(); // the phone channel is already chosen
        phone.locator("label[for^=type-]:has-text('納期確認')").tap();           // 2
        phone.locator("label[for=outcome-reached]").tap();                       // 3
        phone.locator("label[for^=template-]:has-text('納期回答テスト')").tap();   // 4
        assertThat(phone.locator("#details")).hasValue("納期は＿＿月＿＿日で確定。");
        screenshot(phone, "ja-phone-50-quick-entry");
        assertNoHorizontalScroll(phone, PHONE_WIDTH);
        phone.locator("[data-testid=save-activity]").tap();                      // 5
        assertThat(phone.locator("[data-testid=flash]")).containsText("対応を記録しました");
        double seconds = (System.nanoTime() - started) / 1e9;
        org.assertj.core.api.Assertions.assertThat(seconds).as("five taps, under ten seconds").isLessThan(10);

        var entry = phone.locator("[data-testid=timeline-entry]").first();
        assertThat(entry).containsText("電話・納期確認");
        assertThat(entry).containsText("通話");
        assertThat(entry).containsText("納期は＿＿月＿＿日で確定。");
        screenshot(phone, "ja-phone-51-timeline");
        assertNoHorizontalScroll(phone, PHONE_WIDTH);
    }

    @Test
    void theHeaderButtonLogsACallWithARecentCustomerAndAFollowUpShowsInMyFollowUps() {
        TestAccounts.Account rep = accounts.create(PermissionLevel.MEMBER);
        UUID company = UUID.randomUUID();
        String name = unique("株式会社最近商会");
        jdbc.sql("insert into company (id, kind, name, name_kana, status, owner_id) values (?, 'company', ?, 'サイキン', 'customer', ?)")
                .params(company, name, rep.id()).update();
        signIn(page, rep);
        page.navigate("/activities/new?companyId=" + company);
        page.locator("label[for^=type-]:has-text('商品問い合わせ')").click();
        page.locator("label[for=outcome-unreached]").click();
        page.locator("[data-testid=save-activity]").click();
        assertThat(page.locator("[data-testid=unreached]")).hasText("1回連続で不通です");

        page.locator("[data-testid=quick--activities-new]").click();
        page.locator("[data-testid=recent-customers] label").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(name)).click();
        page.locator("label[for^=type-]:has-text('商品問い合わせ')").click();
        page.locator("label[for=outcome-reached]").click();
        page.locator("#details").fill("カタログを送付。");
        page.locator("summary:has-text('次のアクション')").click();
        page.locator("#followUpAction").fill("検討状況を確認する");
        page.locator("#followUpOn").fill("2026-12-01");
        page.locator("summary:has-text('写真・PDFを添付')").click();
        page.locator("[data-testid=attach]").setInputFiles(new com.microsoft.playwright.options.FilePayload(
                "名刺.png", "image/png", java.util.Base64.getDecoder().decode(
                        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")));
        page.locator("[data-testid=save-activity]").click();
        assertThat(page.locator("[data-testid=customer-name]")).hasText(name);
        assertThat(page.locator("[data-testid=unreached]")).hasCount(0);
        page.locator("[data-testid=timeline-attachments]").first().click();
        assertThat(page.locator("[data-testid=attachments]")).containsText("名刺.png");

        page.navigate("/activities/follow-ups");
        assertThat(page.locator("[data-testid=follow-ups]")).containsText("検討状況を確認する");
        page.locator("[data-testid=follow-ups] li").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(name))
                .locator("button").click();
        assertThat(page.locator("[data-testid=flash]")).containsText("検討状況を確認する");
    }
}
