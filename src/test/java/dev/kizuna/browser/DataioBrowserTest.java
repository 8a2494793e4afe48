package dev.kizuna.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import dev.kizuna.platform.table.FileFormats;
import dev.kizuna.platform.table.TableReader;
import dev.kizuna.identity.PermissionLevel;
import org.junit.jupiter.api.Test;

/**
 * Someone moving from spreadsheets: uploads a Shift_JIS CSV saved by Excel, fixes one column's mapping, dry-runs
 * it (one row has a bad phone number), imports it while the progress bar moves, and exports the customers back to
 * an Excel workbook; on a desktop in Japanese and on a 375 px phone in English.
 */
class DataioBrowserTest extends BrowserTest {

    private static final LocatorAssertions.HasTextOptions LONG = new LocatorAssertions.HasTextOptions().setTimeout(60_000);

    private static Path customersFile(String prefix, int rows) throws Exception {
        StringBuilder csv = new StringBuilder("会社名,フリガナ,電話番号,住所,顧客ランク\r\n");
        for (int i = 1; i <= rows; i++) {
            csv.append("株式会社").append(prefix).append("髙﨑").append(i).append(",ｶﾌﾞｼｷｶﾞｲｼｬﾀｶｻｷ,")
                    .append(i == 2 ? "でんわ" : String.format("03-%04d-%04d", i % 10_000, 1234)).append(",\"東京都港区芝公園")
                    .append(i).append("-1\r\n②号棟\",ランク").append(i % 3 == 0 ? "Ａ" : "Ｂ").append("\r\n");
        }
        Path file = Files.createTempFile("取り込み-", ".csv");
        Files.write(file, csv.toString().getBytes(FileFormats.CP932));
        return file;
    }

    private static void importAndExport(Page page, String prefix, int rows, boolean japanese, String shotPrefix, int width)
            throws Exception {
        page.navigate("/imports");
        assertThat(page.locator("h1")).hasText(japanese ? "データの取り込み" : "Import data");
        if (width > 0) {
            assertNoHorizontalScroll(page, width);
        }
        page.locator("#file").setInputFiles(customersFile(prefix, rows));
        page.locator("[data-testid=upload]").click();
        assertThat(page).hasURL(Pattern.compile(".*/imports/[0-9a-f-]{36}$"));
        String importUrl = page.url();

        // The mapping screen: known headers are matched, the rank column is not; map it to the industry field.
        assertThat(page.locator("[data-testid=target-0]")).hasValue("name");
        assertThat(page.locator("[data-testid=target-2]")).hasValue("phone");
        assertThat(page.locator("[data-testid=target-3]")).hasValue("address");
        assertThat(page.locator("[data-testid=target-4]")).hasValue("");
        page.locator("[data-testid=target-4]").selectOption("industry");
        if (width > 0) {
            assertNoHorizontalScroll(page, width);
        }
        screenshot(page, shotPrefix + "-mapping");

        page.locator("[data-testid=dry-run]").click();
        assertThat(page.locator("[data-testid=import-status]")).hasText(japanese ? "テスト実行が終わりました" : "Dry run finished", LONG);
        assertThat(page.locator("[data-testid=count-created]")).hasText(Integer.toString(rows - 1));
        assertThat(page.locator("[data-testid=count-failed]")).hasText("1");
        assertThat(page.locator("[data-testid=errors]")).containsText(japanese ? "3行目" : "Row 3");
        assertThat(page.locator("[data-testid=errors]")).containsText("でんわ");
        Download errors = page.waitForDownload(() -> page.locator("[data-testid=errors-csv]").click());
        String errorsCsv = Files.readString(errors.path(), Charset.forName("UTF-8"));
        org.assertj.core.api.Assertions.assertThat(errorsCsv).startsWith(japanese ? "\uFEFF行,列,値,理由" : "\uFEFFRow,Column,Value,Reason")
                .contains("3,電話番号,でんわ,");
        assertThat(page.locator("[data-testid=target-4]")).hasValue("industry");
        if (width > 0) {
            assertNoHorizontalScroll(page, width);
        }
        screenshot(page, shotPrefix + "-dry-run");

        page.locator("[data-testid=start]").click();
        assertThat(page.locator("[data-testid=progress-bar]")).isVisible();
        screenshot(page, shotPrefix + "-progress");
        assertThat(page.locator("[data-testid=import-status]")).hasText(japanese ? "完了" : "Finished", LONG);
        assertThat(page.locator("[data-testid=progress-bar]")).hasAttribute("aria-valuenow", "100");
        assertThat(page.locator("[data-testid=count-created]")).hasText(Integer.toString(rows - 1));
        assertThat(page.locator("[data-testid=undo]")).isVisible();
        if (width > 0) {
            assertNoHorizontalScroll(page, width);
        }
        screenshot(page, shotPrefix + "-done");

        // Export what was imported (the list searched for the prefix) to an Excel workbook.
        page.navigate("/customers?q=" + java.net.URLEncoder.encode(prefix, java.nio.charset.StandardCharsets.UTF_8)
                + "&cols=phone,area,industry");
        page.locator("[data-testid=export-list]").click();
        assertThat(page).hasURL(Pattern.compile(".*/exports\\?query=.*"));
        assertThat(page.locator("[data-testid=export-query]")).containsText(prefix);
        page.locator("#format").selectOption("xlsx");
        page.locator("[data-testid=export]").click();
        var download = page.locator("[data-testid=download]").first();
        assertThat(download).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
        if (width > 0) {
            assertNoHorizontalScroll(page, width);
        }
        screenshot(page, shotPrefix + "-export");
        Download file = page.waitForDownload(download::click);
        org.assertj.core.api.Assertions.assertThat(file.suggestedFilename()).endsWith(".xlsx");
        Path saved = Files.createTempFile("export-", ".xlsx");
        file.saveAs(saved);
        try (TableReader reader = TableReader.open(saved, null)) {
            org.assertj.core.api.Assertions.assertThat(reader.header()).startsWith(japanese
                    ? new String[] {"名称", "フリガナ", "電話番号", "郵便番号", "都道府県", "市区町村", "町域・番地"}
                    : new String[] {"Name", "Furigana", "Phone", "Postal code", "Prefecture", "City", "Town and street"});
            List<String[]> read = new ArrayList<>();
            String[] row;
            while ((row = reader.next()) != null) {
                read.add(row);
            }
            org.assertj.core.api.Assertions.assertThat(read).hasSize(rows - 1);
            org.assertj.core.api.Assertions.assertThat(read).anySatisfy(r -> {
                org.assertj.core.api.Assertions.assertThat(r[0]).isEqualTo("株式会社" + prefix + "髙﨑1");
                org.assertj.core.api.Assertions.assertThat(r[1]).isEqualTo("カブシキガイシャタカサキ");
                org.assertj.core.api.Assertions.assertThat(r[4]).isEqualTo("東京都");
                org.assertj.core.api.Assertions.assertThat(r[5]).isEqualTo("港区");
                // as the file had it (②, Ｂ): customer text is not folded when stored
                org.assertj.core.api.Assertions.assertThat(r[6]).isEqualTo("芝公園1-1 ②号棟");
                org.assertj.core.api.Assertions.assertThat(r[8]).isEqualTo("ランクＢ");
            });
        }
        // Other tests share the database: remove the near-identical names again, with the import's own undo.
        page.navigate(importUrl);
        page.onceDialog(dialog -> dialog.accept()); // "delete what this import created?"
        page.locator("[data-testid=undo]").click();
        assertThat(page.locator("[data-testid=import-status]")).hasText(japanese ? "取り消し済み" : "Undone");
    }

    @Test
    void onADesktopInJapanese() throws Exception {
        var manager = accounts.create(PermissionLevel.MANAGER);
        signIn(page, manager);
        importAndExport(page, "机" + UUID.randomUUID().toString().substring(0, 5), 1_500, true, "dataio-desktop-ja", 0);
    }

    @Test
    void onAPhoneInEnglish() throws Exception {
        var manager = accounts.create(PermissionLevel.MANAGER);
        jdbc.sql("update app_user set locale = 'en' where id = ?").param(manager.id()).update();
        Page phone = newContext(phone()).newPage();
        signIn(phone, manager);
        importAndExport(phone, "携帯" + UUID.randomUUID().toString().substring(0, 5), 300, false, "dataio-phone-en",
                PHONE_WIDTH);
    }
}
