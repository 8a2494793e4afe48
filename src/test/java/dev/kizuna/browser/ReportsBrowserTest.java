package dev.kizuna.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Pattern;

import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.support.TestAccounts;
import org.junit.jupiter.api.Test;

/** A manager builds a report of order amounts by month and rep as a stacked bar, drills into it and saves it shared. */
class ReportsBrowserTest extends BrowserTest {

    @Test
    void aManagerBuildsAStackedBarDrillsIntoItAndSharesIt() throws Exception {
        TestAccounts.Account manager = accounts.create(PermissionLevel.MANAGER);
        TestAccounts.Account rep = accounts.create(PermissionLevel.MEMBER);
        String customer = unique("株式会社レポート");
        UUID company = UUID.randomUUID();
        jdbc.sql("insert into company (id, kind, name, status) values (?, 'company', ?, 'customer')").params(company, customer)
                .update();
        String number = unique("SO-RB-");
        jdbc.sql("""
                insert into sales_order (id, number, company_id, owner_id, title, ordered_on, invoice_amount)
                values (?, ?, ?, ?, '名刺 500枚', ?, 120000)""")
                .params(UUID.randomUUID(), number, company, rep.id(), LocalDate.parse("2026-11-10")).update();

        signIn(page, manager);
        page.navigate("/reports");
        page.locator("[data-testid=new-report]").click();
        page.locator("#source").selectOption("orders");
        page.waitForURL(Pattern.compile(".*source=orders.*")); // choosing the records re-shows the builder with their fields
        assertThat(page.locator("#groupBy")).isVisible();
        page.locator("#function").selectOption("sum");
        page.locator("#field").selectOption("invoiceAmount");
        page.locator("#groupBy").selectOption("owner");
        page.locator("#period").selectOption("orderedOn");
        page.locator("#chart").selectOption("stacked");
        page.locator("[data-testid=report-builder] select[name=f0]").selectOption("customer");
        page.locator("[data-testid=report-builder] input[name=v0]").fill(customer);
        page.locator("[data-testid=run-report]").click();

        assertThat(page.locator("[data-testid=report-chart]")).isVisible();
        assertThat(page.locator("[data-testid=report-row]")).hasCount(1);
        assertThat(page.locator("[data-testid=report-row]")).containsText("2026-11");
        assertThat(page.locator("[data-testid=report-row]")).containsText("120,000");
        org.assertj.core.api.Assertions.assertThat(page.evaluate("() => typeof Chart")).isEqualTo("function");
        screenshot(page, "ja-report-stacked");

        page.locator("input#name").fill("月別・担当者別の受注額");
        page.locator("#shared").check();
        page.locator("[data-testid=save-report] button[type=submit]").click();
        assertThat(page).hasURL(Pattern.compile(".*/reports/[0-9a-f-]{36}$"));
        assertThat(page.locator("[data-testid=report-name]")).hasText("月別・担当者別の受注額");
        String reportId = page.url().substring(page.url().lastIndexOf('/') + 1);

        // the records behind the bar: its order, one tap from the order's page
        page.locator("[data-testid=report-drill]").first().click();
        assertThat(page.locator("[data-testid=report-record]")).hasCount(1);
        assertThat(page.locator("[data-testid=report-record]")).containsText(number);
        page.locator("[data-testid=report-record]").click();
        assertThat(page).hasURL(Pattern.compile(".*/orders/[0-9a-f-]{36}$"));

        // on a dashboard shared with the manager's team, e-mailed to the team every week
        String team = unique("営業1課");
        api(accounts.token(accounts.create(PermissionLevel.ADMIN)), "/api/v1/teams", "{\"name\":\"" + team
                + "\",\"managerId\":\"" + manager.id() + "\",\"memberIds\":[\"" + rep.id() + "\"]}");
        page.navigate("/dashboards");
        page.locator("#dashboard-name").fill("営業会議");
        page.locator("#dashboard-team").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel(team));
        page.locator("#tile-" + reportId).check();
        page.locator("[data-testid=new-dashboard] button[type=submit]").click();
        assertThat(page.locator("[data-testid=dashboard-name]")).hasText("営業会議");
        assertThat(page.locator("[data-testid=dashboard-tile]")).hasCount(1);
        page.locator("#frequency").selectOption("weekly");
        page.locator("#weekday").selectOption("MONDAY");
        page.locator("#sendAt").fill("08:30");
        page.locator("#recipients").fill("eigyo1@example.jp");
        page.locator("[data-testid=schedule-dashboard] button[type=submit]").click();
        assertThat(page.locator("[data-testid=dashboard-schedules]")).containsText("毎週");
        assertThat(page.locator("[data-testid=dashboard-schedules]")).containsText("月曜日");
        assertThat(page.locator("[data-testid=dashboard-schedules]")).containsText("eigyo1@example.jp");
        screenshot(page, "ja-dashboard-scheduled");
    }

    @Test
    void onAPhoneInEnglishAManagerSchedulesAReportMonthlyAndStopsIt() {
        TestAccounts.Account manager = accounts.create(PermissionLevel.MANAGER);
        var phone = newContext(phone().setLocale("en-US")).newPage();
        signIn(phone, manager);
        if (!"en".equals(phone.locator("html").getAttribute("lang"))) { // people keep their language choice
            phone.locator("[data-testid=language-switch]").click();
            assertThat(phone.locator("html")).hasAttribute("lang", "en");
        }
        phone.navigate("/reports/new?source=orders&function=count&period=orderedOn&chart=bar&name="
                + unique("Monthly orders"));
        phone.locator("input#name").fill(unique("Monthly orders"));
        phone.locator("[data-testid=save-report] button[type=submit]").click();
        assertThat(phone).hasURL(Pattern.compile(".*/reports/[0-9a-f-]{36}$"));

        assertThat(phone.locator("#weekday")).isVisible();
        assertThat(phone.locator("#monthDay")).isHidden();
        phone.locator("#frequency").selectOption("monthly");
        assertThat(phone.locator("#weekday")).isHidden();
        phone.locator("#monthDay").selectOption("25");
        phone.locator("#sendAt").fill("07:45");
        phone.locator("#recipients").fill("keiri@example.jp");
        phone.locator("[data-testid=schedule-report] button[type=submit]").click();
        assertThat(phone.locator("[data-testid=report-schedules]")).containsText("Every month");
        assertThat(phone.locator("[data-testid=report-schedules]")).containsText("Day 25");
        assertThat(phone.locator("[data-testid=report-schedules]")).containsText("07:45");
        assertNoHorizontalScroll(phone, PHONE_WIDTH);
        screenshot(phone, "en-phone-report-schedule");

        phone.onceDialog(dialog -> dialog.accept());
        phone.locator("[data-testid=report-schedules] button[type=submit]").click();
        assertThat(phone.locator("[data-testid=report-schedules]")).hasCount(0);
    }
}
