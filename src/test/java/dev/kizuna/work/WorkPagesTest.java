package dev.kizuna.work;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.support.ApiTestBase;
import dev.kizuna.support.TestAccounts;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** Every work page in both languages; the board answers htmx moves with itself; forms keep input and name fields. */
class WorkPagesTest extends ApiTestBase {

    @org.springframework.beans.factory.annotation.Autowired
    dev.kizuna.commerce.Orders orders;

    private TestAccounts.Account admin;
    private TestAccounts.Account member;
    private String boardId;
    private String companyId;

    @BeforeEach
    void fixture() throws Exception {
        admin = accounts.create(PermissionLevel.ADMIN);
        member = accounts.create(PermissionLevel.MEMBER);
        String token = accounts.token(admin);
        boardId = JsonPath.read(mvc.perform(post(token, "/api/v1/boards", "{\"name\":\"" + unique("【倉庫】カスタマーサクセス")
                + "\",\"managerId\":\"" + admin.id() + "\"}")).andReturn().getResponse().getContentAsString(), "$.id");
        companyId = JsonPath.read(mvc.perform(post(token, "/api/v1/companies", "{\"name\":\"" + unique("株式会社板")
                + "\",\"nameKana\":\"イタ\"}")).andReturn().getResponse().getContentAsString(), "$.id");
    }

    private Cookie signIn(TestAccounts.Account account) throws Exception {
        return mvc.perform(formLogin("/login").user("email", account.email()).password(account.password()))
                .andExpect(redirectedUrl("/")).andReturn().getResponse().getCookie("SESSION");
    }

    private String task(String title) throws Exception {
        return JsonPath.read(mvc.perform(post(accounts.token(member), "/api/v1/tasks", "{\"boardId\":\"" + boardId
                + "\",\"title\":\"" + title + "\",\"companyId\":\"" + companyId + "\",\"dueOn\":\"2026-01-05\","
                + "\"checklist\":[\"顧客フォルダを見る\"]}")).andReturn().getResponse().getContentAsString(), "$.id");
    }

    @Test
    void everyWorkPageRendersInJapaneseAndEnglish() throws Exception {
        String id = task("使い方の説明");
        mvc.perform(post(accounts.token(member), "/api/v1/tasks/{id}/comments", "{\"body\":\"@テスト 確認お願いします\"}", id));
        for (String lang : List.of("ja", "en")) {
            jdbc.sql("update app_user set locale = ? where id = ?").params(lang, admin.id()).update();
            Cookie session = signIn(admin);
            for (String path : List.of("/boards", "/boards/" + boardId, "/boards/new", "/boards/" + boardId + "/edit",
                    "/tasks", "/tasks?view=overdue", "/tasks?view=unowned", "/tasks?boardId=" + boardId + "&status=todo",
                    "/tasks/" + id, "/tasks/" + id + "/edit", "/tasks/new", "/tasks/new?boardId=" + boardId
                            + "&companyId=" + companyId, "/customers/" + companyId, "/notifications")) {
                mvc.perform(MockMvcRequestBuilders.get(path).cookie(session))
                        .andExpect(status().isOk())
                        .andExpect(content().string(containsString("lang=\"" + lang + "\"")))
                        .andExpect(content().string(not(containsString("??"))));
            }
        }
        Cookie session = signIn(admin);
        mvc.perform(MockMvcRequestBuilders.get("/customers/" + companyId).cookie(session))
                .andExpect(content().string(containsString("data-testid=\"tasks-panel\"")))
                .andExpect(content().string(containsString("使い方の説明")));
    }

    @Test
    void aTaskIsMadeFromAnOrdersPageAndListedThereWithALinkBack() throws Exception {
        accounts.signInForService(admin);
        dev.kizuna.commerce.Order order = orders.importHistory(new dev.kizuna.commerce.OrderHistory(
                java.util.UUID.fromString(companyId), member.id(), null, "封筒 長3 500枚", java.time.LocalDate.now(
                        java.time.ZoneId.of("Asia/Tokyo")), 42_500L, 10, null, null, null));
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
        Cookie session = signIn(member);
        mvc.perform(MockMvcRequestBuilders.get("/orders/" + order.id()).cookie(session))
                .andExpect(content().string(containsString("hx-get=\"/orders/" + order.id() + "/tasks\"")));
        mvc.perform(MockMvcRequestBuilders.get("/orders/" + order.id() + "/tasks").cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"new-task-for-order\"")))
                .andExpect(content().string(containsString("/tasks/new?orderId=" + order.id())));
        mvc.perform(MockMvcRequestBuilders.get("/tasks/new").param("orderId", order.id().toString()).cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(order.number() + " 封筒 長3 500枚")))
                .andExpect(content().string(containsString("value=\"" + companyId + "\"")));
        String location = mvc.perform(MockMvcRequestBuilders.post("/tasks/new").cookie(session).with(csrf())
                        .param("boardId", boardId).param("title", "封筒の入稿データ確認").param("companyId", companyId)
                        .param("orderId", order.id().toString()).param("priority", "normal"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(MockMvcRequestBuilders.get(location).cookie(session))
                .andExpect(content().string(containsString("data-testid=\"task-order\"")))
                .andExpect(content().string(containsString(order.number())));
        mvc.perform(MockMvcRequestBuilders.get("/orders/" + order.id() + "/tasks").cookie(session))
                .andExpect(content().string(containsString("封筒の入稿データ確認")));
    }

    @Test
    void theBoardMovesATaskAndAnswersHtmxWithTheNewBoard() throws Exception {
        String id = task("アカウント作成");
        Cookie session = signIn(member);
        mvc.perform(MockMvcRequestBuilders.get("/boards/" + boardId).cookie(session))
                .andExpect(content().string(containsString("「アカウント作成」を対応中へ移動")));
        mvc.perform(MockMvcRequestBuilders.post("/tasks/" + id + "/move").cookie(session).with(csrf())
                        .header("HX-Request", "true").param("version", "0").param("status", "doing").param("from", "board"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"board\"")))
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(containsString("data-moved-id=\"" + id + "\"")));
        assertThat(jdbc.sql("select status from task where id = ?").param(UUID.fromString(id)).query(String.class).single())
                .isEqualTo("doing");
        // The same version again is stale: nothing changes, the task's page says so.
        mvc.perform(MockMvcRequestBuilders.post("/tasks/" + id + "/move").cookie(session).with(csrf())
                        .param("version", "0").param("status", "done").param("from", "board"))
                .andExpect(redirectedUrl("/tasks/" + id));
        assertThat(jdbc.sql("select status from task where id = ?").param(UUID.fromString(id)).query(String.class).single())
                .isEqualTo("doing");
    }

    @Test
    void aRejectedTaskFormKeepsWhatWasTypedAndNamesTheField() throws Exception {
        Cookie session = signIn(member);
        mvc.perform(MockMvcRequestBuilders.post("/tasks/new").cookie(session).with(csrf())
                        .param("boardId", boardId).param("title", "").param("details", "印刷前に確認")
                        .param("priority", "normal").param("dueOn", "").param("dueTime", "").param("ownerRoleId", "")
                        .param("ownerUserId", "").param("companyId", "").param("dueInBusinessDays", "").param("checklist", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("件名を入力してください。")))
                .andExpect(content().string(containsString("印刷前に確認")));
        mvc.perform(MockMvcRequestBuilders.post("/tasks/new").cookie(session).with(csrf())
                        .param("boardId", boardId).param("title", "入金確認").param("details", "")
                        .param("priority", "high").param("dueOn", "").param("dueTime", "").param("ownerRoleId", "")
                        .param("ownerUserId", "").param("companyId", companyId).param("dueInBusinessDays", "2")
                        .param("checklist", "入金の有無を確認\nなければつつく"))
                .andExpect(redirectedUrlPattern("/tasks/*"));
        assertThat(jdbc.sql("select count(*) from task_checklist_item i join task t on t.id = i.task_id where t.title = '入金確認' and t.board_id = ?")
                .param(UUID.fromString(boardId)).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void checklistAndCommentsFromTheTaskPage() throws Exception {
        String id = task("アイテム登録");
        Cookie session = signIn(member);
        UUID item = jdbc.sql("select id from task_checklist_item where task_id = ?").param(UUID.fromString(id))
                .query(UUID.class).single();
        mvc.perform(MockMvcRequestBuilders.post("/tasks/" + id + "/checklist/" + item).cookie(session).with(csrf())
                        .header("HX-Request", "true").param("done", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("text-decoration-line-through")));
        mvc.perform(MockMvcRequestBuilders.post("/tasks/" + id + "/comments").cookie(session).with(csrf())
                        .param("body", "登録しました"))
                .andExpect(redirectedUrl("/tasks/" + id + "#comments"));
        mvc.perform(MockMvcRequestBuilders.get("/tasks/" + id).cookie(session))
                .andExpect(content().string(containsString("登録しました")))
                .andExpect(content().string(containsString("タスクへのコメント")));
    }

    /** Issue 14: a tick on the task's page, then → 完了 from the same page, is not "changed by someone else". */
    @Test
    void aTickOnTheTaskPageHandsTheNewVersionToItsOtherForms() throws Exception {
        String id = task("チェックしてから完了");
        Cookie session = signIn(member);
        long before = jdbc.sql("select version from task where id = ?").param(UUID.fromString(id)).query(Long.class).single();
        UUID item = jdbc.sql("select id from task_checklist_item where task_id = ?").param(UUID.fromString(id))
                .query(UUID.class).single();
        String fragment = mvc.perform(MockMvcRequestBuilders.post("/tasks/" + id + "/checklist/" + item).cookie(session)
                        .with(csrf()).header("HX-Request", "true").param("done", "true"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        long after = jdbc.sql("select version from task where id = ?").param(UUID.fromString(id)).query(Long.class).single();
        var oob = java.util.regex.Pattern.compile("<input[^>]*class=\"task-version\"[^>]*>").matcher(fragment);
        assertThat(oob.find()).as(fragment).isTrue();
        assertThat(oob.group()).contains("hx-swap-oob=\"outerHTML:.task-version\"").contains("value=\"" + after + "\"");
        // The page's move form carries the version from the swap: → 完了 goes through.
        mvc.perform(MockMvcRequestBuilders.post("/tasks/" + id + "/move").cookie(session).with(csrf())
                        .param("version", String.valueOf(after)).param("status", "done"))
                .andExpect(redirectedUrl("/tasks/" + id));
        assertThat(jdbc.sql("select status from task where id = ?").param(UUID.fromString(id)).query(String.class).single())
                .isEqualTo("done");
        assertThat(after).isGreaterThan(before);
        // Every form on the full page that posts a version carries the class the swap targets.
        String pageHtml = mvc.perform(MockMvcRequestBuilders.get("/tasks/" + id).cookie(session))
                .andReturn().getResponse().getContentAsString();
        assertThat(pageHtml.split("name=\"version\"", -1).length - 1)
                .isEqualTo(pageHtml.split("class=\"task-version\"", -1).length - 1);
    }
}
