package dev.kizuna.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import dev.kizuna.identity.PermissionLevel;
import org.junit.jupiter.api.Test;

/** Signing in and out, in Japanese, the way an office worker does it every morning. */
class SignInBrowserTest extends BrowserTest {

    @Test
    void anAdministratorSignsInAndIsGreetedInJapanese() {
        var admin = accounts.create(PermissionLevel.ADMIN);
        page.navigate("/login");
        assertThat(page.locator("html")).hasAttribute("lang", "ja");
        assertThat(page).hasTitle("ログイン | Kizuna");
        assertThat(page.locator(".login-tagline")).hasText("お客さま、やりとり、引き継ぎを、ひとつの場所に。");
        assertThat(page.locator("label[for=remember-me]")).hasText("この端末でログインしたままにする");

        signIn(page, admin);

        assertThat(page).hasURL(Pattern.compile(".*/$"));
        assertThat(page.locator("h1")).hasText("テスト ADMINさん、おつかれさまです");
        // an administrator's home: this morning's daily report and the team's cards (issue 22), no empty welcome
        assertThat(page.locator("[data-testid=home-card-dailyReport] h2")).containsText("の日報");
        assertThat(page.locator("[data-testid=home-empty]")).hasCount(0);
        var sidebar = page.locator("#sidebar");
        assertThat(sidebar.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
                new com.microsoft.playwright.Locator.GetByRoleOptions().setName("ユーザー"))).isVisible();
        assertThat(sidebar).containsText("操作履歴");
        assertThat(page.locator("[data-testid=language-switch]")).hasText("English");
    }

    @Test
    void aWrongPasswordIsExplainedInJapaneseAndDoesNotSignIn() {
        var member = accounts.create(PermissionLevel.MEMBER);
        page.navigate("/login");
        page.locator("#email").fill(member.email());
        page.locator("#password").fill("wrong-password-123");
        page.locator("[data-testid=sign-in]").click();

        assertThat(page).hasURL(Pattern.compile(".*/login\\?error$"));
        assertThat(page.locator("[data-testid=login-error]"))
                .hasText("メールアドレスまたはパスワードが正しくありません。");
        page.navigate("/");
        assertThat(page).hasURL(Pattern.compile(".*/login$"));
        assertThat(page.locator("[data-testid=login-error]")).isHidden();
    }

    @Test
    void signingOutEndsTheSession() {
        var member = accounts.create(PermissionLevel.MEMBER);
        signIn(page, member);
        assertThat(page.locator("[data-testid=user-menu]")).containsText("テスト MEMBER");

        signOut(page);

        assertThat(page).hasURL(Pattern.compile(".*/login\\?logout$"));
        assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.STATUS)).hasText("ログアウトしました。");
        page.navigate("/settings");
        assertThat(page).hasURL(Pattern.compile(".*/login$"));
        assertThat(page.locator("[data-testid=sign-in]")).hasText("ログイン");
    }
}
