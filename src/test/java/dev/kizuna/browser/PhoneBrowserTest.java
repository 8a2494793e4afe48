package dev.kizuna.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.kizuna.identity.PermissionLevel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** On a phone (375 px wide, touch): the menu folds away, forms still work and nothing scrolls sideways. */
class PhoneBrowserTest extends BrowserTest {

    private Page phone;

    @BeforeEach
    void openPhone() {
        phone = newContext(phone()).newPage();
    }

    @Test
    void anAdministratorAddsAColleagueFromAPhone() {
        var admin = accounts.create(PermissionLevel.ADMIN);
        phone.navigate("/login");
        assertNoHorizontalScroll(phone, PHONE_WIDTH);
        signIn(phone, admin);
        assertNoHorizontalScroll(phone, PHONE_WIDTH);

        // The sidebar is folded away behind the menu button.
        var sidebar = phone.locator("#sidebar");
        var menu = phone.locator("button[data-bs-toggle=offcanvas]");
        assertThat(menu).isVisible();
        assertThat(menu).hasAttribute("aria-label", "メニューを開く");
        assertThat(sidebar).not().isInViewport();

        menu.tap();
        assertThat(sidebar).hasClass(Pattern.compile(".*\\bshow\\b.*"));
        var usersLink = sidebar.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("ユーザー"));
        usersLink.scrollIntoViewIfNeeded(); // the menu scrolls: it is taller than the phone
        assertThat(usersLink).isInViewport();
        usersLink.tap();

        assertThat(phone).hasURL(Pattern.compile(".*/admin/users$"));
        assertThat(phone.locator("h1")).hasText("ユーザー");
        assertThat(phone.locator("#sidebar")).not().isInViewport();
        assertNoHorizontalScroll(phone, PHONE_WIDTH);

        phone.locator("[data-testid=new-user]").tap();
        assertThat(phone).hasURL(Pattern.compile(".*/admin/users/new$"));
        assertNoHorizontalScroll(phone, PHONE_WIDTH);
        // Fields take the full width of the screen, one under the other.
        double emailWidth = phone.locator("#email").boundingBox().width;
        org.assertj.core.api.Assertions.assertThat(emailWidth).as("e-mail field width").isGreaterThan(280);

        phone.locator("[data-testid=save]").tap();
        assertThat(phone.locator("#displayName-error")).hasText("氏名を入力してください。");
        assertNoHorizontalScroll(phone, PHONE_WIDTH);

        String email = "nakano-" + unique("") + "@example.co.jp";
        phone.locator("#displayName").fill("中野 由美");
        phone.locator("#nameKana").fill("ナカノ ユミ");
        phone.locator("#email").fill(email);
        phone.locator("#level").selectOption("VIEWER");
        phone.locator("[data-testid=save]").tap();
        assertThat(phone.locator("[data-testid=flash]")).hasText("中野 由美さんを追加しました。");
        assertThat(phone.locator("[data-testid=temporary-password] code")).hasText(Pattern.compile("\\S{16}"));
        assertThat(phone.locator("[data-testid=temporary-password] code")).isInViewport();
        assertNoHorizontalScroll(phone, PHONE_WIDTH);

        // Back in the list the e-mail shows under the name (the e-mail column is hidden on phones).
        phone.navigate("/admin/users");
        phone.locator("input[name=q]").fill(email);
        var rows = phone.locator("[data-testid=users-table] tbody tr");
        assertThat(rows).hasCount(1);
        assertThat(rows.first().locator("td").first()).containsText(email);
        assertThat(rows.first()).containsText("閲覧のみ");
        assertNoHorizontalScroll(phone, PHONE_WIDTH);
    }

    @Test
    void everyPageFitsThePhoneScreen() {
        var admin = accounts.create(PermissionLevel.ADMIN);
        signIn(phone, admin);
        for (String path : new String[] {"/", "/admin/users", "/admin/users/new", "/admin/roles", "/admin/teams",
                "/admin/teams/new", "/admin/audit", "/settings", "/settings/password", "/settings/tokens",
                "/admin/users/" + admin.id()}) {
            var response = phone.navigate(path);
            org.assertj.core.api.Assertions.assertThat(response.status()).as(path).isEqualTo(200);
            assertThat(phone.locator("main h1")).isVisible();
            assertThat(phone.locator("[data-testid=error-page]")).hasCount(0);
            assertNoHorizontalScroll(phone, PHONE_WIDTH);
        }
    }
}
