package dev.kizuna.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.support.ApiTestBase;
import dev.kizuna.support.TestAccounts;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Timed work (seed 002's 調査 30分): a timed step's task carries its target; the timer starts and stops through the
 * API with the task's version (409 when stale, 403 for viewers, a problem naming "action"), the actual time is
 * recorded on the task's history and on the run's; the task page shows actual against target and its big button.
 */
class TaskTimerTest extends ApiTestBase {

    private String manager;
    private String member;
    private String viewer;
    private TestAccounts.Account memberAccount;
    private String taskId;
    private UUID runId;

    @BeforeEach
    void fixture() throws Exception {
        manager = tokenFor(PermissionLevel.MANAGER);
        memberAccount = accounts.create(PermissionLevel.MEMBER);
        member = accounts.token(memberAccount);
        viewer = tokenFor(PermissionLevel.VIEWER);
        String board = unique("【倉庫】はがき返信");
        mvc.perform(post(manager, "/api/v1/boards", "{\"name\":\"" + board + "\"}")).andExpect(status().isCreated());
        String playbook = JsonPath.read(mvc.perform(post(manager, "/api/v1/playbooks", "{\"name\":\"" + unique("はがき返信")
                        + "\",\"trigger\":\"manual\",\"steps\":[{\"kind\":\"timed\",\"title\":\"調査\",\"board\":\"" + board
                        + "\",\"targetMinutes\":30}]}")).andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString(), "$.id");
        String company = JsonPath.read(mvc.perform(post(manager, "/api/v1/companies", "{\"name\":\"" + unique("株式会社時計堂")
                + "\",\"nameKana\":\"トケイドウ\"}")).andReturn().getResponse().getContentAsString(), "$.id");
        String run = mvc.perform(post(member, "/api/v1/playbook-runs", "{\"playbookId\":\"" + playbook
                + "\",\"companyId\":\"" + company + "\"}")).andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString();
        runId = UUID.fromString(JsonPath.read(run, "$.id"));
        taskId = JsonPath.read(run, "$.taskId");
    }

    private long version() {
        return jdbc.sql("select version from task where id = ?").param(UUID.fromString(taskId)).query(Long.class).single();
    }

    @Test
    void startStopRecordsActualAgainstTarget() throws Exception {
        long v = version();
        mvc.perform(post(member, "/api/v1/tasks/{id}/timer", "{\"action\":\"start\",\"version\":" + v + "}", taskId))
                .andExpect(status().isOk()).andExpect(jsonPath("$.running").value(true))
                .andExpect(jsonPath("$.targetMinutes").value(30));
        mvc.perform(post(member, "/api/v1/tasks/{id}/timer", "{\"action\":\"stop\",\"version\":" + v + "}", taskId))
                .andExpect(status().isConflict());
        mvc.perform(post(viewer, "/api/v1/tasks/{id}/timer", "{\"action\":\"stop\",\"version\":" + (v + 1) + "}", taskId))
                .andExpect(status().isForbidden());
        mvc.perform(post(member, "/api/v1/tasks/{id}/timer", "{\"action\":\"pause\",\"version\":" + (v + 1) + "}", taskId))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("action"));
        // 12 minutes of work so far (the clock is the database's: move the start back)
        jdbc.sql("update task set timer_started_at = now() - interval '12 minutes' where id = ?")
                .param(UUID.fromString(taskId)).update();
        mvc.perform(post(member, "/api/v1/tasks/{id}/timer", "{\"action\":\"stop\",\"version\":" + (v + 1) + "}", taskId))
                .andExpect(status().isOk()).andExpect(jsonPath("$.running").value(false))
                .andExpect(jsonPath("$.workedSeconds").value(org.hamcrest.Matchers.greaterThanOrEqualTo(720)));
        assertThat(jdbc.sql("select detail from task_event where task_id = ? and kind = 'timerStopped'")
                .param(UUID.fromString(taskId)).query(String.class).single()).isEqualTo("12分 / 目標 30分");
        assertThat(jdbc.sql("select detail from playbook_run_event where run_id = ? and kind = 'timer'").param(runId)
                .query(String.class).single()).isEqualTo("調査：12分 / 目標 30分");

        Cookie session = mvc.perform(formLogin("/login").user("email", memberAccount.email())
                .password(memberAccount.password())).andReturn().getResponse().getCookie("SESSION");
        mvc.perform(MockMvcRequestBuilders.get("/tasks/" + taskId).cookie(session))
                .andExpect(content().string(containsString("12分 / 目標 30分")))
                .andExpect(content().string(containsString("data-testid=\"timer-toggle\"")));
        mvc.perform(MockMvcRequestBuilders.post("/tasks/" + taskId + "/timer").cookie(session).with(csrf())
                        .param("version", String.valueOf(version())).param("action", "start"))
                .andExpect(redirectedUrl("/tasks/" + taskId));
        mvc.perform(MockMvcRequestBuilders.get("/tasks/" + taskId).cookie(session))
                .andExpect(content().string(containsString("計測を停止")));
    }

    @Test
    void finishingATaskStopsItsRunningTimerAndRecordsTheTime() throws Exception {
        long v = version();
        mvc.perform(post(member, "/api/v1/tasks/{id}/timer", "{\"action\":\"start\",\"version\":" + v + "}", taskId))
                .andExpect(status().isOk());
        jdbc.sql("update task set timer_started_at = now() - interval '20 minutes' where id = ?")
                .param(UUID.fromString(taskId)).update();
        mvc.perform(post(member, "/api/v1/tasks/{id}/move", "{\"status\":\"done\",\"version\":" + version() + "}", taskId))
                .andExpect(status().isOk());
        mvc.perform(get(member, "/api/v1/tasks/" + taskId + "/timer")).andExpect(status().isOk())
                .andExpect(jsonPath("$.running").value(false))
                .andExpect(jsonPath("$.workedSeconds").value(org.hamcrest.Matchers.greaterThanOrEqualTo(1200)));
        assertThat(jdbc.sql("select detail from task_event where task_id = ? and kind = 'timerStopped'")
                .param(UUID.fromString(taskId)).query(String.class).single()).isEqualTo("20分 / 目標 30分");
        assertThat(jdbc.sql("select detail from playbook_run_event where run_id = ? and kind = 'timer'").param(runId)
                .query(String.class).single()).isEqualTo("調査：20分 / 目標 30分");
    }
}
