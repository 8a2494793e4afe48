package dev.kizuna.sales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.support.ApiTestBase;
import dev.kizuna.support.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: the rep a lead is given to — by an assignment rule or by a manager — finds it under the bell; nobody is
 * told of their own choice. And the default rule can be read on its own, as docs/api.md says.
 */
class LeadNoticesTest extends ApiTestBase {

    private String admin;
    private TestAccounts.Account rep;
    private TestAccounts.Account other;
    private TestAccounts.Account manager;
    private String source;
    private String ruleId;

    @BeforeEach
    void rule() throws Exception {
        admin = tokenFor(PermissionLevel.ADMIN);
        UUID role = UUID.randomUUID();
        jdbc.sql("insert into job_role (id, name) values (?, ?)").params(role, unique("新規営業")).update();
        rep = accounts.create(PermissionLevel.MEMBER);
        other = accounts.create(PermissionLevel.MEMBER);
        manager = accounts.create(PermissionLevel.MANAGER);
        jdbc.sql("insert into user_job_role (user_id, role_id) values (?, ?)").params(rep.id(), role).update();
        source = unique("展示会");
        ruleId = JsonPath.read(SalesFixture.body(mvc, admin, "/api/v1/assignment-rules", "{\"name\":\"展示会\","
                + "\"leadSource\":\"" + source + "\",\"roleId\":\"" + role + "\",\"minComplianceScore\":0}"), "$.id");
    }

    @AfterEach
    void noRule() {
        jdbc.sql("delete from assignment_rule where id = ?").param(UUID.fromString(ruleId)).update();
    }

    private List<String> notices(TestAccounts.Account account) throws Exception {
        return JsonPath.read(mvc.perform(get(accounts.token(account), "/api/v1/notifications")
                        .header("Accept-Language", "ja")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(), "$.items[?(@.kind == 'lead')].message");
    }

    @Test
    void theRepALeadIsGivenToIsNotifiedByTheRulesAndByAManager() throws Exception {
        String company = unique("株式会社さくら精機");
        String lead = JsonPath.read(SalesFixture.body(mvc, tokenFor(PermissionLevel.MEMBER), "/api/v1/leads",
                "{\"companyName\":\"" + company + "\",\"email\":\"info@sakura.example.jp\",\"leadSource\":\"" + source
                        + "\"}"), "$.id");
        String body = mvc.perform(get(admin, "/api/v1/leads/{id}", lead)).andReturn().getResponse().getContentAsString();
        assertThat((String) JsonPath.read(body, "$.assignedTo")).isEqualTo(rep.id().toString());
        assertThat(notices(rep)).containsExactly("見込客が割り当てられました: " + company);
        assertThat(jdbc.sql("select href from notification where user_id = ? and kind = 'lead'").param(rep.id())
                .query(String.class).single()).isEqualTo("/leads/" + lead);

        // A manager gives it to another rep: that rep is told; a manager who takes it himself is not.
        int version = JsonPath.read(body, "$.version");
        String moved = mvc.perform(post(accounts.token(manager), "/api/v1/leads/{id}/assign", "{\"version\":" + version
                        + ",\"userId\":\"" + other.id() + "\"}", lead)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(notices(other)).containsExactly("見込客が割り当てられました: " + company);
        assertThat(notices(rep)).hasSize(1);
        mvc.perform(post(accounts.token(manager), "/api/v1/leads/{id}/assign", "{\"version\":"
                        + JsonPath.read(moved, "$.version") + ",\"userId\":\"" + manager.id() + "\"}", lead))
                .andExpect(status().isOk());
        assertThat(notices(manager)).isEmpty();
    }

    @Test
    void theDefaultRuleIsReadOnItsOwn() throws Exception {
        String rules = mvc.perform(get(admin, "/api/v1/assignment-rules")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        List<Object> all = JsonPath.read(rules, "$.items");
        String last = "$.items[" + (all.size() - 1) + "]";
        mvc.perform(get(tokenFor(PermissionLevel.MEMBER), "/api/v1/assignment-rules/default"))
                .andExpect(status().isOk())
                .andExpect(header().exists("ETag"))
                .andExpect(jsonPath("$.id").value("default"))
                .andExpect(jsonPath("$.version").value(((Number) JsonPath.read(rules, last + ".version")).intValue()))
                .andExpect(jsonPath("$.minComplianceScore").value(
                        ((Number) JsonPath.read(rules, last + ".minComplianceScore")).intValue()));
    }
}
