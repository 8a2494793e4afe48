package dev.kizuna.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kizuna.identity.PermissionLevel;
import org.junit.jupiter.api.Test;

/** People who are not administrators neither see nor reach the administration pages. */
class PermissionsBrowserTest extends BrowserTest {

    @Test
    void aViewerGetsTheForbiddenPageAndNoAdministrationLinks() {
        var viewer = accounts.create(PermissionLevel.VIEWER);
        signIn(page, viewer);

        var sidebar = page.locator("#sidebar");
        assertThat(sidebar).containsText("ホーム");
        assertThat(sidebar).not().containsText("管理");
        assertThat(sidebar.locator("a[href^='/admin']")).hasCount(0);
        assertThat(page.locator("a[href^='/admin']")).hasCount(0);
        // a viewer's home has the read-only cards (issue 22) and none of a rep's own work
        assertThat(page.locator("[data-testid=home-card-stalledDeals]")).isVisible();
        assertThat(page.locator("[data-testid=home-card-myTasks]")).hasCount(0);

        for (String path : new String[] {"/admin/users", "/admin/users/new", "/admin/roles", "/admin/audit"}) {
            var response = page.navigate(path);
            assertThat(response.status()).as(path).isEqualTo(403);
            var error = page.locator("[data-testid=error-page]");
            assertThat(error.locator("h1")).hasText("権限がありません");
            assertThat(error).containsText("あなたの権限ではこの操作はできません。");
            assertThat(page.locator("[data-testid=users-table]")).hasCount(0);
            assertThat(page.locator("a[href^='/admin']")).hasCount(0);
        }
        page.locator("[data-testid=error-page] a").click();
        assertThat(page.locator("h1")).hasText("テスト VIEWERさん、おつかれさまです");
    }

    @Test
    void aMemberCannotReachTheAdministrationPagesEither() {
        var member = accounts.create(PermissionLevel.MEMBER);
        signIn(page, member);
        var response = page.navigate("/admin/teams");
        assertThat(response.status()).isEqualTo(403);
        assertThat(page.locator("[data-testid=error-page] h1")).hasText("権限がありません");
        assertThat(page.locator("#sidebar")).not().containsText("チーム");
    }
}
