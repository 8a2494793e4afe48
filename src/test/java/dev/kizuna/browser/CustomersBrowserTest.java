package dev.kizuna.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import dev.kizuna.identity.PermissionLevel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A rep registers a customer in Japanese the way seed 004 asks, and finds it again however they type. */
class CustomersBrowserTest extends BrowserTest {

    @AfterEach
    void noRequiredFieldsLeftBehind() {
        jdbc.sql("delete from required_field").update();
    }

    @Test
    void aRepRegistersACompanyWithPostalCodeAutofillAndFindsItByHalfWidthFurigana() {
        signIn(page, accounts.create(PermissionLevel.MEMBER));
        String name = "株式会社" + unique("みどり商会");
        page.navigate("/customers");
        page.locator("[data-testid=new-customer]").click();
        assertThat(page.locator("h1")).hasText("取引先を追加");
        page.locator("#name").fill(name);
        page.locator("#nameKana").fill("みどりしょうかい");
        page.locator("#postalCode").pressSequentially("1000005");
        assertThat(page.locator("#prefecture")).hasValue("東京都");
        assertThat(page.locator("#city")).hasValue("千代田区");
        assertThat(page.locator("#street")).hasValue("丸の内");
        assertThat(page.locator("#postalCode")).hasValue("100-0005");
        page.locator("#street").fill("丸の内1-6-1");
        String phone = randomPhone();
        page.locator("#phone").fill(phone.replace("-", ""));
        page.locator("[data-testid=save]").click();

        assertThat(page.locator("[data-testid=customer-name]")).hasText(name);
        assertThat(page.locator("[data-testid=flash]")).containsText("登録しました");
        assertThat(page.locator(".detail-list")).containsText("〒100-0005 東京都千代田区丸の内1-6-1");
        assertThat(page.locator(".detail-list")).containsText(phone);
        assertThat(page.locator(".page-header")).containsText("ミドリショウカイ");

        page.navigate("/customers");
        page.locator("[data-testid=customer-search]").fill("ﾐﾄﾞﾘｼｮｳｶｲ");
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*q=.*"));
        assertThat(page.locator("[data-testid=customers-table] tbody tr")).hasCount(1);
        assertThat(page.locator("[data-testid=customers-table] tbody tr").first()).containsText(name);
        screenshot(page, "ja-desktop-30-customers-search");
    }

    @Test
    void requiredFieldsSetByAnAdministratorAreEnforcedOnTheForm() {
        Page admin = newContext(desktop()).newPage();
        signIn(admin, accounts.create(PermissionLevel.ADMIN));
        admin.navigate("/admin/required-fields");
        admin.locator("[data-testid=required-company] input[value=representative]").check();
        admin.locator("[data-testid=required-company] input[value=phone]").check();
        admin.locator("[data-testid=required-company] button[type=submit]").click();
        assertThat(admin.locator("[data-testid=flash]")).hasText("入力必須項目を保存しました。");

        signIn(page, accounts.create(PermissionLevel.MEMBER));
        page.navigate("/customers/new");
        assertThat(page.locator("label[for=representative] .required-badge")).isVisible();
        String name = unique("必須確認工業");
        page.locator("#name").fill(name);
        page.locator("[data-testid=save]").click();
        assertThat(page.locator("[data-testid=form-errors]")).containsText("2件");
        assertThat(page.locator("#representative-error")).hasText("代表者名を入力してください。");
        assertThat(page.locator("#phone-error")).hasText("電話番号を入力してください。");
        assertThat(page.locator("#name")).hasValue(name);
        screenshot(page, "ja-desktop-31-customer-required-errors");

        page.locator("#representative").fill("山田 太郎");
        page.locator("#phone").fill(randomPhone());
        page.locator("[data-testid=save]").click();
        assertThat(page.locator("[data-testid=customer-name]")).hasText(name);
    }

    @Test
    void aLikelyDuplicateIsShownBeforeSavingAndCanBeOverruled() {
        signIn(page, accounts.create(PermissionLevel.MEMBER));
        String phone = randomPhone();
        String name = unique("ひまわり");
        page.navigate("/customers/new");
        page.locator("#name").fill("株式会社" + name + "運輸");
        page.locator("#phone").fill(phone);
        page.locator("[data-testid=save]").click();
        assertThat(page.locator("[data-testid=customer-name]")).hasText("株式会社" + name + "運輸");

        page.navigate("/customers/new");
        page.locator("#name").fill("(株)" + name + "運輸");
        page.locator("#phone").fill(phone.replace("-", ""));
        page.locator("[data-testid=save]").click();
        assertThat(page.locator("[data-testid=duplicate-warning]")).containsText("株式会社" + name + "運輸");
        assertThat(page.locator("[data-testid=duplicate-warning]")).containsText("電話番号が同じ");
        assertThat(page.locator("#name")).hasValue("(株)" + name + "運輸");
        screenshot(page, "ja-desktop-32-customer-duplicate");
        page.locator("#notDuplicate").check();
        page.locator("[data-testid=save]").click();
        assertThat(page.locator("[data-testid=customer-name]")).hasText("(株)" + name + "運輸");
    }

    static String randomPhone() {
        java.util.Random random = new java.util.Random();
        return String.format("03-%04d-%04d", 1000 + random.nextInt(9000), random.nextInt(10000));
    }

    @Test
    void theCustomersListWorksOnAPhone() {
        Page phone = newContext(phone()).newPage();
        signIn(phone, accounts.create(PermissionLevel.MEMBER));
        phone.navigate("/customers/new");
        assertNoHorizontalScroll(phone, PHONE_WIDTH);
        phone.navigate("/customers");
        assertNoHorizontalScroll(phone, PHONE_WIDTH);
        screenshot(phone, "ja-phone-30-customers");
    }
}
