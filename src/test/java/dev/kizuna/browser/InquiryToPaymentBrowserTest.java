package dev.kizuna.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.platform.security.SystemActor;
import dev.kizuna.sales.StalledDeals;
import dev.kizuna.support.TestAccounts;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Seed 004's whole process for one deal, in one walk: an administrator sets the pipeline so that 納品 and 入金 follow
 * the order; a visitor sends the website's inquiry form; the rep it is assigned to qualifies it into a customer and
 * a deal, moves it across the board to 見積, where it stays too long and the bell says it is stalled; the rep makes
 * the quote, reads its PDF, wins the deal, records the delivery (the deal moves to 納品) and two payments (the
 * deal moves to 入金 and is no longer open work) — in Japanese on a desktop and in English on a phone.
 */
class InquiryToPaymentBrowserTest extends BrowserTest {

    @Autowired
    StalledDeals stalledDeals;

    @ParameterizedTest(name = "{0} on a {1} screen")
    @CsvSource({"ja, desktop", "en, phone"})
    void anInquiryFromTheWebsiteIsWalkedThroughEveryStageToFullPayment(String lang, String screen) throws Exception {
        boolean ja = "ja".equals(lang);
        boolean phone = "phone".equals(screen);
        jdbc.sql("delete from required_field").update();
        TestAccounts.Account admin = accounts.create(PermissionLevel.ADMIN);
        TestAccounts.Account rep = accounts.create(PermissionLevel.MEMBER);
        jdbc.sql("update app_user set locale = ? where id in (?, ?)").params(lang, rep.id(), admin.id()).update();
        UUID role = UUID.randomUUID();
        jdbc.sql("insert into job_role (id, name) values (?, ?)").params(role, unique("新規担当")).update();
        jdbc.sql("insert into user_job_role (user_id, role_id) values (?, ?)").params(rep.id(), role).update();
        String suffix = unique("");
        String adminToken = accounts.token(admin);
        String pipeline = api(adminToken, "/api/v1/pipelines", "{\"name\":\"新規営業" + suffix
                + "\",\"nameEn\":\"New business " + suffix + "\",\"stages\":" + SalesBrowserTest.STAGES + "}");
        String pipelineId = JsonPath.read(pipeline, "$.id");
        List<String> stages = JsonPath.read(pipeline, "$.stages[*].id");
        String product = JsonPath.read(api(adminToken, "/api/v1/products", "{\"code\":\"PF-" + suffix
                + "\",\"name\":\"記念パンフレット 16頁\",\"unit\":\"部\",\"unitPrice\":300,\"taxRate\":10}"), "$.id");
        jdbc.sql("update sales_setting set assign_role_id = ?, min_compliance_score = 0, last_assigned_user_id = null")
                .param(role).update();
        Page p = phone ? newContext(phone()).newPage() : page;
        int width = phone ? PHONE_WIDTH : 1280;
        com.sun.net.httpserver.HttpServer site = null;
        try {
            // The administrator: 納品 is reached when the order is delivered, 入金 when it is fully paid.
            signIn(p, admin);
            p.navigate("/admin/pipelines/" + pipelineId);
            reachedOn(p, stages.get(5), "DELIVERY");
            reachedOn(p, stages.get(6), "PAYMENT");
            assertThat(p.locator("#a-" + stages.get(6))).hasValue("PAYMENT");
            assertNoHorizontalScroll(p, width);
            screenshot(p, lang + "-" + screen + "-pipeline-reached-on");
            signOut(p);

            // A visitor, not signed in: on a desktop, the form embedded in another site's page (the company's own
            // website, in an iframe, no Kizuna cookie); on a phone, the form's own address.
            Page visitor = newContext(phone ? phone() : desktop()).newPage();
            com.microsoft.playwright.FrameLocator form;
            if (phone) {
                visitor.navigate("/inquiry");
                form = null;
            } else {
                // The company's own site: a page on another origin (its own little server) framing the form.
                site = companySite("<!DOCTYPE html><html lang=\"ja\"><head><meta charset=\"utf-8\"></head><body>"
                        + "<h1>株式会社記念誌企画 お問い合わせ</h1><iframe src=\"http://localhost:" + port
                        + "/inquiry?embed=true\" title=\"お問い合わせ\" style=\"width:100%;max-width:640px;height:820px;border:0\">"
                        + "</iframe></body></html>");
                visitor.navigate("http://127.0.0.1:" + site.getAddress().getPort() + "/contact");
                form = visitor.frameLocator("iframe");
            }
            java.util.function.Function<String, Locator> field = css -> form == null ? visitor.locator(css) : form.locator(css);
            String company = "株式会社記念誌企画" + suffix;
            field.apply("#companyName").fill(company);
            field.apply("#personName").fill("三浦 早苗");
            field.apply("#email").fill("miura" + suffix + "@example.jp"); // not a likely duplicate of another run
            field.apply("#message").fill("創業50周年の記念パンフレットを300部、見積をお願いします。");
            visitor.waitForTimeout(3_500); // people take a few seconds; robots that post at once are dropped
            if (form != null) {
                screenshot(visitor, lang + "-" + screen + "-inquiry-embedded");
            }
            field.apply("[data-testid=send-inquiry]").click();
            assertThat(field.apply("[data-testid=inquiry-thanks]")).isVisible();

            // The rep it was assigned to qualifies it: a customer and a deal in 問い合わせ.
            signIn(p, rep);
            p.navigate("/leads");
            p.locator("[data-testid=inquiry-embed] summary").click();
            assertThat(p.locator("[data-testid=embed-code]")).hasValue(java.util.regex.Pattern.compile(
                    "<iframe src=\"http://localhost:" + port + "/inquiry\\?embed=true\".*"));
            assertNoHorizontalScroll(p, width);
            screenshot(p, lang + "-" + screen + "-leads-embed");
            p.locator("[data-testid=leads-table] a").filter(new Locator.FilterOptions().setHasText(company)).click();
            assertThat(p.locator("[data-testid=lead-assigned]")).hasText("テスト MEMBER");
            p.locator("#pipelineId").selectOption(pipelineId);
            p.locator("[data-testid=qualify]").click();
            assertThat(p.locator("[data-testid=deal-name]")).containsText(company);
            assertThat(p.locator("[data-testid=deal-stage]")).hasText(ja ? "問い合わせ" : "Inquiry");
            String deal = p.url().replaceAll(".*/deals/([0-9a-f-]{36}).*", "$1");
            String dealName = p.locator("[data-testid=deal-name]").textContent().strip();

            // Across the board: アポ, ヒアリング, 見積.
            p.navigate("/deals?pipeline=" + pipelineId);
            Locator card = p.locator("[data-testid=deal-card]").filter(new Locator.FilterOptions().setHasText(dealName));
            for (String stage : List.of("アポ", "ヒアリング", "見積")) {
                card.locator("[data-testid=move-forward]").click();
                assertThat(p.locator("[data-testid='column-" + stage + "'] [data-testid=deal-card]")).containsText(dealName);
            }
            assertNoHorizontalScroll(p, width);

            // Three weeks in 見積 (which allows 14 days): the stalled-deal job tells the owner, the bell shows it.
            jdbc.sql("update deal set stage_entered_at = now() - interval '21 days' where id = ?::uuid").param(deal).update();
            List<StalledDeals.Notice> told = SystemActor.call(stalledDeals::notifyNewlyStalled);
            org.assertj.core.api.Assertions.assertThat(told).extracting(StalledDeals.Notice::userId).contains(rep.id());
            p.navigate("/deals/" + deal);
            assertThat(p.locator("[data-testid=notification-count]")).hasCount(1); // the bell's badge (in the menu on a phone)
            p.navigate("/notifications");
            Locator alert = p.locator("[data-testid=notifications] a").filter(new Locator.FilterOptions().setHasText(dealName));
            assertThat(alert).containsText(ja ? "停滞しています" : "stalled");
            assertNoHorizontalScroll(p, width);
            screenshot(p, lang + "-" + screen + "-stalled-alert");
            alert.click();
            assertThat(p.locator("[data-testid=stalled-badge]")).isVisible();

            // The quote and its PDF; accepted, the deal is won and its order made.
            p.locator("[data-testid=deal-quotes]").click();
            p.locator("[data-testid=new-quote]").click();
            p.locator("[data-testid=line-0] select[name=productId]").selectOption(product);
            p.locator("[data-testid=line-0] input[name=quantity]").fill("300");
            p.locator("[data-testid=save-quote]").click();
            assertThat(p.locator("[data-testid=total]")).containsText("99,000"); // 90,000 + 10% tax
            Download download = p.waitForDownload(() -> p.locator("[data-testid=quote-pdf]").click());
            try (var doc = Loader.loadPDF(Files.readAllBytes(download.path()))) {
                org.assertj.core.api.Assertions.assertThat(new PDFTextStripper().getText(doc).replaceAll(" +", " "))
                        .contains(company + " 御中", "記念パンフレット 16頁", "¥99,000");
            }
            p.locator("[data-testid=accept-quote]").click();
            assertThat(p.locator("[data-testid=quote-status]")).hasText(ja ? "承認済" : "Accepted");
            p.navigate("/deals/" + deal);
            p.locator("#stageId").selectOption(stages.get(4));
            p.locator("[data-testid=move-submit]").click();
            assertThat(p.locator("[data-testid=deal-stage]")).hasText(ja ? "受注" : "Order");
            assertThat(p.locator("[data-testid=deal-amount]")).containsText("90,000"); // the accepted quote's, tax excluded
            assertThat(p.locator("[data-testid=stalled-badge]")).hasCount(0);
            p.navigate("/deals/" + deal + "/quotes");
            for (int i = 0; i < 50 && p.locator("[data-testid=order-link]").count() == 0; i++) {
                p.waitForTimeout(200); // the order is made after the move commits
                p.reload();
            }
            p.locator("[data-testid=order-link]").click();
            String order = p.url();

            // Delivered: the deal follows to 納品. Paid in two parts: the deal follows to 入金, its owner's work done.
            p.locator("[data-testid=record-delivery]").click();
            assertThat(p.locator("[data-testid=order-status]")).hasText(ja ? "納品済" : "Delivered");
            p.navigate("/deals/" + deal);
            assertThat(p.locator("[data-testid=deal-stage]")).hasText(ja ? "納品" : "Delivery");
            p.navigate(order);
            p.locator("[data-testid=payment-form] #amount").fill("49,000");
            p.locator("[data-testid=record-payment]").click();
            assertThat(p.locator("[data-testid=order-status]")).hasText(ja ? "一部入金" : "Partly paid");
            p.navigate("/deals/" + deal);
            assertThat(p.locator("[data-testid=deal-stage]")).hasText(ja ? "納品" : "Delivery");
            p.navigate(order);
            assertThat(p.locator("[data-testid=payment-form] #amount")).hasValue("50000");
            p.locator("[data-testid=record-payment]").click();
            assertThat(p.locator("[data-testid=order-status]")).hasText(ja ? "入金済" : "Paid");
            // The order's tasks (loaded into the page from the work module) offer a task about this order.
            assertThat(p.locator("[data-testid=order-tasks]")).containsText(ja ? "この受注のタスク" : "Tasks for this order");
            assertThat(p.locator("[data-testid=new-task-for-order]")).isVisible();
            assertNoHorizontalScroll(p, width);
            screenshot(p, lang + "-" + screen + "-order-paid-tasks");
            p.navigate("/deals/" + deal);
            assertThat(p.locator("[data-testid=deal-stage]")).hasText(ja ? "入金" : "Payment");
            // stage names in the reader's language (issue 24: English pages showed the Japanese names)
            assertThat(p.locator("[data-testid=deal-timeline]")).containsText(ja ? "納品 → 入金" : "Delivery → Payment");
            assertThat(p.locator("[data-testid=deal-timeline]")).containsText(ja ? "受注 → 納品" : "Order → Delivery");
            assertNoHorizontalScroll(p, width);
            screenshot(p, lang + "-" + screen + "-deal-paid");
            org.assertj.core.api.Assertions.assertThat(jdbc.sql("select active from deal where id = ?::uuid").param(deal)
                    .query(Boolean.class).single()).as("the owner's open work").isFalse();
        } finally {
            jdbc.sql("update sales_setting set assign_role_id = null, last_assigned_user_id = null").update();
            if (site != null) {
                site.stop(0);
            }
        }
    }

    /** A web server on 127.0.0.1 (another origin than localhost) answering every path with {@code html}. */
    private static com.sun.net.httpserver.HttpServer companySite(String html) throws java.io.IOException {
        var server = com.sun.net.httpserver.HttpServer.create(new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        byte[] body = html.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        server.createContext("/", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (var out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        return server;
    }

    /** Sets a stage's "moves here when" on the pipeline page and saves that stage's row. */
    private static void reachedOn(Page p, String stageId, String milestone) {
        Locator select = p.locator("#a-" + stageId);
        select.selectOption(milestone);
        p.locator("form").filter(new Locator.FilterOptions().setHas(select)).locator("button[type=submit]").click();
        assertThat(p.locator("#a-" + stageId)).hasValue(milestone);
    }
}
