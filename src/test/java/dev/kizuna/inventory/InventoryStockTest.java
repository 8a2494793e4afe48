package dev.kizuna.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import dev.kizuna.commerce.LineItem;
import dev.kizuna.commerce.Order;
import dev.kizuna.commerce.Orders;
import dev.kizuna.commerce.RecurringOrder;
import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.platform.security.SystemActor;
import dev.kizuna.support.EventListenersDone;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Issue 21's stock: receipts, an order delivered through commerce (shipping its line and the line's enclosure once,
 * however often the event arrives), a return and an adjustment give the hand-computed stock; refusals name the field,
 * the SKU and the shortfall; nothing is ever updated or deleted in the movements.
 */
class InventoryStockTest extends InventoryFixture {

    @Autowired
    Orders orders;
    @Autowired
    OrderShipments shipments;

    String manager;
    String member;
    String lotion;
    String[] lotionSku;
    String[] leaflet;

    @BeforeEach
    void skus() throws Exception {
        manager = tokenFor(PermissionLevel.ADMIN);
        member = tokenFor(PermissionLevel.MEMBER);
        defaultLocation(manager);
        lotion = product(manager, "薬用美白化粧水 120mL");
        leaflet = enclosureSku(manager, "同梱リーフレット(冬号)");
        lotionSku = productSku(manager, lotion, "薬用美白化粧水 120mL", leaflet[0], 1);
    }

    @Test
    void receiptsAnOrderAReturnAndAnAdjustmentGiveTheHandComputedStock() throws Exception {
        assertThat(move(member, "receipt", lotionSku[0], null, 100, null).getStatus()).isEqualTo(201);
        assertThat(move(member, "receipt", leaflet[0], null, 50, null).getStatus()).isEqualTo(201);

        Instant before = Instant.now();
        String company = JsonPath.read(ok(post(manager, "/api/v1/companies", "{\"name\":\"" + unique("山田 花子")
                + "\",\"nameKana\":\"テスト\"}"), 201), "$.id");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
        Order order = SystemActor.call(() -> orders.placeRecurring(new RecurringOrder(UUID.fromString(company),
                "薬用美白化粧水 定期便", today, List.of(LineItem.of(UUID.fromString(lotion), "薬用美白化粧水 120mL", 3, "本",
                        3420, 10)), true)));
        EventListenersDone.since(jdbc, before);
        assertThat(onHand(member, lotionSku[1])).isEqualTo(97);
        assertThat(onHand(member, leaflet[1])).as("one leaflet per unit shipped").isEqualTo(47);

        // The event delivered again ships nothing twice.
        assertThat(SystemActor.call(() -> shipments.ship(order.id(), today))).isZero();
        assertThat(onHand(member, lotionSku[1])).isEqualTo(97);
        List<Map<String, Object>> history = JsonPath.read(ok(get(member, "/api/v1/stock-movements")
                .param("filter[sku]", lotionSku[1]), 200), "$.items");
        assertThat(history).extracting(m -> m.get("kind")).containsExactly("shipment", "receipt");
        assertThat(history.getFirst().get("orderId")).isEqualTo(order.id().toString());
        assertThat(history.getFirst().get("quantity")).isEqualTo(-3);

        assertThat(move(member, "return", lotionSku[0], null, 1, null).getStatus()).isEqualTo(201);
        assertThat(move(member, "adjustment", lotionSku[0], null, -2, "破損(輸送中の液漏れ)").getStatus()).isEqualTo(201);
        assertThat(onHand(member, lotionSku[1])).isEqualTo(100 - 3 + 1 - 2);
        Map<String, Object> line = stockOf(member, lotionSku[1]);
        assertThat(line.get("available")).isEqualTo(96);
        Long audited = jdbc.sql("select count(*) from audit_event where action = 'stockMovement.adjustment'"
                + " and object_id = (select id::text from stock_movement where sku_id = ? and kind = 'adjustment')")
                .param(UUID.fromString(lotionSku[0])).query(Long.class).single();
        assertThat(audited).isEqualTo(1);
    }

    @Test
    void aShipmentBeyondTheStockIsRefusedNamingTheSkuAndTheShortfall() throws Exception {
        move(member, "receipt", lotionSku[0], null, 5, null);
        MockHttpServletResponse refused = move(member, "shipment", lotionSku[0], null, 8, null);
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentType()).startsWith("application/problem+json");
        assertThat(JsonPath.<String>read(refused.getContentAsString(), "$.errors[0].field")).isEqualTo("quantity");
        assertThat(JsonPath.<String>read(refused.getContentAsString(), "$.errors[0].message"))
                .isEqualTo("Not enough stock of " + lotionSku[1] + ": 3 short (on hand 5).");
        assertThat(onHand(member, lotionSku[1])).isEqualTo(5);
    }

    @Test
    void badInputIsRefusedNamingTheField() throws Exception {
        assertThat(field(move(member, "receipt", lotionSku[0], null, -4, null))).isEqualTo("quantity");
        assertThat(field(move(member, "adjustment", lotionSku[0], null, -1, null))).isEqualTo("reason");
        assertThat(field(move(member, "adjustment", lotionSku[0], null, 0, "棚卸"))).isEqualTo("quantity");
        assertThat(field(move(member, "receipt", UUID.randomUUID().toString(), null, 1, null))).isEqualTo("skuId");
        assertThat(field(move(member, "transfer", lotionSku[0], null, 1, null))).isEqualTo("toLocationId");
        MockHttpServletResponse viewer = move(tokenFor(PermissionLevel.VIEWER), "receipt", lotionSku[0], null, 1,
                null);
        assertThat(viewer.getStatus()).isEqualTo(403);
    }

    @Test
    void movementsAreNeverUpdatedOrDeleted() throws Exception {
        move(member, "receipt", lotionSku[0], null, 3, null);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.sql(
                "update stock_movement set quantity = 30 where sku_id = ?").param(UUID.fromString(lotionSku[0]))
                .update()).hasMessageContaining("append-only");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.sql(
                "delete from stock_movement where sku_id = ?").param(UUID.fromString(lotionSku[0])).update())
                .hasMessageContaining("append-only");
        assertThat(onHand(member, lotionSku[1])).isEqualTo(3);
    }

    @Test
    void anOrderTheStockCannotCoverIsKeptOnTheDailyCheckUntilShipped() throws Exception {
        move(member, "receipt", lotionSku[0], null, 1, null);
        move(member, "receipt", leaflet[0], null, 10, null);
        String company = JsonPath.read(ok(post(manager, "/api/v1/companies", "{\"name\":\"" + unique("佐藤 美咲")
                + "\",\"nameKana\":\"テスト\"}"), 201), "$.id");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
        Instant before = Instant.now();
        Order order = SystemActor.call(() -> orders.placeRecurring(new RecurringOrder(UUID.fromString(company),
                "化粧水", today, List.of(LineItem.of(UUID.fromString(lotion), "化粧水", 2, "本", 3420, 10)), true)));
        EventListenersDone.since(jdbc, before);
        assertThat(onHand(member, lotionSku[1])).as("nothing shipped, never negative").isEqualTo(1);
        assertThat(onHand(member, leaflet[1])).isEqualTo(8);
        String check = ok(get(member, "/api/v1/stock-check"), 200);
        List<Map<String, Object>> shortfalls = JsonPath.read(check, "$.shortfalls[?(@.orderId == '" + order.id()
                + "')]");
        assertThat(shortfalls).hasSize(1);
        assertThat(shortfalls.getFirst().get("shortfall")).isEqualTo(1);
        String ship = "{\"orderId\":\"" + order.id() + "\",\"orderLine\":0,\"skuId\":\"" + lotionSku[0] + "\"}";
        assertThat(call(post(member, "/api/v1/stock-check/shortfalls/ship", ship)).getStatus()).isEqualTo(422);
        move(member, "receipt", lotionSku[0], null, 5, null);
        assertThat(call(post(member, "/api/v1/stock-check/shortfalls/ship", ship)).getStatus()).isEqualTo(204);
        assertThat(onHand(member, lotionSku[1])).isEqualTo(4);
        assertThat(JsonPath.<List<?>>read(ok(get(member, "/api/v1/stock-check"), 200), "$.shortfalls[?(@.orderId == '"
                + order.id() + "')]")).isEmpty();
    }

    private static String field(MockHttpServletResponse r) throws Exception {
        assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(422);
        return JsonPath.read(r.getContentAsString(), "$.errors[0].field");
    }
}
