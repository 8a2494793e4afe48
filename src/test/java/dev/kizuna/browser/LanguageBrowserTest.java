package dev.kizuna.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import dev.kizuna.identity.PermissionLevel;
import org.junit.jupiter.api.Test;

/** The header's language switch: Japanese by default, English on request, and it stays English. */
class LanguageBrowserTest extends BrowserTest {

    @Test
    void switchingToEnglishSticksAcrossReloadsPagesAndSigningOut() {
        var admin = accounts.create(PermissionLevel.ADMIN);
        signIn(page, admin);
        page.navigate("/admin/roles");
        var sidebar = page.locator("#sidebar");
        assertThat(page.locator("h1")).hasText("担当(役割)");
        assertThat(sidebar.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("ユーザー"))).isVisible();

        page.locator("[data-testid=language-switch]").click();

        // Back on the same page, now in English.
        assertThat(page).hasURL(Pattern.compile(".*/admin/roles$"));
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.locator("h1")).hasText("Job roles");
        assertThat(sidebar.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Users").setExact(true)))
                .isVisible();
        assertThat(sidebar).containsText("Settings");
        assertThat(page.locator("[data-testid=language-switch]")).hasText("日本語");

        page.reload();
        assertThat(page.locator("h1")).hasText("Job roles");

        sidebar.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Users").setExact(true)).click();
        assertThat(page).hasURL(Pattern.compile(".*/admin/users$"));
        assertThat(page.locator("h1")).hasText("Users");
        assertThat(page.locator("[data-testid=new-user]")).hasText("New user");
        assertThat(page.locator("input[name=q]")).hasAttribute("placeholder", "Search name, furigana or e-mail");

        // Signed out, the browser still remembers the choice.
        signOut(page);
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("You have signed out.");
        assertThat(page.locator("[data-testid=sign-in]")).hasText("Sign in");

        // And the choice is the user's: a new browser (Japanese) gets English after signing in.
        var otherBrowser = newContext(desktop()).newPage();
        otherBrowser.navigate("/login");
        assertThat(otherBrowser.locator("[data-testid=sign-in]")).hasText("ログイン");
        signIn(otherBrowser, admin);
        assertThat(otherBrowser.locator("h1")).hasText("Welcome, テスト ADMIN");

        // Switching back works as well.
        otherBrowser.locator("[data-testid=language-switch]").click();
        assertThat(otherBrowser.locator("h1")).hasText("テスト ADMINさん、おつかれさまです");
        assertThat(otherBrowser.locator("html")).hasAttribute("lang", "ja");
    }

    @Test
    void theSignInPageOffersBothLanguages() {
        page.navigate("/login");
        assertThat(page.locator("[data-testid=sign-in]")).hasText("ログイン");
        page.locator(".login-lang a[lang=en]").click();
        assertThat(page.locator("[data-testid=sign-in]")).hasText("Sign in");
        assertThat(page.locator("label[for=email]")).hasText("E-mail");
        page.navigate("/login");
        assertThat(page.locator("label[for=password]")).hasText("Password");
        page.locator(".login-lang a[lang=ja]").click();
        assertThat(page.locator("label[for=password]")).hasText("パスワード");
    }
}
