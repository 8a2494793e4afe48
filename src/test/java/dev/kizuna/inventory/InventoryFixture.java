package dev.kizuna.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import dev.kizuna.support.ApiTestBase;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Shared steps of the inventory API tests: products, SKUs, the default location, movements, stock read back. */
abstract class InventoryFixture extends ApiTestBase {

    protected MockHttpServletResponse call(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.header("Accept-Language", "en")).andReturn().getResponse();
    }

    protected String ok(MockHttpServletRequestBuilder request, int status) throws Exception {
        MockHttpServletResponse r = call(request);
        assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(status);
        return r.getContentAsString();
    }

    /** The default location (added, as the default, when there is none yet). */
    protected String defaultLocation(String manager) throws Exception {
        List<Map<String, Object>> all = JsonPath.read(ok(get(manager, "/api/v1/locations"), 200), "$.items");
        return all.stream().filter(l -> Boolean.TRUE.equals(l.get("isDefault"))).map(l -> (String) l.get("id"))
                .findFirst().orElseGet(() -> {
                    try {
                        return JsonPath.read(ok(post(manager, "/api/v1/locations", "{\"code\":\"" + unique("WH")
                                + "\",\"name\":\"本社倉庫\",\"kind\":\"warehouse\",\"isDefault\":true}"), 201), "$.id");
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
    }

    protected String location(String manager, String name) throws Exception {
        return JsonPath.read(ok(post(manager, "/api/v1/locations", "{\"code\":\"" + unique("LOC") + "\",\"name\":\""
                + name + "\",\"kind\":\"partner\"}"), 201), "$.id");
    }

    protected String product(String manager, String name) throws Exception {
        return JsonPath.read(ok(post(manager, "/api/v1/products", "{\"code\":\"" + unique("SK") + "\",\"name\":\""
                + name + "\",\"unitPrice\":3800,\"taxRate\":10}"), 201), "$.id");
    }

    /** A product's SKU; returns {id, code}. */
    protected String[] productSku(String manager, String productId, String name, String enclosureId, int perUnit)
            throws Exception {
        String code = unique("SKU");
        String enclosures = enclosureId == null ? "[]"
                : "[{\"skuId\":\"" + enclosureId + "\",\"quantity\":" + perUnit + "}]";
        String id = JsonPath.read(ok(post(manager, "/api/v1/skus", "{\"sku\":\"" + code + "\",\"name\":\"" + name
                + "\",\"kind\":\"product\",\"productId\":\"" + productId + "\",\"enclosures\":" + enclosures + "}"),
                201), "$.id");
        return new String[] {id, code};
    }

    protected String[] enclosureSku(String manager, String name) throws Exception {
        String code = unique("ENC");
        String id = JsonPath.read(ok(post(manager, "/api/v1/skus", "{\"sku\":\"" + code + "\",\"name\":\"" + name
                + "\",\"kind\":\"enclosure\"}"), 201), "$.id");
        return new String[] {id, code};
    }

    protected MockHttpServletResponse move(String token, String kind, String skuId, String locationId, int quantity,
            String reason) throws Exception {
        return call(post(token, "/api/v1/stock-movements", "{\"kind\":\"" + kind + "\",\"skuId\":\"" + skuId + "\""
                + (locationId == null ? "" : ",\"locationId\":\"" + locationId + "\"") + ",\"quantity\":" + quantity
                + (reason == null ? "" : ",\"reason\":\"" + reason + "\"") + "}"));
    }

    /** The SKU's stock item from /api/v1/stock?filter[sku]=code. */
    protected Map<String, Object> stockOf(String token, String code) throws Exception {
        List<Map<String, Object>> items = JsonPath.read(ok(get(token, "/api/v1/stock").param("filter[sku]", code),
                200), "$.items");
        assertThat(items).hasSize(1);
        return items.getFirst();
    }

    protected long onHand(String token, String code) throws Exception {
        return ((Number) stockOf(token, code).get("onHand")).longValue();
    }
}
