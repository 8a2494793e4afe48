package dev.kizuna.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.support.SearchTags;
import dev.kizuna.support.TestAccounts;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 23's phone walk: on a 390×844 phone an assistant opens a recognised card from the queue, fixes the name the
 * reader got wrong and confirms; the contact exists with its company, and the card's owner finds the notice behind
 * the bell. In Japanese and, through the language switch, in English.
 */
class CardsPhoneBrowserTest extends BrowserTest {

    private static final int WIDTH = 390;

    private Browser.NewContextOptions phone390() {
        return new Browser.NewContextOptions().setViewportSize(WIDTH, 844).setDeviceScaleFactor(2).setIsMobile(true)
                .setHasTouch(true).setLocale("ja-JP").setTimezoneId("Asia/Tokyo");
    }

    /** A card the reader has finished with, owned by {@code owner}: its name read wrong and marked low. */
    private UUID recognisedCard(TestAccounts.Account owner, String company, String misread, String email) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into business_card (id, status, file_key, file_name, content_type, file_size, owner_id, fields,
                    recognised_at) values (?, 'recognised', ?, 'card.png', 'image/png', 1, ?, ?::jsonb, now())""")
                .params(id, "cards-test/" + id, owner.id(), "{\"company\":{\"value\":\"" + company + "\",\"confidence\":92},"
                        + "\"name\":{\"value\":\"" + misread + "\",\"confidence\":33},\"email\":{\"value\":\"" + email
                        + "\",\"confidence\":95}}").update();
        return id;
    }

    private static void english(Page p, boolean en) {
        if (en) {
            p.locator("[data-testid=language-switch]").click();
            assertThat(p.locator("html")).hasAttribute("lang", "en");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ja", "en"})
    void anAssistantFixesARecognisedCardOnAPhoneAndTheOwnerIsTold(String lang) {
        boolean en = "en".equals(lang);
        var owner = accounts.create(PermissionLevel.MEMBER);
        var assistant = accounts.create(PermissionLevel.MEMBER);
        String tag = SearchTags.next();
        String company = "株式会社名刺" + tag;
        String misread = "寺田 放" + tag;
        String fixed = "吉田 翔太" + tag;
        UUID card = recognisedCard(owner, company, misread, tag + "@example.co.jp");

        Page phone = newContext(phone390()).newPage();
        signIn(phone, assistant);
        english(phone, en);
        phone.navigate("/cards?status=recognised");
        Locator entry = phone.locator("[data-testid=cards] a").filter(new Locator.FilterOptions().setHasText(misread));
        assertThat(entry).isVisible();
        entry.click();
        assertThat(phone).hasURL(Pattern.compile(".*/cards/" + card + "$"));
        assertThat(phone.locator("#name-low")).isVisible(); // the unsure name is marked
        assertThat(phone.locator("#email-low")).hasCount(0);
        assertNoHorizontalScroll(phone, WIDTH);

        phone.locator("[data-testid=field-name]").fill(fixed);
        phone.locator("[data-testid=confirm]").tap();
        assertThat(phone).hasURL(Pattern.compile(".*/contacts/[0-9a-f-]+$"));
        assertThat(phone.locator("main")).containsText(fixed);
        assertThat(phone.locator("main")).containsText(company);
        assertNoHorizontalScroll(phone, WIDTH);
        screenshot(phone, lang + "-phone-card-confirmed");
        String contactId = phone.url().replaceFirst(".*/contacts/", "");
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("""
                        select count(*) from contact ct join company co on co.id = ct.company_id
                        where ct.id = ?::uuid and co.name = ? and ct.name like ?""")
                .params(contactId, company, "%" + tag).query(Long.class).single()).isEqualTo(1);

        signIn(page, owner);
        english(page, en);
        assertThat(page.locator("[data-testid=notification-bell]")).isVisible();
        assertThat(page.locator("[data-testid=notification-count]")).hasCount(1);
        page.locator("[data-testid=notification-bell]").click();
        Locator notice = page.locator("[data-testid=notifications] a").filter(new Locator.FilterOptions().setHasText(tag));
        assertThat(notice).containsText(en ? "The business card is in" : "名刺の登録が完了しました");
        assertThat(notice).containsText(company);
    }
}
