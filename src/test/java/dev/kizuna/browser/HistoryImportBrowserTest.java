package dev.kizuna.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import dev.kizuna.platform.table.FileFormats;
import dev.kizuna.identity.PermissionLevel;
import org.junit.jupiter.api.Test;

/**
 * A manager moving a customer's call history from the old system: picks 活動履歴, uploads the Shift_JIS file, sees
 * that history is only added, dry-runs it (one row names a channel Kizuna does not have), imports it and finds the
 * calls on the customer's timeline; then undoes it. On a desktop in Japanese and on a phone in English.
 */
class HistoryImportBrowserTest extends BrowserTest {

    private static final LocatorAssertions.HasTextOptions LONG = new LocatorAssertions.HasTextOptions().setTimeout(60_000);

    private void importHistory(Page page, boolean japanese, String shotPrefix, int width) throws Exception {
        var manager = accounts.create(PermissionLevel.MANAGER);
        if (!japanese) {
            jdbc.sql("update app_user set locale = 'en' where id = ?").param(manager.id()).update();
        }
        String company = unique("株式会社履歴商会");
        String companyId = JsonPath.read(api(accounts.token(manager), "/api/v1/companies",
                "{\"name\":\"" + company + "\",\"nameKana\":\"リレキショウカイ\"}"), "$.id");
        String csv = "会社名,日時,手段,種別,結果,内容\r\n"
                + company + ",2026/11/2 10:00,電話,商品問い合わせ,不通,留守電に伝言\r\n"
                + company + ",2026/11/2 15:30,電話,商品問い合わせ,通話,\"見積の依頼\r\n来週中に送付\"\r\n"
                + company + ",2026/11/3 9:00,伝書鳩,商品問い合わせ,,届かず\r\n";
        Path file = Files.createTempFile("対応履歴-", ".csv");
        Files.write(file, csv.getBytes(FileFormats.CP932));

        signIn(page, manager);
        page.navigate("/imports");
        page.locator("[data-testid=object-type]").selectOption("activity");
        page.locator("#file").setInputFiles(file);
        page.locator("[data-testid=upload]").click();
        assertThat(page).hasURL(Pattern.compile(".*/imports/[0-9a-f-]{36}$"));
        String importUrl = page.url();
        assertThat(page.locator("[data-testid=target-0]")).hasValue("companyName");
        assertThat(page.locator("[data-testid=target-1]")).hasValue("occurredAt");
        assertThat(page.locator("[data-testid=target-2]")).hasValue("channel");
        assertThat(page.locator("[data-testid=target-4]")).hasValue("outcome");
        assertThat(page.locator("[data-testid=history-note]")).isVisible();
        assertThat(page.locator("#mode")).hasCount(0);
        if (width > 0) {
            assertNoHorizontalScroll(page, width);
        }
        screenshot(page, shotPrefix + "-mapping");

        page.locator("[data-testid=dry-run]").click();
        assertThat(page.locator("[data-testid=import-status]")).hasText(japanese ? "テスト実行が終わりました" : "Dry run finished", LONG);
        assertThat(page.locator("[data-testid=count-created]")).hasText("2");
        assertThat(page.locator("[data-testid=count-failed]")).hasText("1");
        assertThat(page.locator("[data-testid=errors]")).containsText("伝書鳩");
        assertThat(page.locator("[data-testid=errors]")).containsText(japanese ? "選択肢にありません" : "not one of the choices");
        screenshot(page, shotPrefix + "-dry-run");

        page.locator("[data-testid=start]").click();
        assertThat(page.locator("[data-testid=import-status]")).hasText(japanese ? "完了" : "Finished", LONG);
        assertThat(page.locator("[data-testid=count-created]")).hasText("2");
        if (width > 0) {
            assertNoHorizontalScroll(page, width);
        }
        screenshot(page, shotPrefix + "-done");

        page.navigate("/customers/" + companyId);
        assertThat(page.locator("body")).containsText("見積の依頼");
        assertThat(page.locator("body")).containsText("留守電に伝言");
        screenshot(page, shotPrefix + "-timeline");

        page.navigate(importUrl);
        page.onceDialog(dialog -> dialog.accept()); // "delete what this import created?"
        page.locator("[data-testid=undo]").click();
        assertThat(page.locator("[data-testid=import-status]")).hasText(japanese ? "取り消し済み" : "Undone");
        page.navigate("/customers/" + companyId);
        assertThat(page.locator("body")).not().containsText("見積の依頼");
    }

    @Test
    void onADesktopInJapanese() throws Exception {
        importHistory(page, true, "history-desktop-ja", 0);
    }

    @Test
    void onAPhoneInEnglish() throws Exception {
        importHistory(newContext(phone()).newPage(), false, "history-phone-en", PHONE_WIDTH);
    }
}
