package dev.kizuna.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import dev.kizuna.identity.PermissionLevel;
import org.junit.jupiter.api.Test;

/**
 * Issue 21: the 3-month forecast of a fixture of subscriptions (one start-month cohort of four, one cancelled: rate
 * 0.75) and one campaign equals the hand-computed figure, shows its steps, and "what if 100 customers" recomputes it.
 */
class ForecastApiTest extends InventoryFixture {

    @Test
    void theThreeMonthForecastOfSubscriptionsAndACampaignEqualsTheHandComputedFigure() throws Exception {
        String admin = tokenFor(PermissionLevel.ADMIN);
        String product = product(admin, "薬用美白化粧水 120mL");
        String[] leaflet = enclosureSku(admin, "同梱リーフレット(定期便のご案内)");
        String[] lotion = productSku(admin, product, "薬用美白化粧水 120mL", leaflet[0], 2);
        String company = JsonPath.read(ok(post(admin, "/api/v1/companies", "{\"name\":\"" + unique("鈴木 由美")
                + "\",\"nameKana\":\"テスト\"}"), 201), "$.id");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
        // A cohort no other test starts subscriptions in: a month of 2001–2020 chosen at random.
        LocalDate started = LocalDate.of(2001 + new java.util.Random().nextInt(20), 1 + new java.util.Random()
                .nextInt(12), 1);
        subscription(company, product, "active", "days", 30, null, today.plusDays(5), started, 2); // 5, 35, 65: 3 × 2
        subscription(company, product, "active", "months", 1, today.plusDays(10).getDayOfMonth(), today.plusDays(10),
                started, 1); // +10 days, +1 month, +2 months: 3 × 1
        subscription(company, product, "skipping", "days", 30, null, today.plusDays(20), started, 1); // 50, 80: 2 × 1
        subscription(company, product, "cancelled", "days", 30, null, today.plusDays(3), started, 5);
        ok(post(admin, "/api/v1/campaign-demands", "{\"name\":\"冬の美白トライアル\",\"startsOn\":\""
                + today.plusDays(15) + "\",\"expectedOrders\":40,\"lines\":[{\"skuId\":\"" + lotion[0]
                + "\",\"perOrder\":1}]}"), 201);

        String forecast = ok(get(admin, "/api/v1/stock-forecast").param("months", "3"), 200);
        Map<String, Object> row = only(forecast, lotion[1]);
        // (6 + 3 + 2) × 3/4 = 8.25; + 40 = 48.25 → 49. Leaflets: 48.25 × 2 = 96.5 → 97.
        assertThat(((Number) row.get("subscriptionUnits")).doubleValue()).isEqualTo(8.25);
        assertThat(((Number) row.get("campaignUnits")).doubleValue()).isEqualTo(40.0);
        assertThat(row.get("total")).isEqualTo(49);
        assertThat(row.get("toProcure")).isEqualTo(49);
        assertThat(only(forecast, leaflet[1]).get("total")).isEqualTo(97);
        List<Map<String, Object>> steps = JsonPath.read(row, "$.steps");
        assertThat(steps).extracting(s -> s.get("source"), s -> s.get("label"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("subscriptions",
                        java.time.YearMonth.from(started).toString()),
                        org.assertj.core.groups.Tuple.tuple("campaign", "冬の美白トライアル"));

        String demandId = JsonPath.<List<String>>read(ok(get(admin, "/api/v1/campaign-demands"), 200),
                "$.items[?(@.name == '冬の美白トライアル')].id").getFirst();
        String scaled = ok(get(admin, "/api/v1/stock-forecast").param("months", "3")
                .param("campaignDemandId", demandId).param("customers", "100"), 200);
        assertThat(only(scaled, lotion[1]).get("total")).isEqualTo(109); // 8.25 + 100 → 109

        assertThat(call(get(admin, "/api/v1/stock-forecast").param("months", "13")).getStatus()).isEqualTo(422);
    }

    private static Map<String, Object> only(String forecast, String code) {
        List<Map<String, Object>> rows = JsonPath.read(forecast, "$.items[?(@.sku == '" + code + "')]");
        assertThat(rows).hasSize(1);
        return rows.getFirst();
    }

    private void subscription(String company, String product, String status, String unit, int every, Integer day,
            LocalDate next, LocalDate started, int quantity) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into subscription (id, company_id, title, cycle_unit, cycle_every, cycle_day, next_delivery_on,
                    status, started_on, cancelled_on) values (?, ?, '化粧水 定期便', ?, ?, ?, ?, ?, ?, ?)
                """).params(id, UUID.fromString(company), unit, every, day, next, status, started,
                "cancelled".equals(status) ? started.plusMonths(2) : null).update();
        jdbc.sql("insert into subscription_item (subscription_id, position, product_id, quantity, unit_price)"
                + " values (?, 0, ?, ?, 3420)").params(id, UUID.fromString(product), quantity).update();
    }
}
