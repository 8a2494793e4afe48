package dev.kizuna.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import com.microsoft.playwright.Page;
import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.support.TestAccounts;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Inventory (issue 21) in a browser: a manager receives stock on a SKU's page, records an order's delivery on the
 * order's page and sees the shipment (and its enclosure) taken off the stock, then runs a stock-take whose difference
 * cannot be closed until explained — in Japanese and English, at 1280 px and on a 390 px phone; then reads the plan
 * page. Nothing scrolls sideways on the phone.
 */
class InventoryBrowserTest extends BrowserTest {

    @ParameterizedTest(name = "{0} on a {1} screen")
    @CsvSource({"ja, desktop", "en, desktop", "ja, phone", "en, phone"})
    void receiveShipAndTakeStock(String lang, String screen) throws Exception {
        boolean ja = "ja".equals(lang);
        boolean phone = "phone".equals(screen);
        int width = phone ? 390 : 1280;
        TestAccounts.Account admin = accounts.create(PermissionLevel.ADMIN);
        TestAccounts.Account manager = accounts.create(PermissionLevel.MANAGER);
        jdbc.sql("update app_user set locale = ? where id = ?").params(lang, manager.id()).update();
        String token = accounts.token(admin);
        String suffix = unique("");
        ensureDefaultLocation(token);
        String partner = JsonPath.read(api(token, "/api/v1/locations", "{\"code\":\"ONOWN" + suffix
                + "\",\"name\":\"オノウン 船橋" + suffix + "\",\"kind\":\"partner\"}"), "$.id");
        String product = JsonPath.read(api(token, "/api/v1/products", "{\"code\":\"LOT" + suffix
                + "\",\"name\":\"薬用美白化粧水 120mL\",\"unit\":\"本\",\"unitPrice\":3800,\"taxRate\":10}"), "$.id");
        String leaflet = JsonPath.read(api(token, "/api/v1/skus", "{\"sku\":\"EN" + suffix
                + "\",\"name\":\"同梱リーフレット(冬号)\",\"kind\":\"enclosure\"}"), "$.id");
        String sku = JsonPath.read(api(token, "/api/v1/skus", "{\"sku\":\"SK" + suffix + "\",\"name\":\"薬用美白化粧水 "
                + suffix + "\",\"kind\":\"product\",\"productId\":\"" + product + "\",\"reorderPoint\":5,"
                + "\"enclosures\":[{\"skuId\":\"" + leaflet + "\",\"quantity\":1}]}"), "$.id");
        api(token, "/api/v1/stock-movements", "{\"kind\":\"receipt\",\"skuId\":\"" + leaflet + "\",\"quantity\":100}");
        api(token, "/api/v1/stock-movements", "{\"kind\":\"receipt\",\"skuId\":\"" + sku + "\",\"locationId\":\""
                + partner + "\",\"quantity\":12}");
        String order = undeliveredOrder(token, product, suffix);

        Page p = phone ? newContext(phone().setViewportSize(390, 844)).newPage() : page;
        p.onDialog(dialog -> dialog.accept());
        signIn(p, manager);

        // Receiving stock.
        p.navigate("/inventory/skus/" + sku);
        p.locator("[data-testid=movement-kind]").selectOption("receipt");
        p.locator("[data-testid=movement-form] #quantity").fill("30");
        p.locator("[data-testid=save-movement]").click();
        assertThat(p.locator("[data-testid=sku-stock] [data-testid=on-hand]")).hasText("42");
        assertThat(p.locator("[data-testid=movements] li").first()).containsText(ja ? "入庫" : "Receipt");
        assertNoHorizontalScroll(p, width);
        screenshot(p, "inventory-" + lang + "-" + screen + "-received");

        // Shipping an order: its delivery recorded on the order's page ships 2 bottles and 2 leaflets.
        p.navigate("/orders/" + order);
        // The order's tasks arrive after the page (htmx). Above the delivery form they pushed 納品を記録 down on a
        // phone while it was being tapped, and the tap missed (the case ja/390 px had been left out for it).
        assertThat(p.locator("[data-testid=order-tasks]")).isVisible();
        Object tasksAbove = p.evaluate("() => document.querySelector('[data-testid=order-tasks]').parentElement"
                + ".getBoundingClientRect().bottom <= document.querySelector('[data-testid=record-delivery]')"
                + ".getBoundingClientRect().top");
        org.assertj.core.api.Assertions.assertThat(tasksAbove).as("the late tasks panel sits above 納品を記録")
                .isEqualTo(false);
        p.locator("[data-testid=record-delivery]").click();
        assertThat(p.locator("[data-testid=order-status]")).hasText(ja ? "納品済" : "Delivered");
        p.navigate("/inventory/skus/" + sku);
        for (int i = 0; i < 50 && !"40".equals(p.locator("[data-testid=sku-stock] [data-testid=on-hand]").textContent()); i++) {
            p.waitForTimeout(200);
            p.reload();
        }
        assertThat(p.locator("[data-testid=sku-stock] [data-testid=on-hand]")).hasText("40");
        assertThat(p.locator("[data-testid=movements] li").first()).containsText(ja ? "出荷" : "Shipment");
        p.navigate("/inventory?sku=EN" + suffix);
        assertThat(p.locator("[data-testid=stock] [data-testid=on-hand]")).hasText("98");
        assertNoHorizontalScroll(p, width);
        screenshot(p, "inventory-" + lang + "-" + screen + "-shipped");

        // A stock-take at the partner: one bottle short, closed only once the difference is explained.
        p.navigate("/inventory/takes");
        p.locator("[data-testid=start-take] #locationId").selectOption(partner);
        p.locator("[data-testid=start-take] #title").fill((ja ? "12月 月末棚卸 " : "December count ") + suffix);
        p.locator("[data-testid=start]").click();
        assertThat(p.locator("[data-testid=take-status]")).hasText(ja ? "実施中" : "Open");
        p.locator("[data-testid=counted]").fill("11");
        p.locator("[data-testid=save-counts]").click();
        assertThat(p.locator("[data-testid=difference]")).containsText("-1");
        p.locator("[data-testid=close-take]").click();
        assertThat(p.locator("[data-testid=form-errors]")).containsText(ja ? "理由を入力" : "give a reason");
        assertNoHorizontalScroll(p, width);
        screenshot(p, "inventory-" + lang + "-" + screen + "-take-refused");
        p.locator("[data-testid=reason]").fill(ja ? "破損1本(外箱つぶれ)" : "One bottle damaged");
        p.locator("[data-testid=save-counts]").click();
        p.locator("[data-testid=close-take]").click();
        assertThat(p.locator("[data-testid=take-status]")).hasText(ja ? "締め済み" : "Closed");
        screenshot(p, "inventory-" + lang + "-" + screen + "-take-closed");
        Long atPartner = jdbc.sql("select on_hand from stock_level where sku_id = ? and location_id = ?")
                .params(UUID.fromString(sku), UUID.fromString(partner)).query(Long.class).single();
        org.assertj.core.api.Assertions.assertThat(atPartner).isEqualTo(11);

        p.navigate("/inventory/forecast");
        assertNoHorizontalScroll(p, width);
        p.navigate("/inventory/check");
        assertNoHorizontalScroll(p, width);
        screenshot(p, "inventory-" + lang + "-" + screen + "-check");

        // The month's plan beside the actuals: a manager types it on the grid.
        p.navigate("/inventory/plans?sku=SK" + suffix);
        p.locator("[data-testid=plan-receipts]").fill("50");
        p.locator("[data-testid=plan-shipments]").fill("abc");
        p.locator("[data-testid=save-plans]").click();
        assertThat(p.locator("[data-testid=form-errors]")).isVisible();
        assertThat(p.locator("[data-testid=plan-shipments]")).hasValue("abc");
        assertThat(p.locator("[data-testid=plan-receipts]")).hasValue("50");
        p.locator("[data-testid=plan-shipments]").fill("10");
        p.locator("[data-testid=save-plans]").click();
        assertThat(p.locator("[data-testid=plan-receipts]")).hasValue("50");
        assertThat(p.locator("[data-testid=actual-receipts]")).containsText(ja ? "実績 42" : "Actual 42");
        assertNoHorizontalScroll(p, width);
        screenshot(p, "inventory-" + lang + "-" + screen + "-plans");
    }

    private void ensureDefaultLocation(String token) throws Exception {
        Long defaults = jdbc.sql("select count(*) from stock_location where is_default").query(Long.class).single();
        if (defaults == 0) {
            api(token, "/api/v1/locations", "{\"code\":\"" + unique("WH") + "\",\"name\":\"本社倉庫\",\"isDefault\":true}");
        }
    }

    /** A won deal's order of 2 bottles, not delivered yet. */
    private String undeliveredOrder(String token, String product, String suffix) throws Exception {
        String pipeline = api(token, "/api/v1/pipelines", "{\"name\":\"在庫" + suffix + "\",\"stages\":["
                + "{\"name\":\"見積\",\"kind\":\"open\",\"winProbability\":60},"
                + "{\"name\":\"受注\",\"kind\":\"won\",\"winProbability\":100},"
                + "{\"name\":\"失注\",\"kind\":\"lost\",\"winProbability\":0}]}");
        UUID company = UUID.randomUUID();
        jdbc.sql("insert into company (id, kind, name, name_kana, status) values (?, 'individual', ?, 'テスト', 'customer')")
                .params(company, "山田 花子" + suffix).update();
        String deal = JsonPath.read(api(token, "/api/v1/deals", "{\"name\":\"化粧水 定期購入" + suffix
                + "\",\"companyId\":\"" + company + "\",\"pipelineId\":\"" + JsonPath.read(pipeline, "$.id")
                + "\",\"amount\":7600}"), "$.id");
        String quote = JsonPath.read(api(token, "/api/v1/quotes", "{\"dealId\":\"" + deal + "\",\"title\":\"化粧水\","
                + "\"lines\":[{\"productId\":\"" + product + "\",\"quantity\":2}]}"), "$.id");
        send(token, "/api/v1/quotes/" + quote + "/accept", "{\"version\":0}");
        long version = ((Number) JsonPath.read(get(token, "/api/v1/deals/" + deal), "$.version")).longValue();
        send(token, "/api/v1/deals/" + deal + "/move", "{\"version\":" + version + ",\"stageId\":\""
                + JsonPath.read(pipeline, "$.stages[1].id") + "\"}");
        for (int i = 0; i < 100; i++) {
            java.util.List<String> ids = JsonPath.read(get(token, "/api/v1/orders?filter%5BcompanyId%5D=" + company),
                    "$.items[*].id");
            if (!ids.isEmpty()) {
                return ids.getFirst();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no order for the won deal");
    }

    private String get(String token, String path) throws Exception {
        var response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://localhost:" + port + path)).header("Authorization", "Bearer " + token)
                .GET().build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        org.assertj.core.api.Assertions.assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    private void send(String token, String path, String json) throws Exception {
        var response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://localhost:" + port + path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(java.net.http.HttpRequest.BodyPublishers.ofString(json))
                .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        org.assertj.core.api.Assertions.assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }
}
