package dev.kizuna.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import dev.kizuna.identity.PermissionLevel;
import org.junit.jupiter.api.Test;

/**
 * An administrator adds a custom field; a rep fills it in on the customer form, finds customers by it with the
 * list's condition builder, shows it as a column, saves the list as a view, and tags and deletes in bulk.
 */
class CustomListsBrowserTest extends BrowserTest {

    @Test
    void aCustomFieldIsFilledInFilteredByShownAsAColumnAndSavedInAView() {
        String label = unique("取引区分");
        Page admin = newContext(desktop()).newPage();
        signIn(admin, accounts.create(PermissionLevel.ADMIN));
        admin.navigate("/admin/custom-fields");
        admin.locator("#label").fill(label);
        admin.locator("#labelEn").fill("Channel");
        admin.locator("#type").selectOption("SINGLE_CHOICE");
        admin.locator("#options").fill("直販\n代理店\nEC");
        admin.locator("[data-testid=create-custom-field]").click();
        assertThat(admin.locator("[data-testid=flash]")).containsText(label);
        assertThat(admin.locator("[data-testid=custom-fields-table]")).containsText("直販 / 代理店 / EC");
        screenshot(admin, "ja-desktop-40-custom-fields");

        signIn(page, accounts.create(PermissionLevel.MANAGER));
        String prefix = unique("区分テスト");
        for (String[] c : new String[][] {{"株式会社" + prefix + "直販", "直販"}, {"株式会社" + prefix + "代理", "代理店"}}) {
            page.navigate("/customers/new");
            page.locator("#name").fill(c[0]);
            page.getByLabel(label).selectOption(c[1]);
            save(page);
            assertThat(page.locator("[data-testid=customer-name]")).hasText(c[0]);
            assertThat(page.locator(".detail-list")).containsText(c[1]);
        }

        page.navigate("/customers");
        page.locator("[data-testid=customer-search]").fill(prefix);
        assertThat(page.locator("[data-testid=customer-count]")).hasText("2件");
        htmxSwap(page, "/customers/condition", () -> page.locator("[data-testid=add-condition]").click());
        htmxSwap(page, "/customers/condition?cf=", () -> page.locator("[data-testid=condition-row] select[name=cf]").selectOption(new SelectOption().setLabel(label)));
        // The row comes back with the field's own choices as the value input.
        page.locator("[data-testid=condition-row] select[name=cv]").selectOption("代理店");
        assertThat(page.locator("[data-testid=customer-count]")).hasText("1件");
        assertThat(page.locator("[data-testid=customers-table] tbody tr")).hasCount(1);
        assertThat(page.locator("[data-testid=customers-table] tbody")).containsText(prefix + "代理");

        page.locator("[data-testid=choose-columns]").click();
        page.getByLabel(label, new Page.GetByLabelOptions().setExact(true)).last().check();
        assertThat(page.locator("[data-testid=customers-table] thead")).containsText(label);
        assertThat(page.locator("[data-testid=customers-table] tbody")).containsText("代理店");
        screenshot(page, "ja-desktop-41-customers-custom-filter");

        page.locator("[data-testid=save-view]").click();
        String view = unique("代理店の顧客");
        page.locator("#view-name").fill(view);
        page.locator("#view-shared").check();
        page.locator("#view-name").press("Enter");
        assertThat(page.locator("[data-testid=flash]")).containsText(view);
        assertThat(page.locator("[data-testid=views-bar] .nav-link.active")).containsText(view);
        assertThat(page.locator("[data-testid=customers-table] tbody tr")).hasCount(1);
        assertThat(page.locator("[data-testid=customers-table] thead")).containsText(label);

        // Another rep opens the shared view and gets the same list.
        Page other = newContext(phone()).newPage();
        signIn(other, accounts.create(PermissionLevel.MEMBER));
        other.navigate("/customers");
        other.locator("[data-testid=views-bar]").getByText(view).click();
        assertThat(other.locator("[data-testid=customers-table] tbody tr")).hasCount(1);
        assertThat(other.locator("[data-testid=customers-table] tbody")).containsText(prefix + "代理");
        assertNoHorizontalScroll(other, 375);
        screenshot(other, "ja-phone-41-customers-view");
    }

    /** Saves the customer form, confirming "a different customer" when the similar names raise the duplicate warning. */
    private static void save(Page page) {
        page.locator("[data-testid=save]").click();
        page.waitForLoadState();
        if (page.locator("[data-testid=duplicate-warning]").count() > 0) {
            page.locator("#notDuplicate").check();
            page.locator("[data-testid=save]").click();
        }
    }

    @Test
    void ticksCustomersThenTagsThemAndDeletesThemAfterConfirming() {
        signIn(page, accounts.create(PermissionLevel.MANAGER));
        String prefix = unique("一括テスト");
        for (String suffix : new String[] {"一", "二", "三"}) {
            page.navigate("/customers/new");
            page.locator("#name").fill(prefix + suffix);
            save(page);
            assertThat(page.locator("[data-testid=customer-name]")).hasText(prefix + suffix);
        }
        page.navigate("/customers");
        page.locator("[data-testid=customer-search]").fill(prefix);
        assertThat(page.locator("[data-testid=customer-count]")).hasText("3件");
        page.locator("[data-check-all=ids]").check();
        page.locator("[data-testid=bulk-bar] input[name=tag]").fill("年末挨拶");
        page.locator("[data-testid=bulk-tag]").click();
        assertThat(page.locator("[data-testid=flash]")).containsText("3件");

        page.navigate("/customers?filter%5Btag%5D=" + java.net.URLEncoder.encode("年末挨拶", java.nio.charset.StandardCharsets.UTF_8)
                + "&q=" + java.net.URLEncoder.encode(prefix, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(page.locator("[data-testid=customers-table] tbody tr")).hasCount(3);
        page.locator("[data-testid=customers-table] tbody input[name=ids]").first().check();
        page.locator("[data-testid=customers-table] tbody input[name=ids]").nth(1).check();
        page.locator("[data-testid=bulk-delete]").click();
        assertThat(page.locator("[data-testid=delete-confirmation]")).containsText("2件");
        screenshot(page, "ja-desktop-42-customers-delete-confirmation");
        page.locator("[data-testid=confirm-delete]").click();
        assertThat(page.locator("[data-testid=flash]")).containsText("2件の顧客を削除しました");
        assertThat(page.locator("[data-testid=customers-table] tbody tr")).hasCount(1);
    }

    /** API clients write filter[field]=value with raw brackets, as the docs do; the server must not refuse them. */
    @Test
    void rawBracketsInAListQueryReachTheApplication() throws Exception {
        try (var socket = new java.net.Socket("localhost", port)) {
            socket.getOutputStream().write(("GET /api/v1/companies?filter[status]=customer HTTP/1.1\r\nHost: localhost\r\n"
                    + "Connection: close\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String statusLine = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    java.nio.charset.StandardCharsets.US_ASCII)).readLine();
            // 401: the application answered (no token); Tomcat's own refusal of the brackets would be 400.
            org.assertj.core.api.Assertions.assertThat(statusLine).startsWith("HTTP/1.1 401");
        }
    }
}
