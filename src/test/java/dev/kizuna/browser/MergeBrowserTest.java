package dev.kizuna.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dev.kizuna.identity.PermissionLevel;
import org.junit.jupiter.api.Test;

/** A manager finds two customers registered twice on the duplicates page and merges them field by field. */
class MergeBrowserTest extends BrowserTest {

    @Test
    void aManagerMergesTwoCustomersWithTheSamePhoneTakingAFieldFromTheOtherOne() {
        signIn(page, accounts.create(PermissionLevel.MANAGER));
        String phone = CustomersBrowserTest.randomPhone();
        String keepName = "株式会社" + unique("あおば商事");
        String goneName = "(株)" + unique("アオバ");
        String goneEmail = unique("aoba") + "@example.jp";

        page.navigate("/customers/new");
        page.locator("#name").fill(keepName);
        page.locator("#phone").fill(phone);
        page.locator("#representative").fill("青葉 一郎");
        page.locator("[data-testid=save]").click();
        assertThat(page.locator("[data-testid=customer-name]")).hasText(keepName);

        page.navigate("/customers/new");
        page.locator("#name").fill(goneName);
        page.locator("#phone").fill(phone.replace("-", ""));
        page.locator("#email").fill(goneEmail);
        page.locator("#representative").fill("青葉 次郎");
        page.locator("[data-testid=save]").click();
        assertThat(page.locator("[data-testid=duplicate-warning]")).containsText(keepName);
        page.locator("#notDuplicate").check();
        page.locator("[data-testid=save]").click();
        assertThat(page.locator("[data-testid=customer-name]")).hasText(goneName);
        page.locator("[data-testid=new-contact]").click();
        page.locator("#name").fill("移動 花子");
        page.locator("[data-testid=save]").click();
        assertThat(page.locator("[data-testid=contacts-panel]")).containsText("移動 花子");

        page.navigate("/customers");
        page.locator("nav a[href='/customers/duplicates']").first().click();
        Locator pair = page.locator("[data-testid=duplicate-pair]").filter(new Locator.FilterOptions().setHasText(keepName));
        assertThat(pair).containsText(goneName);
        assertThat(pair).containsText("電話番号が同じ");
        screenshot(page, "ja-desktop-36-customer-duplicates");
        pair.locator("[data-testid=compare]").click();

        assertThat(page.locator("h1")).hasText("顧客の統合");
        assertThat(page.locator("[data-testid=keep-side]")).containsText(keepName);
        assertThat(page.locator("[data-testid=merge-side]")).containsText(goneName);
        assertThat(page.locator("[data-testid=merge-preview]")).containsText("担当者 1 名");
        assertThat(page.locator("#take-name-keep")).isChecked();
        assertThat(page.locator("#take-email-merge")).isChecked(); // the survivor has none: the other one's is offered
        assertThat(page.locator("#take-representative-keep")).isChecked();
        String compareUrl = page.url();

        Page phonePage = newContext(phone()).newPage();
        signIn(phonePage, accounts.create(PermissionLevel.MEMBER));
        phonePage.navigate(compareUrl);
        assertThat(phonePage.locator("[data-testid=merge-side]")).containsText(goneName);
        assertThat(phonePage.locator("[data-testid=merge]")).hasCount(0);
        assertThat(phonePage.locator("[data-testid=merge-no-rights]")).isVisible();
        assertNoHorizontalScroll(phonePage, PHONE_WIDTH);
        screenshot(phonePage, "ja-phone-36-customer-merge");

        page.locator("#take-representative-merge").check();
        page.locator("[data-testid=merge]").click();
        assertThat(page.locator("#confirmed-error")).hasText("統合する前に、確認のチェックを入れてください。");
        assertThat(page.locator("#take-representative-merge")).isChecked();
        page.locator("[data-testid=confirm-merge]").check();
        screenshot(page, "ja-desktop-37-customer-merge");
        page.locator("[data-testid=merge]").click();

        assertThat(page.locator("[data-testid=customer-name]")).hasText(keepName);
        assertThat(page.locator("[data-testid=flash]")).hasText(goneName + " を " + keepName
                + " に統合しました。移したもの: 担当者 1名"); // issue 14: the message lists what moved
        assertThat(page.locator(".detail-list")).containsText("青葉 次郎");
        assertThat(page.locator(".detail-list")).containsText(goneEmail);
        assertThat(page.locator(".detail-list")).containsText(phone);
        assertThat(page.locator("[data-testid=contacts-panel]")).containsText("移動 花子");

        page.navigate("/customers/duplicates");
        assertThat(page.locator("[data-testid=duplicate-pair]").filter(new Locator.FilterOptions().setHasText(keepName)))
                .hasCount(0);
    }
}
