package dev.kizuna.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.platform.mail.OutgoingMail;
import dev.kizuna.support.SearchTags;
import dev.kizuna.support.TestAccounts;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Issue 20's e-mail marketing, clicked through: on a 1440 px desktop in Japanese a member builds a segment (the count
 * follows the condition as it is typed), a template (previewed for one of the customers) and a campaign, is asked
 * before sending how many customers who accept e-mail will get it, and watches it go out to the in-process mail
 * server — to the two customers who opted in, not the one who did not. The same pages on a 390 px phone in English
 * scroll only up and down. A step e-mail is created on the web (a step without a template is pointed out at its row,
 * what was typed stays), then stopped after the page asks.
 */
class MailMarketingBrowserTest extends BrowserTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @Autowired
    ApplicationContext context;

    private OutgoingMail mailer() {
        return context.getBeansOfType(OutgoingMail.class).values().stream()
                .filter(m -> m.getClass().getName().startsWith("dev.kizuna.marketing.MarketingMailer")).findFirst()
                .orElseThrow();
    }

    @AfterEach
    void mailOff() {
        mailer().useSender(null); // the context is shared: no later test may mail a stopped GreenMail
    }

    @Test
    void aMemberBuildsASegmentAndATemplateAndSendsACampaignOnlyToThoseWhoOptedIn() throws Exception {
        var sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(greenMail.getSmtp().getPort());
        sender.setDefaultEncoding("UTF-8");
        mailer().useSender(sender);
        jdbc.sql("update marketing_setting set sender_name = '株式会社シミウス', sender_address = '福岡県福岡市中央区天神1-1-1',"
                + " mails_per_minute = 6000, max_attempts = 3 where id = 1").update();
        TestAccounts.Account member = accounts.create(PermissionLevel.MEMBER);
        String token = accounts.token(member);
        String tag = SearchTags.next();
        for (String[] c : List.of(new String[] {"佐藤 美咲", "a", "true"}, new String[] {"鈴木 陽子", "b", "true"},
                new String[] {"高橋 恵", "c", "false"})) {
            api(token, "/api/v1/companies", "{\"kind\":\"individual\",\"name\":\"" + c[0] + " " + tag + "\",\"email\":\""
                    + tag + "-" + c[1] + "@example.jp\",\"emailOptIn\":" + c[2] + ",\"tags\":[\"" + tag + "\"]}");
        }

        Page desk = newContext(desktop().setViewportSize(1440, 900)).newPage();
        signIn(desk, member);
        desk.navigate("/marketing");
        assertThat(desk.getByTestId("marketing-tabs")).isVisible();
        desk.getByTestId("marketing-tabs").getByText("セグメント").click();
        desk.getByTestId("new-segment").click();
        desk.locator("#name").fill("定期便 F2 会員 " + tag);
        desk.locator("#cf0").selectOption("tags");
        desk.locator("#co0").selectOption("any");
        desk.locator("#cv0").fill(tag);
        assertThat(desk.getByTestId("segment-count")).hasText("3 名（うちメール配信可 2 名）", slow());
        screenshot(desk, "mail-marketing-segment-1440-ja");
        desk.getByTestId("save-segment").click();
        assertThat(desk.getByTestId("flash")).containsText("定期便 F2 会員 " + tag);

        desk.getByTestId("marketing-tabs").getByText("テンプレート").click();
        desk.getByTestId("new-template").click();
        desk.locator("#name").fill("秋の保湿キャンペーン " + tag);
        desk.locator("#subject").fill("{{氏名}}さま、秋の保湿ケアのご案内");
        desk.locator("#bodyText").fill("{{氏名}}さま\n\nいつも定期便をご利用いただきありがとうございます。\n"
                + "乾燥が気になる季節に向けて、集中美容液を定期便会員さま限定価格でご案内します。");
        desk.locator("#bodyHtml").fill("<p>{{氏名}}さま</p><p>いつも定期便をご利用いただきありがとうございます。</p>");
        desk.locator("#sampleFind").fill("鈴木 陽子 " + tag);
        assertThat(desk.locator("#sampleId option")).hasCount(1, new com.microsoft.playwright.assertions
                .LocatorAssertions.HasCountOptions().setTimeout(30_000));
        desk.locator("#sampleId").dispatchEvent("change");
        assertThat(desk.getByTestId("preview-subject")).hasText("鈴木 陽子 " + tag + "さま、秋の保湿ケアのご案内", slow());
        screenshot(desk, "mail-marketing-template-1440-ja");
        desk.getByTestId("save-template").click();
        assertThat(desk.getByTestId("flash")).containsText("秋の保湿キャンペーン " + tag);

        desk.getByTestId("marketing-tabs").getByText("キャンペーン").click();
        desk.getByTestId("new-campaign").click();
        desk.locator("#name").fill("定期便 F2 会員向け 秋の保湿キャンペーン " + tag);
        desk.locator("#templateId").selectOption(new SelectOption().setLabel("秋の保湿キャンペーン " + tag));
        desk.locator("#segmentId").selectOption(new SelectOption().setLabel("定期便 F2 会員 " + tag));
        desk.getByTestId("save-campaign").click();
        assertThat(desk.getByTestId("campaign-status")).hasText("下書き");
        String campaignUrl = desk.url();
        desk.getByTestId("send-campaign").click();
        assertThat(desk.getByTestId("reachable")).hasText("メール配信に同意している 2 名に送信します。");
        assertThat(desk.getByTestId("not-reached")).containsText("3 名のうち 1 名");
        screenshot(desk, "mail-marketing-confirm-1440-ja");
        desk.getByTestId("confirm-send").click();
        assertThat(desk).hasURL(campaignUrl);
        assertThat(desk.getByTestId("progress-sent")).hasText("2", slow());
        assertThat(desk.getByTestId("campaign-status")).hasText("送信済み", slow());
        assertThat(desk.getByTestId("progress-failed")).hasText("0");
        screenshot(desk, "mail-marketing-campaign-1440-ja");
        List<String> to = new java.util.ArrayList<>();
        for (MimeMessage m : greenMail.getReceivedMessages()) {
            String address = m.getAllRecipients()[0].toString();
            if (address.startsWith(tag)) {
                to.add(address);
                org.assertj.core.api.Assertions.assertThat(m.getSubject()).endsWith("さま、秋の保湿ケアのご案内");
                org.assertj.core.api.Assertions.assertThat(m.getHeader("List-Unsubscribe")).isNotEmpty();
            }
        }
        org.assertj.core.api.Assertions.assertThat(to).containsExactlyInAnyOrder(tag + "-a@example.jp",
                tag + "-b@example.jp");

        jdbc.sql("update app_user set locale = 'en' where id = ?").param(member.id()).update();
        Page phone = newContext(new Browser.NewContextOptions().setViewportSize(390, 844).setDeviceScaleFactor(2)
                .setIsMobile(true).setHasTouch(true).setLocale("en-US").setTimezoneId("Asia/Tokyo")).newPage();
        signIn(phone, member);
        phone.navigate(campaignUrl);
        assertThat(phone.getByTestId("campaign-status")).hasText("Sent");
        assertNoHorizontalScroll(phone, 390);
        screenshot(phone, "mail-marketing-campaign-390-en");
        phone.navigate("/marketing/segments?q=" + tag);
        phone.getByTestId("segment-row").getByRole(com.microsoft.playwright.options.AriaRole.LINK).first().click();
        assertThat(phone.getByTestId("segment-count")).hasText("3 customer(s), 2 of them accept e-mail", slow());
        assertNoHorizontalScroll(phone, 390);
        screenshot(phone, "mail-marketing-segment-390-en");
        for (String path : List.of("/marketing/campaigns", "/marketing/segments", "/marketing/templates",
                "/marketing/templates/new", "/marketing/campaigns/new", "/marketing/sequences")) {
            phone.navigate(path);
            assertThat(phone.getByTestId("marketing-tabs")).isVisible();
            assertNoHorizontalScroll(phone, 390);
        }
        screenshot(phone, "mail-marketing-sequences-390-en");
        phone.navigate("/marketing/templates/new");
        assertThat(phone.getByTestId("template-preview")).containsText("As ",
                new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(90_000));
        screenshot(phone, "mail-marketing-template-390-en");
    }

    @Test
    void aMemberCreatesAStepEmailOnTheWebFixesAMistakeAndStopsItAfterBeingAsked() throws Exception {
        TestAccounts.Account member = accounts.create(PermissionLevel.MEMBER);
        String token = accounts.token(member);
        String tag = SearchTags.next();
        api(token, "/api/v1/email-templates", "{\"name\":\"お礼メール " + tag + "\",\"subject\":\"{{氏名}}さま、ご購入"
                + "ありがとうございます\",\"bodyText\":\"{{氏名}}さま\\nこのたびはご購入ありがとうございます。\"}");
        api(token, "/api/v1/email-templates", "{\"name\":\"使い方のご案内 " + tag + "\",\"subject\":\"{{氏名}}さま、"
                + "美容液の使い方\",\"bodyText\":\"{{氏名}}さま\\n美容液の使い方をご案内します。\"}");

        Page desk = newContext(desktop().setViewportSize(1440, 900)).newPage();
        desk.onDialog(dialog -> dialog.accept());
        signIn(desk, member);
        desk.navigate("/marketing/sequences");
        desk.getByTestId("new-sequence").click();
        desk.locator("#name").fill("初回購入フォロー " + tag);
        desk.locator("#trigger").selectOption("first_purchase");
        desk.locator("#sd0").fill("0");
        desk.locator("#st0").selectOption(new SelectOption().setLabel("お礼メール " + tag));
        desk.locator("#sd1").fill("3");
        desk.locator("#su1").selectOption("business");
        desk.getByTestId("save-sequence").click();
        assertThat(desk.getByTestId("form-errors")).containsText("2通目: テンプレートを入力してください。");
        assertThat(desk.locator("#sd1")).hasValue("3");
        assertThat(desk.locator("#su1")).hasValue("business");
        assertThat(desk.locator("#name")).hasValue("初回購入フォロー " + tag);
        desk.locator("#st1").selectOption(new SelectOption().setLabel("使い方のご案内 " + tag));
        screenshot(desk, "mail-marketing-sequence-form-1440-ja");
        desk.getByTestId("save-sequence").click();
        assertThat(desk.getByTestId("flash")).containsText("初回購入フォロー " + tag);
        assertThat(desk.getByTestId("sequence-steps")).containsText("3 営業日後");
        assertThat(desk.getByTestId("sequence-steps")).containsText("使い方のご案内 " + tag);
        desk.getByTestId("stop-sequence").getByRole(com.microsoft.playwright.options.AriaRole.BUTTON).click();
        assertThat(desk.getByTestId("flash")).containsText("停止しました");
        assertThat(desk.getByTestId("restart-sequence")).isVisible();
        screenshot(desk, "mail-marketing-sequence-1440-ja");
    }

    private static com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions slow() {
        return new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions().setTimeout(90_000);
    }
}
