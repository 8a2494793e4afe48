package dev.kizuna.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.support.ApiTestBase;
import dev.kizuna.support.TestAccounts;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The playbook pages: the editor builds a playbook step by step (add, move, validation naming the step), saving
 * again makes version 2; the customer page starts it; the run page shows where it is and cancels with its version;
 * a failed run shows in the errors view and is retried. Every page renders in Japanese and English.
 */
class PlaybookPagesTest extends ApiTestBase {

    private TestAccounts.Account manager;
    private String boardName;
    private String roleName;
    private String companyId;
    private String name;

    @BeforeEach
    void fixture() throws Exception {
        manager = accounts.create(PermissionLevel.MANAGER);
        String admin = tokenFor(PermissionLevel.ADMIN);
        roleName = unique("カスタマーサクセス");
        String roleId = JsonPath.read(mvc.perform(post(admin, "/api/v1/roles", "{\"name\":\"" + roleName + "\"}"))
                .andReturn().getResponse().getContentAsString(), "$.id");
        boardName = unique("【倉庫】カスタマーサクセス");
        mvc.perform(post(admin, "/api/v1/boards", "{\"name\":\"" + boardName + "\",\"roleIds\":[\"" + roleId + "\"]}"))
                .andExpect(status().isCreated());
        companyId = JsonPath.read(mvc.perform(post(admin, "/api/v1/companies", "{\"name\":\"" + unique("株式会社丸山印刷")
                + "\",\"nameKana\":\"マルヤマ\"}")).andReturn().getResponse().getContentAsString(), "$.id");
        name = unique("使い方説明フロー");
    }

    private Cookie signIn(TestAccounts.Account account) throws Exception {
        return mvc.perform(formLogin("/login").user("email", account.email()).password(account.password()))
                .andExpect(redirectedUrl("/")).andReturn().getResponse().getCookie("SESSION");
    }

    /** Two steps: a checklist task for customer success, then an e-mail (step 2's board left out on purpose). */
    private MockHttpServletRequestBuilder form(String path, Cookie session, String op, String secondKind,
            String secondSubject) {
        return MockMvcRequestBuilders.post(path).cookie(session).with(csrf()).param("op", op)
                .param("name", name).param("description", "").param("trigger", "manual").param("active", "true")
                .param("s.kind", "checklist", secondKind).param("s.title", "電話で使い方を説明", "ご案内メール")
                .param("s.role", roleName, "").param("s.board", boardName, "").param("s.details", "", "")
                .param("s.checklist", "アカウント確認\nアイテム登録", "").param("s.limit", "", "")
                .param("s.onLimit", "", "").param("s.then", "", "").param("s.waitDays", "", "")
                .param("s.waitUntil", "", "").param("s.waitFor", "", "").param("s.subject", "", secondSubject)
                .param("s.body", "", "いつもお世話になっております。").param("s.targetMinutes", "", "");
    }

    @Test
    void buildStartFollowCancelAndRetry() throws Exception {
        Cookie session = signIn(manager);
        // "add a step" re-shows the form with three steps and keeps what was typed
        mvc.perform(form("/playbooks/new", session, "add", "email", "ご案内"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"step-3\"")))
                .andExpect(content().string(containsString("電話で使い方を説明")));
        // a task step without its board, and an e-mail without a subject: both named with their step
        mvc.perform(form("/playbooks/new", session, "save", "task", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("ステップ 2：板を入力してください")));
        mvc.perform(form("/playbooks/new", session, "save", "email", ""))
                .andExpect(content().string(containsString("ステップ 2：件名（メール）を入力してください")));
        mvc.perform(form("/playbooks/new", session, "save", "email", "ご案内"))
                .andExpect(redirectedUrl("/playbooks"));
        UUID playbookId = jdbc.sql("select id from playbook where name = ?").param(name).query(UUID.class).single();
        mvc.perform(form("/playbooks/" + playbookId + "/edit", session, "save", "email", "ご案内（改訂）")
                        .param("version", "0"))
                .andExpect(redirectedUrl("/playbooks"));
        mvc.perform(MockMvcRequestBuilders.get("/playbooks/" + playbookId + "/edit").cookie(session))
                .andExpect(content().string(containsString("第2版")))
                .andExpect(content().string(containsString("ご案内（改訂）")));
        mvc.perform(form("/playbooks/" + playbookId + "/edit", session, "save", "email", "古い版から")
                        .param("version", "0"))
                .andExpect(content().string(containsString("data-testid=\"stale\"")));

        // the customer page offers it; starting it opens the run page at step 1 with its task
        mvc.perform(MockMvcRequestBuilders.get("/customers/" + companyId).cookie(session))
                .andExpect(content().string(containsString("data-testid=\"playbooks-panel\"")))
                .andExpect(content().string(containsString(name)));
        String runPath = mvc.perform(MockMvcRequestBuilders.post("/playbook-runs/start").cookie(session).with(csrf())
                        .param("playbookId", playbookId.toString()).param("companyId", companyId))
                .andExpect(redirectedUrlPattern("/playbook-runs/*")).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(MockMvcRequestBuilders.get(runPath).cookie(session))
                .andExpect(content().string(containsString("ステップ 1/2：電話で使い方を説明")))
                .andExpect(content().string(containsString("data-testid=\"run-task\"")))
                .andExpect(content().string(containsString(roleName)))
                .andExpect(content().string(containsString("第2版")));
        UUID runId = UUID.fromString(runPath.substring(runPath.lastIndexOf('/') + 1));
        long version = jdbc.sql("select version from playbook_run where id = ?").param(runId).query(Long.class).single();
        mvc.perform(MockMvcRequestBuilders.post(runPath + "/cancel").cookie(session).with(csrf())
                        .param("version", String.valueOf(version + 5)))
                .andExpect(redirectedUrl(runPath));
        assertThat(runStatus(runId)).isEqualTo("running");
        mvc.perform(MockMvcRequestBuilders.post(runPath + "/cancel").cookie(session).with(csrf())
                        .param("version", String.valueOf(version)))
                .andExpect(redirectedUrl(runPath));
        assertThat(runStatus(runId)).isEqualTo("cancelled");
        assertThat(jdbc.sql("select count(*) from audit_event where object_id = ? and action = 'playbookRun.cancelled'")
                .param(runId.toString()).query(Long.class).single()).isEqualTo(1);

        // a run whose step failed after its retries: in the errors view, with its error; retry resumes it
        String second = mvc.perform(MockMvcRequestBuilders.post("/playbook-runs/start").cookie(session).with(csrf())
                        .param("playbookId", playbookId.toString()).param("companyId", companyId))
                .andReturn().getResponse().getRedirectedUrl();
        UUID failed = UUID.fromString(second.substring(second.lastIndexOf('/') + 1));
        jdbc.sql("update playbook_run set status = 'failed', attempts = 5, last_error = 'SMTP 接続に失敗しました'"
                + " where id = ?").param(failed).update();
        mvc.perform(MockMvcRequestBuilders.get("/playbooks/errors").cookie(session))
                .andExpect(content().string(containsString("SMTP 接続に失敗しました")))
                .andExpect(content().string(containsString(failed.toString())));
        long v = jdbc.sql("select version from playbook_run where id = ?").param(failed).query(Long.class).single();
        mvc.perform(MockMvcRequestBuilders.post(second + "/retry").cookie(session).with(csrf())
                .param("version", String.valueOf(v))).andExpect(redirectedUrl(second));
        assertThat(runStatus(failed)).isNotEqualTo("failed");

        for (String lang : List.of("ja", "en")) {
            jdbc.sql("update app_user set locale = ? where id = ?").params(lang, manager.id()).update();
            Cookie s = signIn(manager);
            for (String path : List.of("/playbooks", "/playbooks/new", "/playbooks/" + playbookId + "/edit",
                    "/playbook-runs", "/playbook-runs?status=failed", "/playbooks/errors",
                    "/playbook-runs?playbookId=" + playbookId + "&companyId=" + companyId, runPath, second,
                    "/customers/" + companyId)) {
                mvc.perform(MockMvcRequestBuilders.get(path).cookie(s))
                        .andExpect(status().isOk())
                        .andExpect(content().string(containsString("lang=\"" + lang + "\"")))
                        .andExpect(content().string(not(containsString("??"))));
            }
        }
    }

    @Test
    void theDealPageStartsAPlaybookOnTheDealsCustomer() throws Exception {
        String admin = tokenFor(PermissionLevel.ADMIN);
        String pipeline = JsonPath.read(mvc.perform(post(admin, "/api/v1/pipelines", "{\"name\":\"" + unique("新規営業")
                + "\",\"stages\":[{\"name\":\"問い合わせ\",\"kind\":\"open\",\"winProbability\":10},"
                + "{\"name\":\"受注\",\"kind\":\"won\",\"winProbability\":100},"
                + "{\"name\":\"失注\",\"kind\":\"lost\",\"winProbability\":0}]}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
        String deal = JsonPath.read(mvc.perform(post(admin, "/api/v1/deals", "{\"name\":\"名刺リピート\",\"companyId\":\""
                + companyId + "\",\"pipelineId\":\"" + pipeline + "\",\"amount\":50000}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
        Cookie session = signIn(manager);
        mvc.perform(form("/playbooks/new", session, "save", "email", "ご案内")).andExpect(redirectedUrl("/playbooks"));
        UUID playbookId = jdbc.sql("select id from playbook where name = ?").param(name).query(UUID.class).single();
        mvc.perform(MockMvcRequestBuilders.get("/deals/" + deal).cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"deal-start-playbook-form\"")))
                .andExpect(content().string(containsString(name)));
        mvc.perform(MockMvcRequestBuilders.post("/playbook-runs/start").cookie(session).with(csrf())
                        .param("playbookId", playbookId.toString()).param("companyId", companyId).param("dealId", deal))
                .andExpect(redirectedUrlPattern("/playbook-runs/*"));
        assertThat(jdbc.sql("select count(*) from playbook_run where playbook_id = ? and deal_id = ?")
                .params(playbookId, UUID.fromString(deal)).query(Long.class).single()).isEqualTo(1);
    }

    private String runStatus(UUID run) {
        return jdbc.sql("select status from playbook_run where id = ?").param(run).query(String.class).single();
    }
}
