package dev.kizuna.sales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.support.ApiTestBase;
import dev.kizuna.support.TestAccounts;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Assignment rules per pipeline or source: the first matching rule decides, round-robin or weighted among a job
 * role's holders, every assignment records the rule; other leads fall to the default rule.
 */
class AssignmentRulesTest extends ApiTestBase {

    private String admin;
    private UUID role;
    private TestAccounts.Account senior;
    private TestAccounts.Account junior;
    private String source;

    @BeforeEach
    void reps() {
        admin = tokenFor(PermissionLevel.ADMIN);
        role = UUID.randomUUID();
        jdbc.sql("insert into job_role (id, name) values (?, ?)").params(role, unique("展示会担当")).update();
        senior = accounts.create(PermissionLevel.MEMBER);
        junior = accounts.create(PermissionLevel.MEMBER);
        for (TestAccounts.Account rep : List.of(senior, junior)) {
            jdbc.sql("insert into user_job_role (user_id, role_id) values (?, ?)").params(rep.id(), role).update();
        }
        source = unique("展示会");
    }

    @AfterEach
    void noRules() {
        jdbc.sql("delete from assignment_rule").update();
    }

    @Test
    void aWeightedRuleSplitsItsLeadsByTheWeightsAndRecordsItself() throws Exception {
        String rule = SalesFixture.body(mvc, admin, "/api/v1/assignment-rules", "{\"name\":\"展示会の見込客\",\"leadSource\":\""
                + source + "\",\"strategy\":\"weighted\",\"roleId\":\"" + role + "\",\"minComplianceScore\":0,"
                + "\"weights\":{\"" + senior.id() + "\":3,\"" + junior.id() + "\":1}}");
        assertThat(JsonPath.<String>read(rule, "$.strategy")).isEqualTo("weighted");
        List<String> given = new ArrayList<>();
        String last = null;
        for (int i = 0; i < 8; i++) {
            last = lead(source, null);
            given.add(JsonPath.read(mvc.perform(get(admin, "/api/v1/leads/{id}", last)).andReturn().getResponse()
                    .getContentAsString(), "$.assignedTo"));
        }
        assertThat(given.stream().filter(senior.id().toString()::equals).count()).isEqualTo(6);
        assertThat(given.stream().filter(junior.id().toString()::equals).count()).isEqualTo(2);
        mvc.perform(get(admin, "/api/v1/leads/{id}/assignments", last))
                .andExpect(jsonPath("$.items[0].reasonKey").value("sales.assignment.weighted"))
                .andExpect(jsonPath("$.items[0].ruleName").value("展示会の見込客"));

        // A lead from another source is not this rule's: the default rule (no role) leaves it unassigned.
        String other = lead(unique("紹介"), null);
        mvc.perform(get(admin, "/api/v1/leads/{id}/assignments", other))
                .andExpect(jsonPath("$.items[0].reasonKey").value("sales.assignment.noRule"))
                .andExpect(jsonPath("$.items[0].ruleName").doesNotExist());
    }

    @Test
    void aRuleForAPipelineTakesOnlyThatPipelinesLeadsInTurn() throws Exception {
        String pipeline = JsonPath.read(SalesFixture.body(mvc, admin, "/api/v1/pipelines", "{\"name\":\"" + unique("アップセル")
                + "\",\"stages\":" + SalesFixture.STAGES + "}"), "$.id");
        SalesFixture.body(mvc, admin, "/api/v1/assignment-rules", "{\"name\":\"アップセル\",\"pipelineId\":\"" + pipeline
                + "\",\"roleId\":\"" + role + "\",\"minComplianceScore\":0}");
        String first = lead(null, pipeline);
        String second = lead(null, pipeline);
        List<String> owners = new ArrayList<>();
        for (String id : List.of(first, second)) {
            owners.add(JsonPath.read(mvc.perform(get(admin, "/api/v1/leads/{id}", id)).andReturn().getResponse()
                    .getContentAsString(), "$.assignedTo"));
        }
        assertThat(owners).containsExactlyInAnyOrder(senior.id().toString(), junior.id().toString());
        String elsewhere = lead(null, null);
        mvc.perform(get(admin, "/api/v1/leads/{id}", elsewhere)).andExpect(jsonPath("$.assignedTo").doesNotExist());
    }

    @Test
    void rulesAreCheckedChangedWithTheirVersionAndOnlyByAdministrators() throws Exception {
        mvc.perform(post(admin, "/api/v1/assignment-rules", "{\"name\":\"役割なし\"}").header("Accept-Language", "ja"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("roleId"));
        mvc.perform(post(admin, "/api/v1/assignment-rules", "{\"name\":\"重みゼロ\",\"strategy\":\"weighted\",\"roleId\":\""
                        + role + "\",\"weights\":{\"" + senior.id() + "\":0}}"))
                .andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.errors[0].code").value("WeightsZero"));
        mvc.perform(post(tokenFor(PermissionLevel.MANAGER), "/api/v1/assignment-rules", "{\"name\":\"x\",\"roleId\":\"" + role + "\"}"))
                .andExpect(status().isForbidden());
        String id = JsonPath.read(SalesFixture.body(mvc, admin, "/api/v1/assignment-rules", "{\"name\":\"紹介\",\"leadSource\":\"紹介\",\"roleId\":\""
                + role + "\"}"), "$.id");
        mvc.perform(patch(admin, "/api/v1/assignment-rules/{id}", "{\"version\":0,\"minComplianceScore\":70}", id))
                .andExpect(status().isOk()).andExpect(jsonPath("$.minComplianceScore").value(70))
                .andExpect(jsonPath("$.leadSource").value("紹介"));
        mvc.perform(patch(admin, "/api/v1/assignment-rules/{id}", "{\"version\":0,\"minComplianceScore\":80}", id))
                .andExpect(status().isConflict());
        mvc.perform(get(admin, "/api/v1/assignment-rules"))
                .andExpect(jsonPath("$.items[0].name").value("紹介"))
                .andExpect(jsonPath("$.items[1].id").value("default"));
        mvc.perform(delete(admin, "/api/v1/assignment-rules/{id}?version=1", id)).andExpect(status().isNoContent());
        mvc.perform(get(admin, "/api/v1/assignment-rules/{id}", id)).andExpect(status().isNotFound());
    }

    @Test
    void thePagesListCreateAndDeleteRules() throws Exception {
        TestAccounts.Account boss = accounts.create(PermissionLevel.ADMIN);
        Cookie session = mvc.perform(formLogin("/login").user("email", boss.email()).password(boss.password()))
                .andReturn().getResponse().getCookie("SESSION");
        mvc.perform(MockMvcRequestBuilders.post("/admin/lead-assignment/rules/new").cookie(session).with(csrf())
                        .param("name", "").param("roleId", role.toString()).param("strategy", "round_robin")
                        .param("minComplianceScore", "60").param("leadSource", "展示会"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("is-invalid")))
                .andExpect(content().string(containsString("value=\"展示会\"")));
        mvc.perform(MockMvcRequestBuilders.post("/admin/lead-assignment/rules/new").cookie(session).with(csrf())
                        .param("name", "展示会の見込客").param("roleId", role.toString()).param("strategy", "weighted")
                        .param("minComplianceScore", "60").param("leadSource", "展示会"))
                .andExpect(status().is3xxRedirection());
        UUID id = jdbc.sql("select id from assignment_rule where name = '展示会の見込客'").query(UUID.class).single();
        mvc.perform(MockMvcRequestBuilders.get("/admin/lead-assignment").cookie(session))
                .andExpect(status().isOk()).andExpect(content().string(containsString("展示会の見込客")));
        mvc.perform(MockMvcRequestBuilders.get("/admin/lead-assignment/rules/" + id).cookie(session))
                .andExpect(status().isOk()).andExpect(content().string(containsString("weight-" + senior.id())));
        mvc.perform(MockMvcRequestBuilders.post("/admin/lead-assignment/rules/" + id + "/delete").cookie(session).with(csrf())
                        .param("version", "0"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select count(*) from assignment_rule where id = ?").param(id).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from audit_event where object_type = 'assignment_rule' and object_id = ?")
                .param(id.toString()).query(Long.class).single()).isEqualTo(2);
    }

    private String lead(String leadSource, String pipelineId) throws Exception {
        return JsonPath.read(SalesFixture.body(mvc, tokenFor(PermissionLevel.MEMBER), "/api/v1/leads", "{\"companyName\":\""
                + unique("株式会社割当") + "\",\"email\":\"info@example.jp\""
                + (leadSource == null ? "" : ",\"leadSource\":\"" + leadSource + "\"")
                + (pipelineId == null ? "" : ",\"pipelineId\":\"" + pipelineId + "\"") + "}"), "$.id");
    }
}
