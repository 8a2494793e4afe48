package dev.kizuna.commerce;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.stream.Stream;

import com.jayway.jsonpath.JsonPath;
import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.support.ApiTestBase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Each permission level × each commerce action through the API: the table in docs/permissions.md ("Commerce").
 * Everyone reads; members and above write quotes, deliveries and payments; administrators keep the price list.
 */
class CommercePermissionsTest extends ApiTestBase {

    interface Action {
        MockHttpServletRequestBuilder request(String token, String productId, String dealId, String quoteId);
    }

    static Stream<Arguments> matrix() {
        return Stream.of(
                Arguments.of("list products", (Action) (t, p, d, q) -> get(t, "/api/v1/products"), new int[] {200, 200, 200, 200}),
                Arguments.of("add a product", (Action) (t, p, d, q) -> post(t, "/api/v1/products", "{\"code\":\""
                        + unique("P") + "\",\"name\":\"封筒\",\"unitPrice\":100,\"taxRate\":10}"), new int[] {201, 403, 403, 403}),
                Arguments.of("change a product", (Action) (t, p, d, q) -> patch(t, "/api/v1/products/{id}",
                        "{\"version\":0,\"unitPrice\":120}", p), new int[] {200, 403, 403, 403}),
                Arguments.of("list quotes", (Action) (t, p, d, q) -> get(t, "/api/v1/quotes"), new int[] {200, 200, 200, 200}),
                Arguments.of("read a quote's PDF", (Action) (t, p, d, q) -> get(t, "/api/v1/quotes/" + q + ".pdf"),
                        new int[] {200, 200, 200, 200}),
                Arguments.of("make a quote", (Action) (t, p, d, q) -> post(t, "/api/v1/quotes", "{\"dealId\":\"" + d
                        + "\",\"title\":\"名刺\",\"lines\":[{\"productId\":\"" + p + "\"}]}"), new int[] {201, 201, 201, 403}),
                Arguments.of("accept a quote", (Action) (t, p, d, q) -> post(t, "/api/v1/quotes/{id}/accept",
                        "{\"version\":0}", q), new int[] {200, 200, 200, 403}),
                Arguments.of("list orders", (Action) (t, p, d, q) -> get(t, "/api/v1/orders"), new int[] {200, 200, 200, 200}),
                Arguments.of("list overdue orders", (Action) (t, p, d, q) -> get(t, "/api/v1/orders?filter[overdue]=true"),
                        new int[] {200, 200, 200, 200}),
                Arguments.of("list payments", (Action) (t, p, d, q) -> get(t, "/api/v1/payments"), new int[] {200, 200, 200, 200}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void eachLevelGetsWhatTheTableSays(String action, Action request, int[] expected) throws Exception {
        String admin = tokenFor(PermissionLevel.ADMIN);
        CommerceFixture fx = CommerceFixture.create(mvc, admin, unique(""));
        String product = JsonPath.read(CommerceFixture.post(mvc, admin, "/api/v1/products", "{\"code\":\"" + unique("BC")
                + "\",\"name\":\"名刺印刷 100枚\",\"unitPrice\":3000,\"taxRate\":10}"), "$.id");
        String deal = fx.deal(mvc, admin, "名刺", 30_000);
        PermissionLevel[] levels = {PermissionLevel.ADMIN, PermissionLevel.MANAGER, PermissionLevel.MEMBER,
                PermissionLevel.VIEWER};
        for (int i = 0; i < levels.length; i++) {
            String quote = JsonPath.read(CommerceFixture.post(mvc, admin, "/api/v1/quotes", "{\"dealId\":\"" + deal
                    + "\",\"title\":\"名刺\",\"lines\":[{\"productId\":\"" + product + "\"}]}"), "$.id");
            String productForThis = i == 0 ? product : JsonPath.read(CommerceFixture.post(mvc, admin, "/api/v1/products",
                    "{\"code\":\"" + unique("BC") + "\",\"name\":\"封筒\",\"unitPrice\":100,\"taxRate\":10}"), "$.id");
            mvc.perform(request.request(tokenFor(levels[i]), productForThis, deal, quote))
                    .andExpect(status().is(expected[i]));
        }
    }
}
