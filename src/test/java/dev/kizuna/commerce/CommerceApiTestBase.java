package dev.kizuna.commerce;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import com.jayway.jsonpath.JsonPath;
import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.support.ApiTestBase;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;

/** Shared set-up of the commerce API tests: an administrator, a member, a pipeline with seed 004's stages and a customer. */
abstract class CommerceApiTestBase extends ApiTestBase {

    protected String admin;
    protected String member;
    protected CommerceFixture fx;

    @BeforeEach
    void setUpCommerce() throws Exception {
        admin = tokenFor(PermissionLevel.ADMIN);
        member = tokenFor(PermissionLevel.MEMBER);
        fx = CommerceFixture.create(mvc, admin, unique(""));
    }

    protected String product(String code, long price, int rate) throws Exception {
        return JsonPath.read(CommerceFixture.post(mvc, admin, "/api/v1/products", "{\"code\":\"" + code
                + "\",\"name\":\"名刺印刷 100枚\",\"unit\":\"箱\",\"unitPrice\":" + price + ",\"taxRate\":" + rate + "}"),
                "$.id");
    }

    protected String body(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
            throws Exception {
        return mvc.perform(request).andReturn().getResponse().getContentAsString();
    }

    /** The deal's order, once the listener that makes it after the win has run. */
    protected String awaitOrder(String dealId) {
        String[] found = new String[1];
        Awaitility.await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
            String list = body(get(member, "/api/v1/orders?filter[companyId]=" + fx.companyId() + "&limit=200"));
            java.util.List<String> ids = JsonPath.read(list, "$.items[?(@.dealId == '" + dealId + "')].id");
            assertThat(ids).hasSize(1);
            found[0] = body(get(member, "/api/v1/orders/" + ids.getFirst()));
        });
        return found[0];
    }
}
