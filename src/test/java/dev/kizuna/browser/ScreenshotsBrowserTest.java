package dev.kizuna.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.SelectOption;
import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.support.TestAccounts;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * Walks through every page as an administrator and saves full-page screenshots in target/screenshots
 * (named {language}-{device}-{nn}-{page}.png) for people to look at. Along the way each page must load
 * (HTTP 200), carry the right language and show no untranslated message key ({@code ??key_ja??}); on a
 * phone nothing may scroll sideways. Small tap targets are listed in target/screenshots/tap-targets-*.txt.
 */
class ScreenshotsBrowserTest extends BrowserTest {

    /** Phrases that would give away an English page in a Japanese UI (and the other way round). */
    private static final List<String> ENGLISH_ON_JAPANESE = List.of("Users", "Settings", "Sign out", "Save", "Create",
            "Cancel", "Required", "Job roles", "Audit log", "Home");
    private static final List<String> JAPANESE_ON_ENGLISH = List.of("ユーザー", "個人設定", "ログアウト", "保存", "作成",
            "キャンセル", "必須", "担当", "操作履歴", "ホーム");

    private SoftAssertions soft;
    private final List<String> tapTargets = new ArrayList<>();

    @Test
    void japaneseOnADesktop() throws IOException {
        tour(desktop(), "ja", "desktop", true);
    }

    @Test
    void japaneseOnAPhone() throws IOException {
        tour(phone(), "ja", "phone", true);
    }

    @Test
    void englishOnADesktop() throws IOException {
        tour(desktop().setLocale("en-US"), "en", "desktop", false);
    }

    @Test
    void englishOnAPhone() throws IOException {
        tour(phone().setLocale("en-US"), "en", "phone", false);
    }

    private void tour(Browser.NewContextOptions options, String lang, String device, boolean everything)
            throws IOException {
        soft = new SoftAssertions();
        boolean onPhone = "phone".equals(device);
        String prefix = lang + "-" + device + "-";
        Page p = newContext(options).newPage();

        // Signed out: the sign-in page, then with a wrong password.
        shoot(p, p.navigate("/login"), lang, onPhone, prefix + "01-login");
        var admin = accounts.create(PermissionLevel.ADMIN);
        p.locator("#email").fill(admin.email());
        p.locator("#password").fill("not-the-password");
        p.locator("[data-testid=sign-in]").click();
        assertThat(p.locator("[data-testid=login-error]")).isVisible();
        shoot(p, null, lang, onPhone, prefix + "02-login-error");

        signIn(p, admin);
        if ("en".equals(lang)) {
            p.locator("[data-testid=language-switch]").click();
            assertThat(p.locator("html")).hasAttribute("lang", "en");
        }
        shoot(p, p.navigate("/"), lang, onPhone, prefix + "03-home");
        if (onPhone) {
            p.locator("button[data-bs-toggle=offcanvas]").tap();
            assertThat(p.locator("#sidebar")).hasClass(Pattern.compile(".*\\bshow\\b.*"));
            // The menu is taller than a phone (the success entry made it so): its last entries are a scroll away.
            p.locator("#sidebar a[href='/admin/users']").scrollIntoViewIfNeeded();
            assertThat(p.locator("#sidebar a[href='/admin/users']")).isInViewport();
            shoot(p, null, lang, onPhone, prefix + "04-menu-open");
            p.locator("#sidebar .btn-close").tap();
            assertThat(p.locator("#sidebar")).not().isInViewport();
        }
        p.waitForLoadState();
        p.locator("[data-testid=user-menu]").click();
        assertThat(p.locator("[data-testid=sign-out]")).isVisible();
        shoot(p, null, lang, onPhone, prefix + "05-user-menu-open");

        // Some data, made the way an administrator makes it, so the lists are not empty.
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String role = "ja".equals(lang) ? "カスタマーサクセス担当" + tag : "Customer success " + tag;
        createRole(p, role, "ja".equals(lang) ? "導入後のフォローと定着支援を受け持つ担当" : "Follows customers up after go-live");
        shoot(p, null, lang, onPhone, prefix + "06-roles");

        shoot(p, p.navigate("/admin/users/new"), lang, onPhone, prefix + "07-user-new");
        p.locator("#nameKana").fill("Yamada");
        p.locator("#email").fill("yamada@");
        p.locator("[data-testid=save]").click();
        assertThat(p.locator("[data-testid=form-errors]")).isVisible();
        shoot(p, null, lang, onPhone, prefix + "08-user-new-errors");

        // アオキ sorts first, so she is among the people the team form offers however many users the run made.
        var created = createUser(p, "青木 さくら", "アオキ サクラ", "aoki-" + tag + "@example.co.jp", role);
        shoot(p, null, lang, onPhone, prefix + "09-user-created");

        p.navigate("/admin/users");
        p.locator("input[name=q]").fill("アオキ");
        assertThat(p).hasURL(Pattern.compile(".*q=.*"));
        shoot(p, p.navigate("/admin/users"), lang, onPhone, prefix + "10-users");

        if (everything) {
            shoot(p, p.navigate("/admin/users/" + created.id()), lang, onPhone, prefix + "11-user-edit");

            p.navigate("/admin/teams/new");
            p.locator("#name").fill(("ja".equals(lang) ? "東京営業部" : "Tokyo sales ") + tag);
            p.locator("#managerId").selectOption(new SelectOption().setValue(created.id()));
            p.locator("#m-" + created.id()).check();
            shoot(p, null, lang, onPhone, prefix + "12-team-new");
            p.locator("form button[type=submit].btn-primary").click();
            assertThat(p.locator("[data-testid=flash]")).isVisible();
            shoot(p, p.navigate("/admin/teams"), lang, onPhone, prefix + "13-teams");
        }

        shoot(p, p.navigate("/admin/audit"), lang, onPhone, prefix + "14-audit");
        if (everything) {
            p.locator("[data-testid=audit-list] details summary").first().click();
            shoot(p, null, lang, onPhone, prefix + "15-audit-changes");
        }
        shoot(p, p.navigate("/settings"), lang, onPhone, prefix + "16-settings");
        if (everything) {
            shoot(p, p.navigate("/settings/password"), lang, onPhone, prefix + "17-password");
        }
        p.navigate("/settings/tokens");
        p.locator("[data-testid=token-form] #name").fill("ja".equals(lang) ? "見積もり連携スクリプト" : "Quote sync script");
        p.locator("[data-testid=create-token]").click();
        assertThat(p.locator("[data-testid=issued-token]")).isVisible();
        shoot(p, null, lang, onPhone, prefix + "18-tokens");

        if (everything) {
            Response notFound = p.navigate("/admin/users/" + UUID.randomUUID());
            soft.assertThat(notFound.status()).as("unknown user").isEqualTo(404);
            shoot(p, null, lang, onPhone, prefix + "19-not-found");
            Page viewer = newContext(options).newPage();
            TestAccounts.Account viewerAccount = accounts.create(PermissionLevel.VIEWER);
            signIn(viewer, viewerAccount);
            Response forbidden = viewer.navigate("/admin/users");
            soft.assertThat(forbidden.status()).as("viewer on users").isEqualTo(403);
            shoot(viewer, null, lang, onPhone, prefix + "20-forbidden");
        }

        // The customer master: its lists with conditions and columns, the form, the custom fields page.
        shoot(p, p.navigate("/customers?filter%5Bstatus%5D=customer&cf=prefecture&co=eq&cv="
                + java.net.URLEncoder.encode("東京都", java.nio.charset.StandardCharsets.UTF_8)
                + "&cols=area&cols=phone&cols=status&cols=employeeCount"), lang, onPhone, prefix + "21-customers-conditions");
        shoot(p, p.navigate("/customers/new"), lang, onPhone, prefix + "22-customer-new");
        shoot(p, p.navigate("/activities/new"), lang, onPhone, prefix + "25-log-activity");
        shoot(p, p.navigate("/activities/follow-ups"), lang, onPhone, prefix + "26-follow-ups");
        shoot(p, p.navigate("/compliance"), lang, onPhone, prefix + "27-compliance");
        if (everything) {
            shoot(p, p.navigate("/admin/activity-options"), lang, onPhone, prefix + "28-activity-options");
            shoot(p, p.navigate("/admin/custom-fields"), lang, onPhone, prefix + "23-custom-fields");
            shoot(p, p.navigate("/customers/duplicates"), lang, onPhone, prefix + "24-duplicates");
        }

        Files.write(SCREENSHOTS.resolve("tap-targets-" + lang + "-" + device + ".txt"), tapTargets);
        soft.assertAll();
    }

    /** Checks what every page must get right, then takes the screenshot. */
    private void shoot(Page p, Response response, String lang, boolean onPhone, String name) {
        if (response != null) {
            soft.assertThat(response.status()).as("HTTP status of %s", name).isEqualTo(200);
        }
        p.waitForLoadState();
        soft.assertThat(p.locator("html").getAttribute("lang")).as("language of %s", name).isEqualTo(lang);
        String text = p.locator("body").innerText();
        soft.assertThat(text).as("untranslated message keys on %s", name).doesNotContain("??");
        soft.assertThat(text).as("error page instead of %s", name).doesNotContain("エラーが発生しました")
                .doesNotContain("Something went wrong");
        String visibleNav = String.join("\n", p.locator(".app-header, main").allInnerTexts());
        for (String phrase : "ja".equals(lang) ? ENGLISH_ON_JAPANESE : JAPANESE_ON_ENGLISH) {
            if (!name.contains("login")) {
                soft.assertThat(visibleNav).as("%s shows other-language text", name)
                        .doesNotContainPattern(Pattern.compile("(^|\\s)" + Pattern.quote(phrase) + "(\\s|$)"));
            }
        }
        if (onPhone) {
            int scrollWidth = ((Number) p.evaluate("() => document.documentElement.scrollWidth")).intValue();
            soft.assertThat(scrollWidth).as("width of %s on a phone", name).isLessThanOrEqualTo(PHONE_WIDTH + 1);
            recordSmallTapTargets(p, name);
        }
        screenshot(p, name);
    }

    @SuppressWarnings("unchecked")
    private void recordSmallTapTargets(Page p, String name) {
        var small = (List<Map<String, Object>>) p.evaluate("""
                () => [...document.querySelectorAll('a, button, input, select, summary, [role=button]')]
                  .filter(e => e.type !== 'hidden' && e.offsetParent !== null)
                  .map(e => ({el: e, r: e.getBoundingClientRect()}))
                  .filter(x => x.r.width > 0 && (x.r.height < 24 || x.r.width < 24))
                  .map(x => ({tag: x.el.tagName.toLowerCase(), text: (x.el.innerText || x.el.value || x.el.getAttribute('aria-label') || x.el.id || '').trim().slice(0, 40),
                              w: Math.round(x.r.width), h: Math.round(x.r.height)}))
                """);
        for (var target : small) {
            tapTargets.add(name + ": <" + target.get("tag") + "> \"" + target.get("text") + "\" " + target.get("w") + "x"
                    + target.get("h"));
        }
    }
}
