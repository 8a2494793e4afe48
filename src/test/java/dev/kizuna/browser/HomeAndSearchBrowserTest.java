package dev.kizuna.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.support.TestAccounts;
import org.junit.jupiter.api.Test;

/** On a 390 px phone: a rep's home is filled and each line opens its record; the header search finds by kana and number. */
class HomeAndSearchBrowserTest extends BrowserTest {

    private static final int WIDTH = 390;

    @Test
    void aRepOpensAFollowUpFromHomeAndFindsAContactAndAnOrderFromTheHeaderOnAPhone() {
        TestAccounts.Account rep = accounts.create(PermissionLevel.MEMBER);
        String tag = dev.kizuna.support.SearchTags.next();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
        UUID company = UUID.randomUUID();
        String name = "株式会社みなと物流" + tag;
        jdbc.sql("""
                insert into company (id, kind, name, name_kana, status, owner_id, search_text)
                values (?, 'company', ?, 'ミナトブツリュウ', 'customer', ?, ?)""")
                .params(company, name, rep.id(), "株式会社みなと物流" + tag + " みなとぶつりゅう").update();
        UUID contact = UUID.randomUUID();
        jdbc.sql("""
                insert into contact (id, company_id, name, name_kana, search_text)
                values (?, ?, '港 浩二', ?, ?)""")
                .params(contact, company, "ミナト" + tag.toUpperCase(), "港浩二 みなと" + tag).update();
        UUID activity = UUID.randomUUID();
        jdbc.sql("""
                insert into activity (id, kind, occurred_at, user_id, company_id, details, follow_up_action, follow_up_on)
                values (?, 'activity', now(), ?, ?, '見積の相談', '見積を送る', ?)""")
                .params(activity, rep.id(), company, today.minusDays(1)).update();
        String number = "SO-" + tag.toUpperCase() + "-0007";
        UUID order = UUID.randomUUID();
        jdbc.sql("""
                insert into sales_order (id, number, company_id, owner_id, title, ordered_on, invoice_amount, due_on)
                values (?, ?, ?, ?, '封筒 1000枚', ?, 33000, ?)""")
                .params(order, number, company, rep.id(), today.minusDays(30), today.minusDays(2)).update();

        Page phone = newContext(new Browser.NewContextOptions().setViewportSize(WIDTH, 844).setDeviceScaleFactor(2)
                .setIsMobile(true).setHasTouch(true).setLocale("ja-JP").setTimezoneId("Asia/Tokyo")).newPage();
        signIn(phone, rep);
        phone.navigate("/");
        assertNoHorizontalScroll(phone, WIDTH);
        // the bell, the quick-log button and the search box stay in the header on a phone
        assertThat(phone.locator("[data-testid=notification-bell]")).isVisible();
        assertThat(phone.locator("[data-testid='quick--activities-new']")).isVisible();
        assertThat(phone.locator("[data-testid=global-search]")).isVisible();

        var followUps = phone.locator("[data-testid=home-card-followUps]");
        assertThat(followUps).containsText(name);
        assertThat(phone.locator("[data-testid=home-card-myUnpaidOrders]")).containsText(number);
        screenshot(phone, "ja-390-home-rep");
        followUps.locator("[data-testid=home-line]").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText(name)).tap();
        assertThat(phone).hasURL(Pattern.compile(".*/customers/" + company + "$"));

        // half-width kana in the header search finds the contact; Enter is not needed, results drop down
        phone.locator("[data-testid=global-search]").fill("ﾐﾅﾄ" + tag);
        var contactHit = phone.locator("[data-testid=search-group-contact] [data-testid=search-hit]");
        assertThat(contactHit).hasCount(1);
        assertThat(contactHit).containsText("港 浩二");
        assertNoHorizontalScroll(phone, WIDTH);
        screenshot(phone, "ja-390-header-search");
        contactHit.tap();
        assertThat(phone).hasURL(Pattern.compile(".*/contacts/" + contact + "$"));

        // an order by its number, then the results page with Enter
        phone.locator("[data-testid=global-search]").fill(number);
        assertThat(phone.locator("[data-testid=search-group-order] [data-testid=search-hit]")).containsText(number);
        phone.locator("[data-testid=global-search]").press("Enter");
        assertThat(phone).hasURL(Pattern.compile(".*/search\\?search=.*"));
        phone.locator("main [data-testid=search-group-order] [data-testid=search-hit]").first().tap();
        assertThat(phone).hasURL(Pattern.compile(".*/orders/" + order + "$"));
    }

    @Test
    void theSlashKeyJumpsToTheSearchBox() {
        signIn(page, accounts.create(PermissionLevel.VIEWER));
        page.navigate("/customers");
        page.locator("body").press("/");
        assertThat(page.locator("[data-testid=global-search]")).isFocused();
    }
}
