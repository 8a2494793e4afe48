package dev.kizuna.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.support.TestAccounts;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Seed 000's hand-off: the repeat rep puts a task on 【倉庫】リピート×未使用 from the customer's page; customer success
 * finds it among the tasks nobody has taken, takes it, ticks off the checklist and moves it across the board by
 * dragging (desktop) or the arrows (phone) — in Japanese and English, at 1280 and 375 px, never scrolling sideways.
 */
class WorkBrowserTest extends BrowserTest {


    @ParameterizedTest(name = "{0} on a {1} screen")
    @CsvSource({"ja, desktop", "en, desktop", "ja, phone", "en, phone"})
    void aTaskIsHandedOverTakenCheckedOffAndMovedAcrossTheBoard(String lang, String screen) throws Exception {
        boolean ja = "ja".equals(lang);
        boolean phone = "phone".equals(screen);
        TestAccounts.Account admin = accounts.create(PermissionLevel.ADMIN);
        TestAccounts.Account repeat = accounts.create(PermissionLevel.MEMBER);
        TestAccounts.Account success = accounts.create(PermissionLevel.MEMBER);
        jdbc.sql("update app_user set locale = ? where id in (?, ?)").params(lang, repeat.id(), success.id()).update();
        String suffix = unique("");
        String token = accounts.token(admin);
        String roleId = JsonPath.read(api(token, "/api/v1/roles", "{\"name\":\"カスタマーサクセス" + suffix + "\"}"), "$.id");
        jdbc.sql("insert into user_job_role (user_id, role_id) values (?, ?)").params(success.id(), UUID.fromString(roleId))
                .update();
        String boardName = "【倉庫】リピート×未使用" + suffix;
        String boardId = JsonPath.read(api(token, "/api/v1/boards", "{\"name\":\"" + boardName + "\",\"roleIds\":[\""
                + roleId + "\"]}"), "$.id");
        UUID company = UUID.randomUUID();
        jdbc.sql("insert into company (id, kind, name, name_kana, status, owner_id) values (?, 'company', ?, 'イタショウジ', 'customer', ?)")
                .params(company, "株式会社板商事" + suffix, repeat.id()).update();

        Page p = phone ? newContext(phone()).newPage() : page;
        int width = phone ? PHONE_WIDTH : 1280;
        signIn(p, repeat);
        p.navigate("/customers/" + company);
        p.locator("[data-testid=new-task-for-customer]").click();
        String title = "請求書発行済み：名刺100枚リピート" + suffix;
        p.locator("#boardId").selectOption(boardId);
        p.locator("#title").fill(title);
        p.locator("#dueInBusinessDays").fill("2");
        p.locator("#checklist").fill("アカウントを確認、なければ作成\nアイテムをすべて登録");
        assertNoHorizontalScroll(p, width);
        p.locator("[data-testid=save-task]").click();
        assertThat(p.locator("[data-testid=task-title]")).hasText(title);
        assertThat(p.locator("[data-testid=task-owner]")).containsText("カスタマーサクセス" + suffix);
        signOut(p);

        // Customer success: among the tasks nobody has taken, takes it.
        signIn(p, success);
        p.navigate("/tasks?view=unowned");
        p.locator("[data-testid=task-row] a").filter(new Locator.FilterOptions().setHasText(title)).click();
        p.locator("[data-testid=take-task]").click();
        assertThat(p.locator("[data-testid=task-status]")).hasText(ja ? "対応中" : "Doing");
        p.locator("[data-testid=check-item]").first().click();
        assertThat(p.locator("[data-testid=checklist] .text-decoration-line-through")).hasCount(1);

        // The order sheet the requester would have attached: added, listed, then a wrong file refused by name.
        p.locator("#files").setInputFiles(new com.microsoft.playwright.options.FilePayload("受注票_名刺100枚.pdf",
                "application/pdf", "%PDF-1.4\n受注票\n%%EOF".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        p.locator("[data-testid=add-files]").click();
        assertThat(p.locator("[data-testid=task-attachment]")).hasCount(1);
        assertThat(p.locator("[data-testid=task-attachment] a")).hasText("受注票_名刺100枚.pdf");
        assertThat(p.locator("[data-testid=task-history]")).containsText(ja ? "ファイル追加" : "File added");
        p.locator("#files").setInputFiles(new com.microsoft.playwright.options.FilePayload("setup.exe",
                "application/x-msdownload", new byte[] {77, 90}));
        p.locator("[data-testid=add-files]").click();
        assertThat(p.locator("[data-testid=flash]")).containsText("setup.exe");
        assertThat(p.locator("[data-testid=task-attachment]")).hasCount(1);
        assertNoHorizontalScroll(p, width);
        screenshot(p, lang + "-" + screen + "-work-task");
        // Removing asks first, naming the file; dismissed, nothing goes; accepted, the file goes.
        String[] asked = new String[1];
        p.onceDialog(d -> { asked[0] = d.message(); d.dismiss(); });
        p.locator("[data-testid=remove-file]").click();
        assertThat(p.locator("[data-testid=task-attachment]")).hasCount(1);
        org.assertj.core.api.Assertions.assertThat(asked[0]).contains("受注票_名刺100枚.pdf");
        p.onceDialog(d -> d.accept());
        p.locator("[data-testid=remove-file]").click();
        assertThat(p.locator("[data-testid=task-attachment]")).hasCount(0);
        p.navigate("/tasks");
        assertThat(p.locator("[data-testid=task-list]")).containsText(title);

        // On the board: to 完了 by drag (desktop) or the arrow (phone), then back by keyboard.
        p.navigate("/boards/" + boardId);
        Locator card = p.locator("[data-testid=task-card]").filter(new Locator.FilterOptions().setHasText(title));
        assertThat(p.locator("[data-testid=column-doing] [data-testid=task-card]")).containsText(title);
        assertNoHorizontalScroll(p, width);
        if (phone) {
            card.locator("[data-testid=move-forward]").tap();
        } else {
            card.dragTo(p.locator("[data-testid=column-done]"));
        }
        assertThat(p.locator("[data-testid=column-done] [data-testid=task-card]")).containsText(title);
        assertThat(p.locator("[data-testid=column-doing] [data-testid=column-count]")).hasText("0");
        // Once the board is redrawn the focus comes back to the moved card; Shift+Tab reaches its ← button.
        assertThat(card.locator("[data-testid=move-forward]")).isFocused();
        p.keyboard().press("Shift+Tab");
        assertThat(card.locator("[data-testid=move-back]")).isFocused();
        p.keyboard().press("Enter");
        assertThat(p.locator("[data-testid=column-doing] [data-testid=task-card]")).containsText(title);
        assertNoHorizontalScroll(p, width);
        screenshot(p, lang + "-" + screen + "-work-board");

        // The customer's page lists the task and its timeline the hand-off.
        p.navigate("/customers/" + company);
        assertThat(p.locator("[data-testid=tasks-panel]")).containsText(title);
        assertNoHorizontalScroll(p, width);
    }
}
