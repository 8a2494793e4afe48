package dev.kizuna.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import dev.kizuna.identity.PermissionLevel;
import org.junit.jupiter.api.Test;

/**
 * The defects the issue-24 sweep found on screens a person sees at a glance: layouts at 1440 px that hid what matters,
 * a name broken mid-word, a phone board move that left no trace, a cancel in one click, and a mention nobody got.
 */
class SweepDefectsBrowserTest extends BrowserTest {

    private Page wide() {
        return newContext(desktop().setViewportSize(1440, 900)).newPage();
    }

    private static double right(Page page, String selector) {
        BoundingBox box = page.locator(selector).boundingBox();
        return box.x + box.width;
    }

    @Test
    void theBudgetGridShowsAllTwelveMonthsAndTheSaveButtonAt1440() {
        var admin = accounts.create(PermissionLevel.ADMIN);
        Page p = wide();
        signIn(p, admin);
        p.navigate("/deals/targets");
        var row = p.locator("[data-testid=targets-grid] tbody tr").first();
        assertThat(row.locator("input:not([type=hidden])")).hasCount(12);
        BoundingBox march = row.locator("input:not([type=hidden])").nth(11).boundingBox();
        assertThat(march.x + march.width).as("March's box ends on screen").isLessThanOrEqualTo(1440);
        BoundingBox save = row.locator("[data-testid=save-row]").boundingBox();
        assertThat(save.x + save.width).as("the save button ends on screen").isLessThanOrEqualTo(1440);
    }

    @Test
    void anEightStageBoardShowsWholeAt1440AndMyDealsShowsMineOnly() throws Exception {
        var admin = accounts.create(PermissionLevel.ADMIN);
        var rep = accounts.create(PermissionLevel.MEMBER);
        String token = accounts.token(admin);
        var stages = new ArrayList<String>();
        for (String name : List.of("問い合わせ", "アポ", "ヒアリング", "提案", "見積", "受注", "入金", "失注")) {
            String kind = "失注".equals(name) ? "lost" : "受注".equals(name) || "入金".equals(name) ? "won" : "open";
            stages.add("{\"name\":\"" + name + "\",\"kind\":\"" + kind + "\",\"winProbability\":" + ("lost".equals(kind) ? 0 : 50) + "}");
        }
        String pipeline = JsonPath.read(api(token, "/api/v1/pipelines", "{\"name\":\"" + unique("八段階") + "\",\"stages\":["
                + String.join(",", stages) + "]}"), "$.id");
        String company = JsonPath.read(api(token, "/api/v1/companies", "{\"name\":\"" + unique("株式会社八段") + "\"}"), "$.id");
        String mine = unique("自分の商談");
        String theirs = unique("他人の商談");
        api(token, "/api/v1/deals", "{\"name\":\"" + mine + "\",\"companyId\":\"" + company + "\",\"pipelineId\":\"" + pipeline + "\"}");
        api(accounts.token(rep), "/api/v1/deals", "{\"name\":\"" + theirs + "\",\"companyId\":\"" + company
                + "\",\"pipelineId\":\"" + pipeline + "\"}");

        Page p = wide();
        signIn(p, admin);
        p.navigate("/deals?pipeline=" + pipeline);
        var columns = p.locator("#board .board-column");
        assertThat(columns).hasCount(8);
        BoundingBox last = columns.nth(7).boundingBox();
        assertThat(last.x + last.width).as("the eighth stage ends on screen").isLessThanOrEqualTo(1440);
        assertThat(p.locator("#board")).containsText(theirs);

        p.locator("[data-testid=board-mine]").click();
        assertThat(p.locator("#board")).containsText(mine);
        assertThat(p.locator("#board")).not().containsText(theirs);
    }

    @Test
    void aMoveOnThePhoneBoardSaysWhereTheCardWent() throws Exception {
        var admin = accounts.create(PermissionLevel.ADMIN);
        String token = accounts.token(admin);
        String pipeline = JsonPath.read(api(token, "/api/v1/pipelines", "{\"name\":\"" + unique("電話で移動")
                + "\",\"stages\":[{\"name\":\"ヒアリング\",\"kind\":\"open\",\"winProbability\":30},"
                + "{\"name\":\"見積提出\",\"kind\":\"open\",\"winProbability\":60},"
                + "{\"name\":\"受注\",\"kind\":\"won\",\"winProbability\":100},"
                + "{\"name\":\"失注\",\"kind\":\"lost\",\"winProbability\":0}]}"), "$.id");
        String company = JsonPath.read(api(token, "/api/v1/companies", "{\"name\":\"" + unique("株式会社移動") + "\"}"), "$.id");
        String deal = unique("名刺の追加注文");
        api(token, "/api/v1/deals", "{\"name\":\"" + deal + "\",\"companyId\":\"" + company + "\",\"pipelineId\":\"" + pipeline + "\"}");

        Page p = newContext(phone()).newPage();
        signIn(p, admin);
        p.navigate("/deals?pipeline=" + pipeline);
        htmxSwap(p, "/move", () -> p.locator("[data-testid=deal-card]").filter(
                new com.microsoft.playwright.Locator.FilterOptions().setHasText(deal)).locator("[data-testid=move-forward]").tap());
        assertThat(p.locator("[data-testid=moved-message]")).hasText("「" + deal + "」を見積提出へ移動しました。");
    }

    @Test
    void quickLogButtonsKeepAWordWholeOnADesktop() {
        var admin = accounts.create(PermissionLevel.ADMIN);
        Page p = wide();
        signIn(p, admin);
        p.navigate("/activities/new");
        double inquiry = p.locator("label.choice", new Page.LocatorOptions().setHasText("商品問い合わせ")).boundingBox().height;
        double other = p.locator("label.choice", new Page.LocatorOptions().setHasText("その他")).boundingBox().height;
        assertThat(inquiry).as("商品問い合わせ on one line, as tall as その他").isEqualTo(other);
    }

    @Test
    void cancellingATaskAsksFirstAndSaysWhatHappens() throws Exception {
        var admin = accounts.create(PermissionLevel.ADMIN);
        String token = accounts.token(admin);
        String board = JsonPath.read(api(token, "/api/v1/boards", "{\"name\":\"" + unique("中止の確認") + "\"}"), "$.id");
        String title = unique("見積書の送付");
        String task = JsonPath.read(api(token, "/api/v1/tasks", "{\"boardId\":\"" + board + "\",\"title\":\"" + title + "\"}"), "$.id");
        signIn(page, admin);
        page.navigate("/tasks/" + task);
        var asked = new ArrayList<String>();
        page.onceDialog(dialog -> {
            asked.add(dialog.message());
            dialog.dismiss();
        });
        page.locator("[data-testid=status-cancelled]").click();
        page.waitForLoadState();
        assertThat(asked).singleElement().asString().contains(title).contains("中止しますか");
        assertThat(jdbc.sql("select status from task where id = ?").param(UUID.fromString(task)).query(String.class).single())
                .isNotEqualTo("cancelled");
        page.onceDialog(dialog -> dialog.accept());
        page.locator("[data-testid=status-cancelled]").click();
        assertThat(page.locator("[data-testid=status-todo]")).isVisible();
        assertThat(jdbc.sql("select status from task where id = ?").param(UUID.fromString(task)).query(String.class).single())
                .isEqualTo("cancelled");
    }

    @Test
    void atOffersColleaguesByFuriganaAndASurnameAloneNotifiesThem() throws Exception {
        var admin = accounts.create(PermissionLevel.ADMIN);
        String token = accounts.token(admin);
        String tag = UUID.randomUUID().toString().substring(0, 4);
        var colleague = accounts.create(PermissionLevel.MEMBER);
        String surname = "巡田" + tag;
        jdbc.sql("update app_user set display_name = ?, name_kana = ? where id = ?")
                .params(surname + " 由美", "メグリタ" + tag.toUpperCase() + " ユミ", colleague.id()).update();
        String board = JsonPath.read(api(token, "/api/v1/boards", "{\"name\":\"" + unique("メンション") + "\"}"), "$.id");
        String task = JsonPath.read(api(token, "/api/v1/tasks", "{\"boardId\":\"" + board + "\",\"title\":\"校正の確認\"}"), "$.id");
        signIn(page, admin);
        page.navigate("/tasks/" + task);

        var box = page.locator("[data-testid=comment-body]");
        box.pressSequentially("確認お願いします @めぐりた" + tag.toUpperCase());
        var offered = page.locator("[data-testid=mention-names] [role=option]");
        assertThat(offered).hasText(new String[] {surname + " 由美"});
        offered.first().click();
        assertThat(box).hasValue("確認お願いします @" + surname + " 由美 ");

        box.fill("@" + surname + " 校正を見てください");
        page.locator("[data-testid=add-comment]").click();
        assertThat(page.locator("[data-testid=comments]")).containsText("校正を見てください");
        assertThat(jdbc.sql("select count(*) from notification where user_id = ? and message_key = 'work.notice.mentioned'")
                .param(colleague.id()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theTimelineFiltersByKindAndSaysChannelsInEnglishToAnEnglishReader() throws Exception {
        var admin = accounts.create(PermissionLevel.ADMIN);
        String token = accounts.token(admin);
        String company = JsonPath.read(api(token, "/api/v1/companies", "{\"name\":\"" + unique("株式会社履歴") + "\"}"), "$.id");
        String channel = jdbc.sql("select id::text from activity_option where kind = 'channel' and name = '電話'").query(String.class).single();
        String type = jdbc.sql("select id::text from activity_option where kind = 'type' and name = '納期確認'").query(String.class).single();
        api(token, "/api/v1/activities", "{\"companyId\":\"" + company + "\",\"channelId\":\"" + channel + "\",\"typeId\":\""
                + type + "\",\"outcome\":\"reached\",\"details\":\"納期は来週\"}");
        api(token, "/api/v1/activities", "{\"companyId\":\"" + company + "\",\"kind\":\"note\",\"details\":\"社長は朝が早い\"}");
        String pipeline = JsonPath.read(api(token, "/api/v1/pipelines", "{\"name\":\"" + unique("履歴営業") + "\",\"stages\":["
                + "{\"name\":\"初回ヒアリング\",\"nameEn\":\"First hearing\",\"kind\":\"open\",\"winProbability\":30},"
                + "{\"name\":\"受注\",\"nameEn\":\"Won\",\"kind\":\"won\",\"winProbability\":100},"
                + "{\"name\":\"失注\",\"nameEn\":\"Lost\",\"kind\":\"lost\",\"winProbability\":0}]}"), "$.id");
        api(token, "/api/v1/deals", "{\"name\":\"" + unique("名刺") + "\",\"companyId\":\"" + company
                + "\",\"pipelineId\":\"" + pipeline + "\"}");
        signIn(page, admin);
        page.navigate("/customers/" + company);
        var timeline = page.locator("[data-testid=timeline]");
        assertThat(timeline).containsText("納期は来週");
        assertThat(timeline).containsText("社長は朝が早い");
        htmxSwap(page, "/timeline", () -> timeline.locator("[data-testid=timeline-filter-note]").click());
        assertThat(timeline.locator("[data-testid=timeline-entry]")).hasCount(1);
        assertThat(timeline.locator("[data-testid=timeline-entry]")).containsText("社長は朝が早い");
        assertThat(timeline.locator("[data-testid=timeline-filter-note]")).hasAttribute("aria-pressed", "true");

        jdbc.sql("update app_user set locale = 'en' where id = ?").param(admin.id()).update();
        Page english = newContext(desktop().setLocale("en-US")).newPage();
        signIn(english, admin);
        english.navigate("/customers/" + company);
        assertThat(english.locator("[data-testid=timeline]")).containsText("Phone · Delivery date");
        assertThat(english.locator("[data-testid=timeline]")).containsText("First hearing");
        assertThat(english.locator("[data-testid=timeline]")).not().containsText("初回ヒアリング");
    }
}
