package dev.kizuna.insights;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.support.ApiTestBase;
import dev.kizuna.support.TestAccounts;
import org.junit.jupiter.api.Test;

/** /api/v1/dashboards: tiles of saved reports shared with a team: its members open it, others do not. */
class DashboardsApiTest extends ApiTestBase {

    @Test
    void aDashboardSharedWithATeamOpensForItsMembersOnly() throws Exception {
        TestAccounts.Account manager = accounts.create(PermissionLevel.MANAGER);
        TestAccounts.Account member = accounts.create(PermissionLevel.MEMBER);
        String managerToken = accounts.token(manager);
        String team = JsonPath.read(mvc.perform(post(tokenFor(PermissionLevel.ADMIN), "/api/v1/teams", "{\"name\":\""
                + unique("営業1課") + "\",\"managerId\":\"" + manager.id() + "\",\"memberIds\":[\"" + member.id() + "\"]}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
        String report = JsonPath.read(mvc.perform(post(managerToken, "/api/v1/reports", """
                {"name":"段階別の商談数","definition":{"source":"deals","groupBy":"stage","chart":"bar"}}"""))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
        // a report the member may not open (not shared) cannot be put on the team's dashboard by them
        mvc.perform(post(accounts.token(member), "/api/v1/dashboards", "{\"name\":\"x\",\"reportIds\":[\"" + report + "\"]}"))
                .andExpect(status().isNotFound());

        String dashboard = JsonPath.read(mvc.perform(post(managerToken, "/api/v1/dashboards", "{\"name\":\"営業ダッシュボード\","
                + "\"teamId\":\"" + team + "\",\"reportIds\":[\"" + report + "\"]}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");

        mvc.perform(get(accounts.token(member), "/api/v1/dashboards/" + dashboard)).andExpect(status().isOk())
                .andExpect(jsonPath("$.dashboard.name").value("営業ダッシュボード"))
                .andExpect(jsonPath("$.tiles.length()").value(1))
                .andExpect(jsonPath("$.tiles[0].result.chart").value("bar"));
        mvc.perform(get(accounts.token(member), "/api/v1/dashboards"))
                .andExpect(jsonPath("$.items[?(@.id == '" + dashboard + "')]").isNotEmpty());
        mvc.perform(get(tokenFor(PermissionLevel.MEMBER), "/api/v1/dashboards/" + dashboard)).andExpect(status().isNotFound());
        // a team the caller is not in
        mvc.perform(post(tokenFor(PermissionLevel.MANAGER), "/api/v1/dashboards", "{\"name\":\"y\",\"teamId\":\"" + team
                + "\",\"reportIds\":[\"" + report + "\"]}")).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("teamId"));
    }
}
