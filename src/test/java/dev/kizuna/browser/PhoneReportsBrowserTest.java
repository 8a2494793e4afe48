package dev.kizuna.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import dev.kizuna.identity.PermissionLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The tables that still scrolled sideways on a 390 px phone (issue 24's sweep: input compliance, the forecast, the
 * stage report, LTV and retention; the contact list's phone and e-mail column, the daily report's deals and orders by
 * rep) read as one card per row, like orders and the daily report's activities: the page is no wider than the screen
 * and no table runs past its own box, in Japanese and in English (the longer labels). On a desktop they stay tables.
 */
class PhoneReportsBrowserTest extends BrowserTest {

    private static final int WIDTH = 390;

    @ParameterizedTest
    @ValueSource(strings = {"ja", "en"})
    void reportTablesBecomeCardsOnAPhone(String lang) throws Exception {
        var admin = accounts.create(PermissionLevel.ADMIN);
        String token = accounts.token(admin);
        YearMonth month = YearMonth.now(ZoneId.of("Asia/Tokyo"));
        String pipeline = JsonPath.read(api(token, "/api/v1/pipelines", "{\"name\":\"" + unique("新規営業")
                + "\",\"nameEn\":\"" + unique("New business") + "\",\"stages\":["
                + "{\"name\":\"初回ヒアリング\",\"nameEn\":\"First hearing\",\"kind\":\"open\",\"winProbability\":20},"
                + "{\"name\":\"見積提出\",\"nameEn\":\"Quote sent\",\"kind\":\"open\",\"winProbability\":60},"
                + "{\"name\":\"受注\",\"nameEn\":\"Won\",\"kind\":\"won\",\"winProbability\":100},"
                + "{\"name\":\"失注\",\"nameEn\":\"Lost\",\"kind\":\"lost\",\"winProbability\":0}]}"), "$.id");
        String company = JsonPath.read(api(token, "/api/v1/companies", "{\"name\":\"" + unique("株式会社みなと印刷")
                + "\",\"status\":\"customer\",\"ownerId\":\"" + admin.id() + "\"}"), "$.id");
        for (int i = 0; i < 3; i++) {
            api(token, "/api/v1/deals", "{\"name\":\"" + unique("会社案内の改訂") + "\",\"companyId\":\"" + company
                    + "\",\"pipelineId\":\"" + pipeline + "\",\"amount\":" + (1_250_000 + i * 480_000)
                    + ",\"expectedCloseOn\":\"" + month.plusMonths(i).atDay(20) + "\"}");
        }
        api(token, "/api/v1/contracts", "{\"companyId\":\"" + company + "\",\"planName\":\"スタンダード\",\"amount\":52000,"
                + "\"billing\":\"monthly\",\"startsOn\":\"" + month.minusMonths(11).atDay(1) + "\",\"endsOn\":\""
                + month.plusMonths(12).atDay(1).minusDays(1) + "\"}");
        String tag = dev.kizuna.support.SearchTags.next();
        api(token, "/api/v1/contacts", "{\"companyId\":\"" + company + "\",\"name\":\"" + tag + " 美咲\",\"phone\":\"03-5555-0101\","
                + "\"mobile\":\"090-5555-0101\",\"email\":\"misaki." + tag.toLowerCase() + "@minato-insatsu.example.jp\"}");
        api(token, "/api/v1/teams", "{\"name\":\"" + unique("営業一課") + "\",\"managerId\":\"" + admin.id()
                + "\",\"memberIds\":[\"" + admin.id() + "\"]}");
        jdbc.sql("update app_user set locale = ? where id = ?").params(lang, admin.id()).update();

        Page p = newContext(phone().setViewportSize(WIDTH, 844).setLocale("ja".equals(lang) ? "ja-JP" : "en-US")).newPage();
        signIn(p, admin);
        var pages = List.of(
                new Report("/compliance", "compliance-table"),
                new Report("/deals/forecast?pipeline=" + pipeline + "&since=" + month + "&until=" + month.plusMonths(5),
                        "forecast-reps"),
                new Report("/deals/reports/stages?pipeline=" + pipeline + "&since=" + LocalDate.now().minusDays(30),
                        "stage-report"),
                new Report("/marketing/reports", "ltv-cohorts"),
                new Report("/success/reports/retention", "retention-cohorts"),
                new Report("/contacts?q=" + tag, "contacts-table"),
                new Report("/daily-reports", "orders-by-rep"));
        var problems = new java.util.ArrayList<String>();
        for (Report report : pages) {
            p.navigate(report.path());
            var table = p.locator("[data-testid=" + report.table() + "]");
            assertThat(table.locator("tbody tr").first()).isVisible();
            p.waitForLoadState(LoadState.LOAD);
            screenshot(p, "phone-report-" + lang + "-" + report.table());
            int pageWidth = ((Number) p.evaluate("() => document.documentElement.scrollWidth")).intValue();
            int screen = ((Number) p.evaluate("() => window.innerWidth")).intValue();
            if (pageWidth > screen) {
                problems.add(report.path() + ": page " + pageWidth + " px wide on a " + screen + " px screen");
            }
            @SuppressWarnings("unchecked")
            var sideways = (List<String>) p.evaluate("""
                    () => [...document.querySelectorAll('table')].filter(t => t.checkVisibility()).filter(t => {
                      const box = t.closest('.table-responsive') || t.parentElement;
                      return box.scrollWidth > box.clientWidth + 1 || t.getBoundingClientRect().right > window.innerWidth + 1; })
                      .map(t => t.getAttribute('data-testid') + ' ' + Math.round(t.getBoundingClientRect().width) + ' px')""");
            sideways.forEach(t -> problems.add(report.path() + ": table " + t + " scrolls sideways"));
        }
        assertThat(problems).as("report pages that do not fit a %d px phone", WIDTH).isEmpty();

        // On a desktop the same tables stay tables: column heads on top, one line per row.
        Page desk = newContext(desktop().setViewportSize(1440, 900).setLocale("ja".equals(lang) ? "ja-JP" : "en-US")).newPage();
        signIn(desk, admin);
        for (Report report : pages) {
            desk.navigate(report.path());
            assertThat(desk.locator("[data-testid=" + report.table() + "] thead")).isVisible();
            screenshot(desk, "desktop-report-" + lang + "-" + report.table());
        }
    }

    /**
     * The budget grid (12 months a rep) scrolled sideways on a phone, hiding most months and the save button: on a
     * 390 px screen each rep is a card with a named line per month and the save button, all on screen; a saved amount
     * comes back; the desktop keeps the grid with the months as column heads.
     */
    @Test
    void theBudgetGridIsOneCardPerRepOnAPhone() {
        var admin = accounts.create(PermissionLevel.ADMIN);
        String q = java.net.URLEncoder.encode(admin.email(), java.nio.charset.StandardCharsets.UTF_8);
        Page p = newContext(phone().setViewportSize(WIDTH, 844)).newPage();
        signIn(p, admin);
        p.navigate("/deals/targets?q=" + q);
        var row = p.locator("[data-testid=targets-grid] tbody tr").first();
        var months = row.locator("input:not([type=hidden])");
        assertThat(months).hasCount(12);
        assertNoHorizontalScroll(p, WIDTH);
        screenshot(p, "phone-targets");
        var problems = new java.util.ArrayList<String>();
        for (int i = 0; i < 12; i++) {
            var box = months.nth(i).boundingBox();
            if (box.x < 0 || box.x + box.width > WIDTH) {
                problems.add("month " + (i + 1) + " at " + Math.round(box.x) + ".." + Math.round(box.x + box.width));
            }
        }
        var save = row.locator("[data-testid=save-row]").boundingBox();
        if (save.x + save.width > WIDTH) {
            problems.add("save button ends at " + Math.round(save.x + save.width));
        }
        assertThat(problems).as("parts of the budget card off a %d px screen", WIDTH).isEmpty();
        assertThat(row.locator("td").first()).hasAttribute("data-label", "4月");

        months.nth(0).fill("1,200,000");
        row.locator("[data-testid=save-row]").click();
        assertThat(p.locator("[data-testid=targets-grid] tbody tr").first()
                .locator("input:not([type=hidden])").first()).hasValue("1,200,000");

        Page desk = newContext(desktop().setViewportSize(1440, 900)).newPage();
        signIn(desk, admin);
        desk.navigate("/deals/targets?q=" + q);
        assertThat(desk.locator("[data-testid=targets-grid] thead")).isVisible();
    }

    private record Report(String path, String table) {
    }
}
