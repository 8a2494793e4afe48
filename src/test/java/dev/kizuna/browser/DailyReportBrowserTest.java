package dev.kizuna.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.platform.calendar.BusinessCalendar;
import dev.kizuna.support.ReportData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A manager opens the newest daily report (about yesterday's business) on a phone. */
class DailyReportBrowserTest extends BrowserTest {

    @Autowired
    BusinessCalendar calendar;

    @Test
    void aManagerReadsYesterdaysResultsOnAPhone() {
        var data = new ReportData(jdbc);
        var manager = accounts.create(PermissionLevel.MANAGER);
        String rep = "日報 確認" + UUID.randomUUID().toString().substring(0, 4);
        UUID repId = data.user("MEMBER", rep);
        data.team(unique("日報班"), manager.id(), repId);
        LocalDate today = LocalDate.now(ReportData.TOKYO);
        LocalDate reportDay = calendar.isBusinessDay(today) ? today : calendar.previousBusinessDay(today);
        LocalDate covered = calendar.daysCoveredByReportOn(reportDay).getLast();
        UUID customer = data.company(repId, unique("株式会社昨日"), ReportData.at(covered, 9));
        data.activity(repId, customer, ReportData.at(covered, 10), ReportData.at(covered, 10), "訪問", "商品問い合わせ", null);
        data.activity(repId, customer, ReportData.at(covered, 11), ReportData.at(covered, 11), "電話", "納期確認", null);

        var phone = newContext(phone()).newPage();
        signIn(phone, manager);
        phone.navigate("/daily-reports");
        assertThat(phone.locator("h1")).containsText("日報");
        assertThat(phone.locator("[data-testid=covered-days]")).containsText(covered.toString().replace('-', '/'));
        var row = phone.locator("[data-testid=rep-row]").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(rep));
        assertThat(row).containsText("訪問 1");
        assertThat(row.locator("td").nth(1)).hasText("2");
        assertThat(row.locator("td").nth(2)).hasText("1");
        assertThat(phone.locator("[data-testid=orders-total]")).containsText("入金遅延");
        assertNoHorizontalScroll(phone, PHONE_WIDTH);
        screenshot(phone, "daily-report-phone");
    }
}
