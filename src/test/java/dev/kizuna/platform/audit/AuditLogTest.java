package dev.kizuna.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.support.ApiTestBase;
import org.junit.jupiter.api.Test;

/** The audit log on the real database: before/after values, filters, and that nobody can rewrite it. */
class AuditLogTest extends ApiTestBase {

    @Test
    void aChangeIsLoggedWithWhoAndBeforeAndAfter() throws Exception {
        var admin = accounts.create(PermissionLevel.ADMIN);
        String token = accounts.token(admin);
        String json = mvc.perform(post(token, "/api/v1/roles", "{\"name\":\"" + unique("印刷担当") + "\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(json, "$.id");
        mvc.perform(patch(token, "/api/v1/roles/{id}", "{\"version\":0,\"name\":\"" + unique("入稿担当") + "\"}", id))
                .andExpect(status().isOk());
        mvc.perform(get(token, "/api/v1/audit-events").param("objectType", "role").param("objectId", id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(2))
                .andExpect(jsonPath("$.items[0].action").value("role.updated"))
                .andExpect(jsonPath("$.items[0].actorId").value(admin.id().toString()))
                .andExpect(jsonPath("$.items[0].before.name").value(org.hamcrest.Matchers.startsWith("印刷担当")))
                .andExpect(jsonPath("$.items[0].after.name").value(org.hamcrest.Matchers.startsWith("入稿担当")))
                .andExpect(jsonPath("$.items[1].action").value("role.created"));
    }

    @Test
    void theLogIsAppendOnlyEvenForTheDatabaseUserOfTheApp() {
        jdbc.sql("insert into audit_event (actor_name, action) values ('test', 'test.appended')").update();
        assertThatThrownBy(() -> jdbc.sql("update audit_event set action = 'rewritten'").update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_event").update())
                .hasMessageContaining("append-only");
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'test.appended'").query(Long.class).single())
                .isPositive();
    }

    @Test
    void pagesOfTheLogFollowEachOtherNewestFirst() throws Exception {
        String token = tokenFor(PermissionLevel.ADMIN);
        for (int i = 0; i < 7; i++) { // at least two pages, even on a fresh database
            mvc.perform(post(token, "/api/v1/roles", "{\"name\":\"" + unique("監査頁") + "\"}"));
        }
        String first = mvc.perform(get(token, "/api/v1/audit-events").param("limit", "3"))
                .andReturn().getResponse().getContentAsString();
        java.util.List<String> firstIds = JsonPath.read(first, "$.items[*].id");
        String cursor = JsonPath.read(first, "$.nextCursor");
        String second = mvc.perform(get(token, "/api/v1/audit-events").param("limit", "3").param("cursor", cursor))
                .andReturn().getResponse().getContentAsString();
        java.util.List<String> secondIds = JsonPath.read(second, "$.items[*].id");
        assertThat(Long.parseLong(secondIds.getFirst())).isLessThan(Long.parseLong(firstIds.getLast()));
    }
}
