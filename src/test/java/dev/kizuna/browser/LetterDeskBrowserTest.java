package dev.kizuna.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import dev.kizuna.cards.TextReader;
import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.support.Postcards;
import dev.kizuna.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Seed 002's postcard reply desk in a real browser, in Japanese and English, on a desktop and on a 390 px phone: the
 * queue oldest due first with the overdue postcard highlighted, claiming one, the research panel beside the writing
 * area, a timer, submitting, the head's approval and marking the reply sent; and a postcard photographed at intake,
 * its text read into the box and its picture on its page. Screenshots in target/screenshots.
 */
class LetterDeskBrowserTest extends BrowserTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Tokyo"));

    @Autowired
    TextReader reader;

    private String customer(String admin, String name, String phone) throws Exception {
        return JsonPath.read(api(admin, "/api/v1/companies", "{\"kind\":\"individual\",\"name\":\"" + name
                + "\",\"nameKana\":\"ヤマダ ハナコ\",\"prefecture\":\"大阪府\",\"city\":\"堺市\",\"birthday\":\"1974-05-10\","
                + "\"phone\":\"" + phone + "\",\"status\":\"customer\"}"), "$.id");
    }

    private String postcard(String admin, String company, LocalDate on, String text) throws Exception {
        return JsonPath.read(api(admin, "/api/v1/letters", "{\"companyId\":\"" + company + "\",\"receivedOn\":\"" + on
                + "\",\"body\":\"" + text + "\"}"), "$.id");
    }

    @Test
    void theDeskInJapaneseAndEnglishOnADesktopAndAPhone() throws Exception {
        String admin = accounts.token(accounts.create(PermissionLevel.ADMIN));
        run("ja", desktop(), 1280, admin);
        run("ja", phoneAt390("ja-JP"), 390, admin);
        run("en", desktop().setLocale("en-US"), 1280, admin);
        run("en", phoneAt390("en-US"), 390, admin);
    }

    /** Signs in and, for English, switches the language in the header (people keep their choice). */
    private void signInIn(Page p, TestAccounts.Account account, String lang) {
        signIn(p, account);
        if (!lang.equals(p.locator("html").getAttribute("lang"))) {
            p.locator("[data-testid=language-switch]").click();
            assertThat(p.locator("html")).hasAttribute("lang", lang);
        }
    }

    private static Browser.NewContextOptions phoneAt390(String locale) {
        return new Browser.NewContextOptions().setViewportSize(390, 844).setDeviceScaleFactor(2).setIsMobile(true)
                .setHasTouch(true).setLocale(locale).setTimezoneId("Asia/Tokyo");
    }

    private void run(String lang, Browser.NewContextOptions options, int width, String admin) throws Exception {
        TestAccounts.Account writer = accounts.create(PermissionLevel.MEMBER);
        TestAccounts.Account head = accounts.create(PermissionLevel.MANAGER);
        String name = "山田 花子" + System.nanoTime() % 100000;
        String phone = "072-" + (200 + System.nanoTime() % 800) + "-" + (1000 + System.nanoTime() % 9000);
        String company = customer(admin, name, phone);
        String late = postcard(admin, company, TODAY.minusDays(10), "いつも化粧水を愛用しています。冬の乾燥が気になります。");
        postcard(admin, company, TODAY, "定期便を毎月楽しみにしています。");
        String shot = "letters-" + lang + "-" + (width < 500 ? "phone" : "desktop");
        boolean ja = "ja".equals(lang);

        Page p = newContext(options).newPage();
        signInIn(p, writer, lang);
        p.navigate("/voice/letters?companyId=" + company);
        var rows = p.getByTestId("letter-row");
        assertThat(rows).hasCount(2);
        assertThat(rows.first()).hasAttribute("data-overdue", "true");
        assertThat(rows.first()).hasClass(java.util.regex.Pattern.compile("list-group-item-danger"));
        assertThat(rows.first().getByTestId("letter-due")).containsText(ja ? "期限切れ" : "Overdue");
        assertThat(rows.nth(1)).hasAttribute("data-overdue", "false");
        assertNoHorizontalScroll(p, width);
        screenshot(p, shot + "-queue");

        rows.first().getByTestId("claim").click();
        assertThat(p).hasURL(java.util.regex.Pattern.compile(".*/voice/letters/" + late));
        assertThat(p.getByTestId("letter-assignee")).isVisible();
        assertThat(p.getByTestId("research-age")).containsText("52");
        assertThat(p.locator("#reply")).hasValue(java.util.regex.Pattern.compile("^" + name + "様"));
        p.locator("#researched").check();
        p.getByTestId("save").click();
        p.getByTestId("timer-toggle-reply").click();
        assertThat(p.getByTestId("timer-toggle-reply")).hasText(ja ? "ストップ" : "Stop");
        p.getByTestId("timer-toggle-reply").click();
        p.locator("#copy1").fill("冬の乾燥に、朝の一滴");
        p.locator("#copy2").fill("うるおいは朝つくる");
        p.locator("#copy3").fill("乾燥知らずの冬へ");
        p.locator("#rough").fill("想定商品: 薬用化粧水 / メインビジュアル: 朝の洗面台");
        assertNoHorizontalScroll(p, width);
        screenshot(p, shot + "-writing");
        p.getByTestId("submit").click();
        assertThat(p.getByTestId("letter-status")).hasText(ja ? "部門長確認中" : "With the head");

        Page h = newContext(options).newPage();
        signInIn(h, head, lang);
        h.navigate("/voice/letters/" + late);
        h.locator("#comment").fill(ja ? "よく書けています" : "Well written");
        h.getByTestId("approve").click();
        assertThat(h.getByTestId("letter-status")).hasText(ja ? "承認済" : "Approved");

        p.reload();
        p.getByTestId("mark-sent").click();
        assertThat(p.getByTestId("letter-status")).hasText(ja ? "返信済" : "Sent");
        assertNoHorizontalScroll(p, width);
        screenshot(p, shot + "-sent");
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("select count(*) from activity where company_id = ?::uuid"
                + " and details like ?").params(company, "%冬の乾燥に、朝の一滴%").query(Long.class).single()).isEqualTo(1);
        if (ja == width > 500) { // the Japanese desktop and the English phone
            scanAtIntake(p, company, name, phone, width, shot);
        }
    }

    /**
     * A postcard photographed at intake: its text fills the box (or the page says it cannot be read here), its sender
     * is offered by the phone number on it, the writer corrects the text and adds it, and the picture is on its page.
     */
    private void scanAtIntake(Page p, String company, String name, String phone, int width, String shot) {
        p.navigate("/voice/letters?companyId=" + company);
        byte[] front = Postcards.across(List.of("いつも化粧水を愛用しています。", "冬の乾燥が気になります。", phone));
        p.locator("#scanFront").setInputFiles(new FilePayload("postcard.png", "image/png", front));
        p.getByTestId("scan-read").click();
        assertThat(p.getByTestId("scan-preview").locator("img").first()).isVisible();
        if (reader.available()) {
            assertThat(p.locator("#body")).hasValue(java.util.regex.Pattern.compile("化粧水を愛用"));
        } else {
            assertThat(p.getByTestId("scan-unavailable")).isVisible();
        }
        assertNoHorizontalScroll(p, width);
        screenshot(p, shot + "-scan");
        p.getByTestId("intake-form").locator("label", new Locator.LocatorOptions().setHasText(name)).click();
        String corrected = "化粧水を愛用しています。乾燥の季節のおすすめを教えてください。";
        p.locator("#body").fill(corrected);
        p.getByTestId("intake-save").click();
        assertThat(p.getByTestId("scan-preview")).hasCount(0);
        String letter = jdbc.sql("select id::text from voice_letter where company_id = ?::uuid and body = ?")
                .params(company, corrected).query(String.class).single();
        p.navigate("/voice/letters/" + letter);
        Locator picture = p.getByTestId("letter-scan").locator("img").first();
        assertThat(picture).isVisible();
        org.assertj.core.api.Assertions.assertThat((Boolean) picture.evaluate("img => img.complete && img.naturalWidth > 0"))
                .as("the postcard's picture loads").isTrue();
    }
}
