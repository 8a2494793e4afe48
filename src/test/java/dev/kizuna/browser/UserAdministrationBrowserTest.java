package dev.kizuna.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import dev.kizuna.identity.PermissionLevel;
import org.junit.jupiter.api.Test;

/** An administrator adds a job role and a colleague who holds it, finds them in the list and in the audit log. */
class UserAdministrationBrowserTest extends BrowserTest {

    @Test
    void anAdministratorCreatesARoleAndAUserWhoHoldsIt() {
        var admin = accounts.create(PermissionLevel.ADMIN);
        String tag = unique("");
        String role = "新規開拓" + tag;
        String email = "takahashi-" + tag + "@example.co.jp";
        signIn(page, admin);

        createRole(page, role, "新しいお客さまへの最初の連絡");
        assertThat(page.locator("[data-testid=flash]")).hasText("担当「" + role + "」を追加しました。");

        page.navigate("/admin/users");
        page.locator("[data-testid=new-user]").click();
        assertThat(page).hasURL(Pattern.compile(".*/admin/users/new$"));
        assertThat(page.locator("h1")).hasText("ユーザーを追加");
        var created = createUser(page, "高橋 美咲", "タカハシ ミサキ", email, role);

        assertThat(page.locator("[data-testid=flash]")).hasText("高橋 美咲さんを追加しました。");
        assertThat(page.locator("[data-testid=temporary-password]"))
                .containsText("この仮パスワードを本人に伝えてください。表示は今回かぎりです。");
        assertThat(page.getByLabel(role, new com.microsoft.playwright.Page.GetByLabelOptions().setExact(true)))
                .isChecked();
        // Shown once: reloading the page does not show it again.
        page.reload();
        assertThat(page.locator("h1")).containsText("高橋 美咲");
        assertThat(page.locator("[data-testid=temporary-password]")).isHidden();

        // The list, filtered by typing in the search box (htmx swaps the results, the address follows).
        page.navigate("/admin/users");
        page.locator("input[name=q]").fill(tag);
        assertThat(page).hasURL(Pattern.compile(".*/admin/users\\?.*q=" + tag + ".*"));
        Locator rows = page.locator("[data-testid=users-table] tbody tr");
        assertThat(rows).hasCount(1);
        assertThat(rows.first()).containsText("高橋 美咲");
        assertThat(rows.first()).containsText("タカハシ ミサキ");
        assertThat(rows.first()).containsText(email);
        assertThat(rows.first()).containsText(role);
        assertThat(rows.first().locator(".level-badge")).hasText("メンバー");

        // Something nobody matches: the list says so.
        page.locator("input[name=q]").fill(tag + "-nobody");
        assertThat(page.locator("[data-testid=users-empty]")).hasText("条件に合うデータはありません。");

        // The role filter finds the one holder too.
        page.navigate("/admin/users");
        page.locator("select[name=role]").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel(role));
        assertThat(rows).hasCount(1);
        assertThat(rows.first()).containsText("高橋 美咲");

        // The audit log shows who created whom.
        page.navigate("/admin/audit?actor=" + admin.id());
        page.locator("select[name=action]").selectOption("user.");
        assertThat(page).hasURL(Pattern.compile(".*action=user\\..*"));
        Locator entry = page.locator("[data-testid=audit-list] > li")
                .filter(new Locator.FilterOptions().setHas(page.locator("a[href='/admin/users/" + created.id() + "']")));
        assertThat(entry).hasCount(1);
        assertThat(entry.locator(".audit-action")).hasText("ユーザー追加");
        assertThat(entry).containsText("テスト ADMIN");
        entry.locator("summary").click();
        Locator emailRow = entry.locator(".audit-changes tr").filter(new Locator.FilterOptions().setHasText("メールアドレス"));
        assertThat(emailRow).containsText(email);
        // Role creation is there too, under its own name.
        page.navigate("/admin/audit?actor=" + admin.id());
        assertThat(page.locator("[data-testid=audit-list] .audit-action").filter(
                new Locator.FilterOptions().setHasText("担当の追加"))).hasCount(1);
    }

    @Test
    void deactivatingAUserAsksFirst() {
        var admin = accounts.create(PermissionLevel.ADMIN);
        var member = accounts.create(PermissionLevel.MEMBER);
        signIn(page, admin);
        page.navigate("/admin/users/" + member.id());
        AtomicReference<String> question = new AtomicReference<>();

        page.onceDialog(dialog -> {
            question.set(dialog.message());
            dialog.dismiss();
        });
        page.locator("[data-testid=deactivate]").click();
        assertThat(page.locator("[data-testid=deactivate]")).isVisible();
        assertThat(question.get()).isEqualTo("テスト MEMBERさんを無効にしますか?すべての端末からログアウトされます。");
        assertThat(page.locator("[data-testid=flash]")).hasCount(0);

        page.onceDialog(dialog -> dialog.accept());
        page.locator("[data-testid=deactivate]").click();
        assertThat(page.locator("[data-testid=flash]"))
                .hasText("テスト MEMBERさんを無効にし、すべての端末からログアウトさせました。");
        assertThat(page.locator("h1 .badge")).hasText("無効");
        assertThat(page.locator("[data-testid=reactivate]")).isVisible();
    }
}
