package dev.kizuna.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import dev.kizuna.identity.PermissionLevel;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Issue 21: a stock-take with a difference cannot close until the difference is explained; closing writes the
 * difference as an adjustment (so the book becomes the count), is audited, and a closed take takes no more counts.
 * Until then the take is on the daily check list.
 */
class StockTakeTest extends InventoryFixture {

    @Test
    void aDifferenceMustBeExplainedBeforeTheTakeCloses() throws Exception {
        String admin = tokenFor(PermissionLevel.ADMIN);
        String member = tokenFor(PermissionLevel.MEMBER);
        String warehouse = location(admin, "オノウン 船橋センター");
        String[] serum = productSku(admin, product(admin, "集中美容液 30mL"), "集中美容液 30mL", null, 0);
        String[] leaflet = enclosureSku(admin, "同梱リーフレット");
        move(member, "receipt", serum[0], warehouse, 40, null);
        move(member, "receipt", leaflet[0], warehouse, 200, null);

        String take = ok(post(member, "/api/v1/stock-takes", "{\"locationId\":\"" + warehouse
                + "\",\"title\":\"12月 月末棚卸\"}"), 201);
        String id = JsonPath.read(take, "$.id");
        assertThat(JsonPath.<List<Map<String, Object>>>read(take, "$.lines")).extracting(l -> l.get("book"))
                .containsExactlyInAnyOrder(40, 200);

        take = ok(post(member, "/api/v1/stock-takes/{id}/counts", "{\"version\":0,\"lines\":[{\"skuId\":\"" + serum[0]
                + "\",\"counted\":38},{\"skuId\":\"" + leaflet[0] + "\",\"counted\":200}]}", id), 200);
        assertThat(JsonPath.<Integer>read(take, "$.unexplained")).isEqualTo(1);
        List<Map<String, Object>> open = JsonPath.read(ok(get(member, "/api/v1/stock-check"), 200),
                "$.openTakes[?(@.id == '" + id + "')]");
        assertThat(open).hasSize(1);

        MockHttpServletResponse refused = call(post(admin, "/api/v1/stock-takes/{id}/close", "{\"version\":1}", id));
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(JsonPath.<String>read(refused.getContentAsString(), "$.errors[0].field")).endsWith(".reason");
        assertThat(JsonPath.<String>read(refused.getContentAsString(), "$.errors[0].message"))
                .contains(serum[1], "-2");
        assertThat(onHand(member, serum[1])).isEqualTo(40);
        assertThat(call(post(member, "/api/v1/stock-takes/{id}/close", "{\"version\":1}", id)).getStatus())
                .as("closing is a manager's").isEqualTo(403);

        ok(post(member, "/api/v1/stock-takes/{id}/counts", "{\"version\":1,\"lines\":[{\"skuId\":\"" + serum[0]
                + "\",\"counted\":38,\"reason\":\"破損2本(検品時に液漏れ)\"}]}", id), 200);
        String closed = ok(post(admin, "/api/v1/stock-takes/{id}/close", "{\"version\":2}", id), 200);
        assertThat(JsonPath.<String>read(closed, "$.status")).isEqualTo("closed");
        assertThat(onHand(member, serum[1])).isEqualTo(38);
        List<Map<String, Object>> history = JsonPath.read(ok(get(member, "/api/v1/stock-movements")
                .param("filter[sku]", serum[1]), 200), "$.items");
        assertThat(history.getFirst()).containsEntry("kind", "adjustment").containsEntry("quantity", -2)
                .containsEntry("reason", "破損2本(検品時に液漏れ)").containsEntry("stockTakeId", id);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'stockTake.closed' and object_id = ?")
                .param(id).query(Long.class).single()).isEqualTo(1);
        assertThat(call(post(member, "/api/v1/stock-takes/{id}/counts", "{\"version\":3,\"lines\":[{\"skuId\":\""
                + serum[0] + "\",\"counted\":1}]}", id)).getStatus()).isEqualTo(422);
    }
}
