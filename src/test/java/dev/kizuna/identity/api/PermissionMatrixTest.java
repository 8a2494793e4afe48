package dev.kizuna.identity.api;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.support.ApiTestBase;
import dev.kizuna.support.TestAccounts;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Each permission level × each action on users, roles, teams, tokens and the audit log, through the API.
 * The expected status is the product's permission table (docs/permissions.md); the services enforce it.
 */
class PermissionMatrixTest extends ApiTestBase {

    private static final PermissionLevel A = PermissionLevel.ADMIN;
    private static final PermissionLevel M = PermissionLevel.MANAGER;
    private static final PermissionLevel E = PermissionLevel.MEMBER;
    private static final PermissionLevel V = PermissionLevel.VIEWER;

    interface Action {
        MockHttpServletRequestBuilder request(String token, Fixture f);
    }

    /** A fresh target user, role, team and someone else's token for each case. */
    record Fixture(UUID userId, UUID roleId, UUID teamId, UUID othersTokenId, UUID companyId) {
    }

    static Stream<Arguments> matrix() {
        Map<String, Object[]> table = new java.util.LinkedHashMap<>();
        // action                        admin manager member viewer
        table.put("list users", row((t, f) -> get(t, "/api/v1/users"), 200, 200, 200, 200));
        table.put("read a user", row((t, f) -> get(t, "/api/v1/users/{id}", f.userId()), 200, 200, 200, 200));
        table.put("create a user", row((t, f) -> post(t, "/api/v1/users",
                "{\"email\":\"" + unique("m") + "@test.example.jp\",\"displayName\":\"山本 一郎\",\"level\":\"member\"}"),
                201, 403, 403, 403));
        table.put("change a user", row((t, f) -> patch(t, "/api/v1/users/{id}", "{\"version\":0,\"displayName\":\"山本 二郎\"}",
                f.userId()), 200, 403, 403, 403));
        table.put("deactivate a user", row((t, f) -> post(t, "/api/v1/users/{id}/deactivate", "{\"version\":0}",
                f.userId()), 200, 403, 403, 403));
        table.put("reset a password", row((t, f) -> post(t, "/api/v1/users/{id}/password-reset", "", f.userId()),
                200, 403, 403, 403));
        table.put("list roles", row((t, f) -> get(t, "/api/v1/roles"), 200, 200, 200, 200));
        table.put("create a role", row((t, f) -> post(t, "/api/v1/roles", "{\"name\":\"" + unique("担当") + "\"}"),
                201, 403, 403, 403));
        table.put("rename a role", row((t, f) -> patch(t, "/api/v1/roles/{id}", "{\"version\":0,\"name\":\"" + unique("改") + "\"}",
                f.roleId()), 200, 403, 403, 403));
        table.put("retire a role", row((t, f) -> post(t, "/api/v1/roles/{id}/retire", "{\"version\":0}", f.roleId()),
                200, 403, 403, 403));
        table.put("list teams", row((t, f) -> get(t, "/api/v1/teams"), 200, 200, 200, 200));
        table.put("change a team", row((t, f) -> patch(t, "/api/v1/teams/{id}", "{\"version\":0,\"name\":\"" + unique("班") + "\"}",
                f.teamId()), 200, 403, 403, 403));
        table.put("create my token", row((t, f) -> post(t, "/api/v1/tokens", "{\"name\":\"cli\",\"scope\":\"read\"}"),
                201, 201, 201, 201));
        table.put("list my tokens", row((t, f) -> get(t, "/api/v1/tokens"), 200, 200, 200, 200));
        table.put("revoke someone else's token", row((t, f) -> delete(t, "/api/v1/tokens/{id}", f.othersTokenId()),
                204, 404, 404, 404));
        table.put("read the audit log", row((t, f) -> get(t, "/api/v1/audit-events"), 200, 403, 403, 403));
        table.put("read me", row((t, f) -> get(t, "/api/v1/me"), 200, 200, 200, 200));
        table.put("list customers", row((t, f) -> get(t, "/api/v1/companies"), 200, 200, 200, 200));
        table.put("create a customer", row((t, f) -> post(t, "/api/v1/companies",
                "{\"name\":\"" + unique("権限商事") + "\",\"status\":\"prospect\"}"), 201, 201, 201, 403));
        table.put("tag customers in bulk", row((t, f) -> post(t, "/api/v1/companies/bulk-actions",
                "{\"action\":\"addTag\",\"ids\":[\"" + f.companyId() + "\"],\"tag\":\"権限\"}"), 200, 200, 200, 403));
        table.put("delete a customer", row((t, f) -> delete(t, "/api/v1/companies/{id}", f.companyId()), 204, 204, 403, 403));
        table.put("list custom fields", row((t, f) -> get(t, "/api/v1/custom-fields"), 200, 200, 200, 200));
        table.put("add a custom field", row((t, f) -> post(t, "/api/v1/custom-fields",
                "{\"label\":\"権限確認\",\"type\":\"text\"}"), 201, 403, 403, 403));
        return table.entrySet().stream().flatMap(e -> {
            Object[] r = e.getValue();
            Action action = (Action) r[0];
            return Stream.of(A, M, E, V).map(level ->
                    Arguments.of(e.getKey(), level, action, (int) r[1 + level.ordinal()]));
        });
    }

    private static Object[] row(Action action, int admin, int manager, int member, int viewer) {
        return new Object[] {action, admin, manager, member, viewer};
    }

    @ParameterizedTest(name = "{1} may {0}: {3}")
    @MethodSource("matrix")
    void eachLevelGetsExactlyWhatThePermissionTableSays(String name, PermissionLevel level, Action action,
            int expected) throws Exception {
        String token = tokenFor(level);
        mvc.perform(action.request(token, fixture())).andExpect(status().is(expected));
    }

    private Fixture fixture() {
        TestAccounts.Account target = accounts.create(PermissionLevel.MEMBER);
        TestAccounts.Account other = accounts.create(PermissionLevel.MEMBER);
        String otherToken = accounts.token(other);
        UUID tokenId = jdbc.sql("select id from api_token where user_id = ? order by created_at desc limit 1")
                .param(other.id()).query(UUID.class).single();
        UUID roleId = UUID.randomUUID();
        jdbc.sql("insert into job_role (id, name) values (?, ?)").params(roleId, unique("役割")).update();
        UUID teamId = UUID.randomUUID();
        jdbc.sql("insert into team (id, name, manager_id) values (?, ?, ?)").params(teamId, unique("チーム"), target.id()).update();
        UUID companyId = UUID.randomUUID();
        jdbc.sql("insert into company (id, kind, name, status) values (?, 'company', ?, 'prospect')")
                .params(companyId, unique("権限テスト")).update();
        return new Fixture(target.id(), roleId, teamId, tokenId, companyId);
    }
}
