package dev.kizuna.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import dev.kizuna.identity.PermissionLevel;
import org.junit.jupiter.api.Test;

/** A new colleague signs in with the temporary password they were given and chooses their own. */
class FirstSignInBrowserTest extends BrowserTest {

    @Test
    void aNewUserMustChooseTheirOwnPasswordFirst() {
        var admin = accounts.create(PermissionLevel.ADMIN);
        String email = "suzuki-" + unique("") + "@example.co.jp";
        signIn(page, admin);
        var created = createUser(page, "鈴木 一郎", "スズキ イチロウ", email);

        var newcomer = newContext(desktop()).newPage();
        signIn(newcomer, email, created.temporaryPassword());
        assertThat(newcomer).hasURL(Pattern.compile(".*/settings/password$"));
        assertThat(newcomer.locator("[data-testid=must-change]"))
                .hasText("仮パスワードでログインしています。続けるには、ご自身のパスワードを設定してください。");

        // Nowhere else to go until it is done.
        newcomer.navigate("/");
        assertThat(newcomer).hasURL(Pattern.compile(".*/settings/password$"));

        // A mismatch is explained and nothing changes.
        var form = newcomer.locator("[data-testid=password-form]");
        form.locator("#currentPassword").fill(created.temporaryPassword());
        form.locator("#newPassword").fill("sakura-no-hana-2026");
        form.locator("#confirmPassword").fill("sakura-no-hana-2027");
        form.locator("[data-testid=save]").click();
        assertThat(newcomer.locator("#confirmPassword-error"))
                .hasText("新しいパスワード(確認)が新しいパスワードと一致しません。");

        form.locator("#currentPassword").fill(created.temporaryPassword());
        form.locator("#newPassword").fill("sakura-no-hana-2026");
        form.locator("#confirmPassword").fill("sakura-no-hana-2026");
        form.locator("[data-testid=save]").click();
        assertThat(newcomer.locator("[data-testid=flash]")).hasText("パスワードを変更しました。");
        assertThat(newcomer).hasURL(Pattern.compile(".*/settings$"));

        newcomer.navigate("/");
        assertThat(newcomer.locator("h1")).hasText("鈴木 一郎さん、おつかれさまです");

        // The new password is the one that works from now on.
        signOut(newcomer);
        newcomer.locator("#email").fill(email);
        newcomer.locator("#password").fill(created.temporaryPassword());
        newcomer.locator("[data-testid=sign-in]").click();
        assertThat(newcomer.locator("[data-testid=login-error]"))
                .hasText("メールアドレスまたはパスワードが正しくありません。");
        signIn(newcomer, email, "sakura-no-hana-2026");
        assertThat(newcomer.locator("h1")).hasText("鈴木 一郎さん、おつかれさまです");
    }
}
