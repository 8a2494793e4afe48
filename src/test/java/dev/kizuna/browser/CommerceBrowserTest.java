package dev.kizuna.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Files;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.support.TestAccounts;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * From quote to payment: a rep makes a quote for a deal (a product from the price list and a typed line), downloads
 * its PDF and reads it, marks it accepted and moves the deal to 受注; the order appears, its delivery is recorded, a
 * partial and then the full payment make it paid — in Japanese and English, at 1280 and 375 px.
 */
class CommerceBrowserTest extends BrowserTest {


    @ParameterizedTest(name = "{0} on a {1} screen")
    @CsvSource({"ja, desktop", "en, desktop", "ja, phone", "en, phone"})
    void aQuotedDealIsWonDeliveredAndPaid(String lang, String screen) throws Exception {
        boolean ja = "ja".equals(lang);
        boolean phone = "phone".equals(screen);
        TestAccounts.Account admin = accounts.create(PermissionLevel.ADMIN);
        TestAccounts.Account rep = accounts.create(PermissionLevel.MEMBER);
        jdbc.sql("update app_user set locale = ? where id = ?").params(lang, rep.id()).update();
        String suffix = unique("");
        String adminToken = accounts.token(admin);
        String pipeline = api(adminToken, "/api/v1/pipelines", "{\"name\":\"受注まで" + suffix + "\",\"nameEn\":\"To payment "
                + suffix + "\",\"stages\":[{\"name\":\"見積\",\"nameEn\":\"Quote\",\"kind\":\"open\",\"winProbability\":60},"
                + "{\"name\":\"受注\",\"nameEn\":\"Order\",\"kind\":\"won\",\"winProbability\":100},"
                + "{\"name\":\"入金\",\"nameEn\":\"Payment\",\"kind\":\"won\",\"winProbability\":100},"
                + "{\"name\":\"失注\",\"nameEn\":\"Lost\",\"kind\":\"lost\",\"winProbability\":0}]}");
        String wonStage = JsonPath.read(pipeline, "$.stages[1].id");
        String product = JsonPath.read(api(adminToken, "/api/v1/products", "{\"code\":\"BC-" + suffix
                + "\",\"name\":\"名刺印刷 100枚\",\"unit\":\"箱\",\"unitPrice\":3000,\"taxRate\":10}"), "$.id");
        UUID company = UUID.randomUUID();
        String companyName = "株式会社見積商事" + suffix;
        jdbc.sql("insert into company (id, kind, name, name_kana, status, owner_id) values (?, 'company', ?, 'ミツモリショウジ', 'customer', ?)")
                .params(company, companyName, rep.id()).update();
        String deal = JsonPath.read(api(accounts.token(rep), "/api/v1/deals", "{\"name\":\"名刺と菓子" + suffix
                + "\",\"companyId\":\"" + company + "\",\"pipelineId\":\"" + JsonPath.read(pipeline, "$.id")
                + "\",\"amount\":40000}"), "$.id");

        Page p = phone ? newContext(phone()).newPage() : page;
        int width = phone ? PHONE_WIDTH : 1280;
        signIn(p, rep);

        // The quote, from the deal's page.
        p.navigate("/deals/" + deal);
        p.locator("[data-testid=deal-quotes]").click();
        p.locator("[data-testid=new-quote]").click();
        p.locator("[data-testid=line-0] select[name=productId]").selectOption(product);
        p.locator("[data-testid=line-0] input[name=quantity]").fill("10");
        p.locator("[data-testid=line-1] input[name=description]").fill("焼き菓子詰め合わせ");
        p.locator("[data-testid=line-1] input[name=quantity]").fill("5");
        p.locator("[data-testid=line-1] input[name=unitPrice]").fill("1200");
        p.locator("[data-testid=line-1] select[name=taxRate]").selectOption("8");
        assertNoHorizontalScroll(p, width);
        p.locator("[data-testid=save-quote]").click();
        assertThat(p.locator("[data-testid=quote-number]")).containsText("Q-");
        assertThat(p.locator("[data-testid=quote-status]")).hasText(ja ? "下書き" : "Draft");
        assertThat(p.locator("[data-testid=total]")).containsText("39,480"); // 30,000 + 3,000 + 6,000 + 480 (￥ in ja)
        assertNoHorizontalScroll(p, width);
        screenshot(p, lang + "-" + screen + "-quote");

        Download download = p.waitForDownload(() -> p.locator("[data-testid=quote-pdf]").click());
        org.assertj.core.api.Assertions.assertThat(download.suggestedFilename()).startsWith("見積書_Q-").endsWith(".pdf");
        try (var doc = Loader.loadPDF(Files.readAllBytes(download.path()))) {
            org.assertj.core.api.Assertions.assertThat(new PDFTextStripper().getText(doc).replaceAll(" +", " "))
                    .contains(companyName + " 御中", "名刺印刷 100枚", "焼き菓子詰め合わせ ※", "¥39,480");
        }
        p.locator("[data-testid=accept-quote]").click();
        assertThat(p.locator("[data-testid=quote-status]")).hasText(ja ? "承認済" : "Accepted");

        // Won: the order is made from the accepted quote.
        p.navigate("/deals/" + deal);
        p.locator("#stageId").selectOption(wonStage);
        p.locator("[data-testid=move-submit]").click();
        assertThat(p.locator("[data-testid=deal-stage]")).hasText(ja ? "受注" : "Order");
        p.navigate("/deals/" + deal + "/quotes");
        for (int i = 0; i < 50 && p.locator("[data-testid=order-link]").count() == 0; i++) {
            p.waitForTimeout(200);
            p.reload();
        }
        p.locator("[data-testid=order-link]").click();
        assertThat(p.locator("[data-testid=order-status]")).hasText(ja ? "未納品" : "Not delivered");
        assertThat(p.locator("[data-testid=invoice-amount]")).containsText("39,480");
        assertNoHorizontalScroll(p, width);

        p.locator("[data-testid=record-delivery]").click();
        assertThat(p.locator("[data-testid=order-status]")).hasText(ja ? "納品済" : "Delivered");
        p.locator("[data-testid=payment-form] #amount").fill("20,000");
        p.locator("[data-testid=record-payment]").click();
        assertThat(p.locator("[data-testid=order-status]")).hasText(ja ? "一部入金" : "Partly paid");
        assertThat(p.locator("[data-testid=balance]")).containsText("19,480");
        assertThat(p.locator("[data-testid=payment-form] #amount")).hasValue("19480");
        p.locator("[data-testid=record-payment]").click();
        assertThat(p.locator("[data-testid=order-status]")).hasText(ja ? "入金済" : "Paid");
        assertThat(p.locator("[data-testid=payments] li")).hasCount(2);
        assertThat(p.locator("[data-testid=payment-form]")).hasCount(0);
        assertNoHorizontalScroll(p, width);
        screenshot(p, lang + "-" + screen + "-order-paid");

        p.navigate("/customers/" + company);
        assertThat(p.locator("[data-testid=orders-panel]")).containsText(ja ? "入金済" : "Paid");
        assertNoHorizontalScroll(p, width);
    }
}
