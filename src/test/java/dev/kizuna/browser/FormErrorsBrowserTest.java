package dev.kizuna.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import dev.kizuna.identity.PermissionLevel;
import org.junit.jupiter.api.Test;

/** A form sent with mistakes comes back with everything still typed in and a Japanese note at each field. */
class FormErrorsBrowserTest extends BrowserTest {

    @Test
    void aNewUserWithoutANameAndWithABadEmailKeepsWhatWasTyped() {
        var admin = accounts.create(PermissionLevel.ADMIN);
        String role = "サポート" + unique("");
        signIn(page, admin);
        createRole(page, role, "");

        page.navigate("/admin/users/new");
        var form = page.locator("[data-testid=user-form]");
        form.locator("#nameKana").fill("ヤマダ タロウ");
        form.locator("#email").fill("yamada-at-example");
        form.locator("#level").selectOption("MANAGER");
        form.locator("#locale").selectOption(new SelectOption().setLabel("English"));
        form.locator("#timeZone").selectOption("Asia/Bangkok");
        form.getByLabel(role, new com.microsoft.playwright.Locator.GetByLabelOptions().setExact(true)).check();
        form.locator("[data-testid=save]").click();

        assertThat(page.locator("[data-testid=form-errors] > span"))
                .hasText("入力内容に2件の誤りがあります。下の項目を確認してください。");
        assertThat(page.locator("#displayName")).hasClass(Pattern.compile(".*\\bis-invalid\\b.*"));
        assertThat(page.locator("#displayName-error")).hasText("氏名を入力してください。");
        assertThat(page.locator("#displayName")).hasAttribute("aria-describedby", "displayName-error");
        assertThat(page.locator("#email")).hasClass(Pattern.compile(".*\\bis-invalid\\b.*"));
        assertThat(page.locator("#email-error"))
                .hasText("メールアドレスは name@example.co.jp のような形式で入力してください。");
        // The message sits right under its field.
        assertThat(page.locator("#email + .invalid-feedback")).isVisible();

        // Nothing has to be typed again.
        assertThat(page.locator("#email")).hasValue("yamada-at-example");
        assertThat(page.locator("#nameKana")).hasValue("ヤマダ タロウ");
        assertThat(page.locator("#nameKana")).not().hasClass(Pattern.compile(".*\\bis-invalid\\b.*"));
        assertThat(page.locator("#level")).hasValue("MANAGER");
        assertThat(page.locator("#locale")).hasValue("en");
        assertThat(page.locator("#timeZone")).hasValue("Asia/Bangkok");
        assertThat(page.getByLabel(role, new Page.GetByLabelOptions().setExact(true))).isChecked();

        // Put right, it saves.
        page.locator("#displayName").fill("山田 太郎");
        page.locator("#email").fill("yamada-" + unique("") + "@example.co.jp");
        page.locator("[data-testid=save]").click();
        assertThat(page.locator("[data-testid=flash]")).hasText("山田 太郎さんを追加しました。");
        assertThat(page.locator("#level")).hasValue("MANAGER");
    }

    @Test
    void furiganaMustBeKana() {
        var admin = accounts.create(PermissionLevel.ADMIN);
        signIn(page, admin);
        page.navigate("/admin/users/new");
        page.locator("#displayName").fill("佐藤 花子");
        page.locator("#nameKana").fill("Sato Hanako");
        page.locator("#email").fill("sato-" + unique("") + "@example.co.jp");
        page.locator("[data-testid=save]").click();
        assertThat(page.locator("#nameKana-error")).hasText("フリガナはカタカナまたはひらがなで入力してください。");
        assertThat(page.locator("#nameKana")).hasValue("Sato Hanako");
        assertThat(page.locator("#displayName")).hasValue("佐藤 花子");
    }
}
