package dev.kizuna.sales;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.support.ApiTestBase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Each permission level × each sales action through the API: the table in docs/permissions.md. */
class SalesPermissionsTest extends ApiTestBase {

    interface Action {
        MockHttpServletRequestBuilder request(String token, SalesFixture f, String dealId);
    }

    static Stream<Arguments> matrix() {
        Map<String, Object[]> table = new LinkedHashMap<>();
        // action                          admin manager member viewer
        table.put("list pipelines", row((t, f, d) -> get(t, "/api/v1/pipelines"), 200, 200, 200, 200));
        table.put("create a pipeline", row((t, f, d) -> post(t, "/api/v1/pipelines", "{\"name\":\"" + unique("権限")
                + "\",\"stages\":" + SalesFixture.STAGES + "}"), 201, 403, 403, 403));
        table.put("change a stage", row((t, f, d) -> patch(t, "/api/v1/pipelines/{p}/stages/{s}",
                "{\"version\":0,\"maxDays\":5}", f.pipelineId(), f.stageIds().get(0)), 200, 403, 403, 403));
        table.put("list lost reasons", row((t, f, d) -> get(t, "/api/v1/lost-reasons"), 200, 200, 200, 200));
        table.put("add a lost reason", row((t, f, d) -> post(t, "/api/v1/lost-reasons", "{\"name\":\"" + unique("理由") + "\"}"),
                201, 403, 403, 403));
        table.put("list deals", row((t, f, d) -> get(t, "/api/v1/deals"), 200, 200, 200, 200));
        table.put("read a deal", row((t, f, d) -> get(t, "/api/v1/deals/{id}", d), 200, 200, 200, 200));
        table.put("create a deal", row((t, f, d) -> post(t, "/api/v1/deals", "{\"name\":\"権限の商談\",\"companyId\":\""
                + f.companyId() + "\",\"pipelineId\":\"" + f.pipelineId() + "\"}"), 201, 201, 201, 403));
        table.put("change a deal", row((t, f, d) -> patch(t, "/api/v1/deals/{id}", "{\"version\":0,\"amount\":1}", d),
                200, 200, 200, 403));
        table.put("move a deal", row((t, f, d) -> post(t, "/api/v1/deals/{id}/move", "{\"version\":0,\"stageId\":\""
                + f.stageIds().get(1) + "\"}", d), 200, 200, 200, 403));
        table.put("read its stage changes", row((t, f, d) -> get(t, "/api/v1/deals/{id}/stage-changes", d), 200, 200, 200, 200));
        table.put("read the daily report's deals", row((t, f, d) -> get(t, "/api/v1/daily-reports/2026-10-13"),
                200, 200, 200, 403));
        return table.entrySet().stream().flatMap(e -> Stream.of(PermissionLevel.ADMIN, PermissionLevel.MANAGER,
                PermissionLevel.MEMBER, PermissionLevel.VIEWER).map(level -> Arguments.of(e.getKey(), level,
                e.getValue()[0], (int) e.getValue()[1 + level.ordinal()])));
    }

    private static Object[] row(Action action, int admin, int manager, int member, int viewer) {
        return new Object[] {action, admin, manager, member, viewer};
    }

    @ParameterizedTest(name = "{1} may {0}: {3}")
    @MethodSource("matrix")
    void eachLevelGetsExactlyWhatThePermissionTableSays(String name, PermissionLevel level, Action action,
            int expected) throws Exception {
        String admin = tokenFor(PermissionLevel.ADMIN);
        SalesFixture f = SalesFixture.create(mvc, admin, unique(""));
        String deal = f.createDeal(mvc, admin, "権限確認の商談", 1000);
        mvc.perform(action.request(tokenFor(level), f, deal)).andExpect(status().is(expected));
    }
}
