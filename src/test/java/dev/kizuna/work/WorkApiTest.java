package dev.kizuna.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import dev.kizuna.activities.Timeline;
import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.platform.calendar.BusinessCalendar;
import dev.kizuna.support.ApiTestBase;
import dev.kizuna.support.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** /api/v1/boards and /api/v1/tasks: hand-offs to roles, taking, moves with versions, errors, backlog, timeline. */
class WorkApiTest extends ApiTestBase {

    @Autowired
    BusinessCalendar calendar;
    @Autowired
    Backlog backlog;
    @Autowired
    Timeline timeline;
    @Autowired
    dev.kizuna.commerce.Orders orders;
    @Autowired
    dev.kizuna.work.Tasks tasks;

    private TestAccounts.Account admin;
    private TestAccounts.Account manager;
    private TestAccounts.Account success;
    private TestAccounts.Account repeat;
    private String adminToken;
    private String managerToken;
    private String successToken;
    private String repeatToken;
    private String roleId;
    private String boardId;
    private String companyId;

    @BeforeEach
    void fixture() throws Exception {
        admin = accounts.create(PermissionLevel.ADMIN);
        manager = accounts.create(PermissionLevel.MANAGER);
        success = accounts.create(PermissionLevel.MEMBER);
        repeat = accounts.create(PermissionLevel.MEMBER);
        adminToken = accounts.token(admin);
        managerToken = accounts.token(manager);
        successToken = accounts.token(success);
        repeatToken = accounts.token(repeat);
        roleId = read(post(adminToken, "/api/v1/roles", "{\"name\":\"" + unique("カスタマーサクセス") + "\"}"), "$.id");
        jdbc.sql("insert into user_job_role (user_id, role_id) values (?, ?)").params(success.id(), UUID.fromString(roleId))
                .update();
        boardId = read(post(managerToken, "/api/v1/boards", "{\"name\":\"" + unique("【倉庫】リピート×未使用") + "\",\"roleIds\":[\""
                + roleId + "\"],\"managerId\":\"" + manager.id() + "\"}"), "$.id");
        companyId = read(post(adminToken, "/api/v1/companies", "{\"name\":\"" + unique("株式会社タスク") + "\",\"nameKana\":\"タスク\"}"),
                "$.id");
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private String read(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String path)
            throws Exception {
        String body = mvc.perform(request).andExpect(status().is2xxSuccessful()).andReturn().getResponse()
                .getContentAsString();
        return JsonPath.read(body, path);
    }

    private String newTask(String token, String json) throws Exception {
        return read(post(token, "/api/v1/tasks", json), "$.id");
    }

    @Test
    void aTaskHandedToARoleIsTakenByAHolderAndMovesWithItsVersion() throws Exception {
        int days = 2;
        String id = newTask(repeatToken, "{\"boardId\":\"" + boardId + "\",\"title\":\"請求書発行済み：名刺リピート\",\"companyId\":\""
                + companyId + "\",\"dueInBusinessDays\":" + days + ",\"checklist\":[\"アカウント確認\",\"アイテム登録\"]}");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
        mvc.perform(get(repeatToken, "/api/v1/tasks/{id}", id)).andExpect(status().isOk())
                .andExpect(jsonPath("$.ownerRoleId").value(roleId)) // the board's role, since no owner was given
                .andExpect(jsonPath("$.ownerUserId").doesNotExist())
                .andExpect(jsonPath("$.requesterId").value(repeat.id().toString()))
                .andExpect(jsonPath("$.status").value("todo"))
                .andExpect(jsonPath("$.checklistTotal").value(2))
                .andExpect(jsonPath("$.dueOn").value(calendar.addBusinessDays(today, days).toString()));
        mvc.perform(get(successToken, "/api/v1/tasks?view=unowned&boardId=" + boardId))
                .andExpect(jsonPath("$.items[*].id").value(org.hamcrest.Matchers.hasItem(id)));

        // Someone without the role cannot take it; the holder can, and it becomes 対応中.
        mvc.perform(post(repeatToken, "/api/v1/tasks/{id}/take", "{\"version\":0}", id).header("Accept-Language", "ja"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value("ownerRoleId"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("だけが引き受けられます")));
        mvc.perform(post(successToken, "/api/v1/tasks/{id}/take", "{\"version\":0}", id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ownerUserId").value(success.id().toString()))
                .andExpect(jsonPath("$.status").value("doing"))
                .andExpect(jsonPath("$.version").value(2));
        mvc.perform(get(successToken, "/api/v1/tasks?view=mine"))
                .andExpect(jsonPath("$.items[*].id").value(org.hamcrest.Matchers.hasItem(id)));

        // A stale version is 409 and changes nothing.
        mvc.perform(post(successToken, "/api/v1/tasks/{id}/move", "{\"version\":0,\"status\":\"done\"}", id))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(post(successToken, "/api/v1/tasks/{id}/move", "{\"version\":2,\"status\":\"done\"}", id))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("done"))
                .andExpect(jsonPath("$.closedAt").isNotEmpty());
        mvc.perform(get(successToken, "/api/v1/boards/{id}/columns", boardId))
                .andExpect(jsonPath("$.columns[2].status").value("done"))
                .andExpect(jsonPath("$.columns[2].tasks[0].id").value(id));
        mvc.perform(get(successToken, "/api/v1/tasks/{id}/history", id))
                .andExpect(jsonPath("$.items[*].kind").value(org.hamcrest.Matchers.contains("status", "taken", "created")));

        // The customer's timeline shows the task's history.
        accounts.signInForService(success);
        var entries = timeline.of(UUID.fromString(companyId), null, List.of("task"),
                dev.kizuna.platform.api.PageQuery.first(10)).items();
        assertThat(entries).extracting(e -> e.badgeKey())
                .containsExactly("work.timeline.status", "work.timeline.taken", "work.timeline.created");
    }

    @Test
    void filesOnATaskAreAddedByMembersReadByAllAndRemovedByWhoAddedThemOrAManager() throws Exception {
        String task = newTask(successToken, "{\"title\":\"校正確認\",\"boardId\":\"" + boardId + "\"}");
        byte[] proof = "%PDF-1.4\n校正刷り 第2版\n%%EOF".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        String added = mvc.perform(upload(successToken, task, new org.springframework.mock.web.MockMultipartFile(
                        "file", "校正_第2版.pdf", "application/pdf", proof)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.fileName").value("校正_第2版.pdf"))
                .andExpect(jsonPath("$.sizeBytes").value(proof.length))
                .andExpect(jsonPath("$.addedBy").value(success.id().toString()))
                .andReturn().getResponse().getContentAsString();
        String file = JsonPath.read(added, "$.id");
        mvc.perform(get(repeatToken, "/api/v1/tasks/{id}/attachments", task))
                .andExpect(jsonPath("$.items.length()").value(1)).andExpect(jsonPath("$.items[0].id").value(file));
        org.assertj.core.api.Assertions.assertThat(mvc.perform(get(repeatToken, "/api/v1/task-attachments/{id}/content", file))
                .andExpect(status().isOk()).andExpect(content().contentType("application/pdf"))
                .andReturn().getResponse().getContentAsByteArray()).isEqualTo(proof);

        // A program file is refused, naming the field and the rule, in Japanese too; nothing is stored.
        mvc.perform(upload(successToken, task, new org.springframework.mock.web.MockMultipartFile(
                        "file", "setup.exe", "application/x-msdownload", new byte[] {77, 90})).header("Accept-Language", "ja"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("file"))
                .andExpect(jsonPath("$.errors[0].code").value("TaskFileType"))
                .andExpect(jsonPath("$.errors[0].message").value(
                        "ファイルは写真・PDF・Excel・Word・PowerPoint・CSV・テキスト・Illustrator/EPS・ZIPのファイルにしてください。"));
        mvc.perform(upload(successToken, task, null)).andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("file"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> dev.kizuna.work.TaskAttachments.check("大きな版下.ai",
                "application/postscript", dev.kizuna.work.TaskAttachments.MAX_BYTES + 1))
                .isInstanceOf(dev.kizuna.platform.api.RuleViolationException.class);
        mvc.perform(get(repeatToken, "/api/v1/tasks/{id}/attachments", task)).andExpect(jsonPath("$.items.length()").value(1));

        // Viewers read but do not add; another member does not remove it; a manager does.
        String viewer = tokenFor(PermissionLevel.VIEWER);
        mvc.perform(upload(viewer, task, new org.springframework.mock.web.MockMultipartFile("file", "a.png", "image/png",
                new byte[] {1}))).andExpect(status().isForbidden());
        mvc.perform(delete(repeatToken, "/api/v1/task-attachments/{id}", file)).andExpect(status().isForbidden());
        mvc.perform(delete(managerToken, "/api/v1/task-attachments/{id}", file)).andExpect(status().isNoContent());
        mvc.perform(get(repeatToken, "/api/v1/task-attachments/{id}", file)).andExpect(status().isNotFound());
        mvc.perform(get(successToken, "/api/v1/tasks/{id}/history", task))
                .andExpect(jsonPath("$.items[?(@.kind == 'attachment')].detail").value("校正_第2版.pdf"))
                .andExpect(jsonPath("$.items[?(@.kind == 'attachmentRemoved')].detail").value("校正_第2版.pdf"));
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("""
                select count(*) from audit_event where object_id = ? and action in ('task.attachment-added', 'task.attachment-removed')""")
                .param(task).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void aTaskAboutAnOrderTakesItsCustomerAndIsListedWithTheOrder() throws Exception {
        accounts.signInForService(manager);
        dev.kizuna.commerce.Order order = orders.importHistory(new dev.kizuna.commerce.OrderHistory(
                java.util.UUID.fromString(companyId), success.id(), null, "名刺 100枚×3名分", tasks.today(), 39_000L, 10,
                null, null, null));
        SecurityContextHolder.clearContext();
        String task = newTask(repeatToken, "{\"title\":\"受注アイテム登録\",\"boardId\":\"" + boardId
                + "\",\"orderId\":\"" + order.id() + "\"}");
        mvc.perform(get(repeatToken, "/api/v1/tasks/{id}", task))
                .andExpect(jsonPath("$.orderId").value(order.id().toString()))
                .andExpect(jsonPath("$.orderNumber").value(order.number()))
                .andExpect(jsonPath("$.companyId").value(companyId)); // the order's customer
        mvc.perform(get(repeatToken, "/api/v1/tasks").param("filter[orderId]", order.id().toString()))
                .andExpect(jsonPath("$.items.length()").value(1)).andExpect(jsonPath("$.items[0].id").value(task));

        // Another customer's order is refused, naming the field, in both languages.
        String other = read(post(adminToken, "/api/v1/companies", "{\"name\":\"" + unique("株式会社別会社") + "\"}"), "$.id");
        mvc.perform(post(repeatToken, "/api/v1/tasks", "{\"title\":\"x\",\"boardId\":\"" + boardId + "\",\"companyId\":\""
                        + other + "\",\"orderId\":\"" + order.id() + "\"}").header("Accept-Language", "ja"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("orderId"))
                .andExpect(jsonPath("$.errors[0].code").value("WorkOrderElsewhere"))
                .andExpect(jsonPath("$.errors[0].message").value("この受注は別の顧客のものです。タスクの顧客を合わせるか、空にしてください。"));
        mvc.perform(post(repeatToken, "/api/v1/tasks", "{\"title\":\"x\",\"boardId\":\"" + boardId
                        + "\",\"orderId\":\"" + java.util.UUID.randomUUID() + "\"}"))
                .andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.errors[0].field").value("orderId"))
                .andExpect(jsonPath("$.errors[0].code").value("UnknownId"));
    }

    private org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder upload(String token, String task,
            org.springframework.mock.web.MockMultipartFile file) {
        var request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .multipart("/api/v1/tasks/{id}/attachments", task);
        if (file != null) {
            request.file(file);
        }
        return request.header("Authorization", "Bearer " + token);
    }

    @Test
    void badInputIsProblemJsonNamingEachFieldInBothLanguages() throws Exception {
        String json = "{\"boardId\":\"" + UUID.randomUUID() + "\",\"title\":\"\",\"priority\":\"asap\",\"dueInBusinessDays\":999}";
        mvc.perform(post(repeatToken, "/api/v1/tasks", json).header("Accept-Language", "ja"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[?(@.field=='title')].message").value("件名を入力してください。"))
                .andExpect(jsonPath("$.errors[?(@.field=='boardId')].message").value("板に存在しない ID が含まれています。"))
                .andExpect(jsonPath("$.errors[?(@.field=='priority')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field=='dueInBusinessDays')]").exists());
        mvc.perform(post(repeatToken, "/api/v1/tasks", json).header("Accept-Language", "en"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[?(@.field=='title')].message").value("Title is required."));
        mvc.perform(post(managerToken, "/api/v1/boards", "{\"name\":\"\",\"backlogDays\":0}").header("Accept-Language", "en"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[?(@.field=='backlogDays')].message")
                        .value("Backlog after (business days) must be between 1 and 30."));
        mvc.perform(get(repeatToken, "/api/v1/tasks/{id}", "not-an-id")).andExpect(status().isNotFound());
        mvc.perform(get(repeatToken, "/api/v1/tasks?view=someday")).andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("view"));
    }

    @Test
    void permissionsViewersReadMembersWorkManagersKeepBoards() throws Exception {
        String viewer = tokenFor(PermissionLevel.VIEWER);
        String member = tokenFor(PermissionLevel.MEMBER);
        mvc.perform(get(viewer, "/api/v1/boards")).andExpect(status().isOk());
        mvc.perform(get(viewer, "/api/v1/tasks")).andExpect(status().isOk());
        mvc.perform(post(viewer, "/api/v1/tasks", "{\"boardId\":\"" + boardId + "\",\"title\":\"閲覧者\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post(member, "/api/v1/boards", "{\"name\":\"" + unique("板") + "\"}")).andExpect(status().isForbidden());
        mvc.perform(post(adminToken, "/api/v1/boards", "{\"name\":\"" + unique("板") + "\"}")).andExpect(status().isCreated());
        String board = read(get(member, "/api/v1/boards/{id}", boardId), "$.id");
        mvc.perform(patch(member, "/api/v1/boards/{id}", "{\"version\":0,\"backlogDays\":3}", board))
                .andExpect(status().isForbidden());
        mvc.perform(patch(managerToken, "/api/v1/boards/{id}", "{\"version\":0,\"backlogDays\":3}", board))
                .andExpect(status().isOk()).andExpect(jsonPath("$.backlogDays").value(3));
        mvc.perform(patch(managerToken, "/api/v1/boards/{id}", "{\"version\":0,\"backlogDays\":4}", board))
                .andExpect(status().isConflict());
        String id = newTask(member, "{\"boardId\":\"" + boardId + "\",\"title\":\"閲覧者は動かせない\"}");
        mvc.perform(post(viewer, "/api/v1/tasks/{id}/move", "{\"version\":0,\"status\":\"doing\"}", id))
                .andExpect(status().isForbidden());
        mvc.perform(post(viewer, "/api/v1/tasks/{id}/comments", "{\"body\":\"見ました\"}", id))
                .andExpect(status().isForbidden());
    }

    @Test
    void aMentionNotifiesThePersonAndHandingOverNotifiesTheOwner() throws Exception {
        String name = unique("川村 彩");
        jdbc.sql("update app_user set display_name = ? where id = ?").params(name, success.id()).update();
        String id = newTask(repeatToken, "{\"boardId\":\"" + boardId + "\",\"title\":\"アカウント追加依頼\",\"ownerUserId\":\""
                + success.id() + "\"}");
        mvc.perform(post(repeatToken, "/api/v1/tasks/{id}/comments", "{\"body\":\"@" + name.replace(" ", "")
                + " 2名追加お願いします\"}", id)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.mentions.length()").value(1))
                .andExpect(jsonPath("$.mentions[0]").value(success.id().toString()));
        List<String> keys = jdbc.sql("select message_key from notification where user_id = ? order by created_at")
                .param(success.id()).query(String.class).list();
        assertThat(keys).containsExactly("work.notice.assigned", "work.notice.mentioned");
    }

    @Test
    void workOlderThanTheBoardsBusinessDaysAlertsItsManagerOnce() throws Exception {
        String old = newTask(repeatToken, "{\"boardId\":\"" + boardId + "\",\"title\":\"古い依頼\"}");
        String fresh = newTask(repeatToken, "{\"boardId\":\"" + boardId + "\",\"title\":\"新しい依頼\"}");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
        Instant threeBusinessDaysAgo = calendar.addBusinessDays(today, -3).atStartOfDay(ZoneId.of("Asia/Tokyo")).toInstant();
        jdbc.sql("update task set created_at = ? where id = ?").params(java.sql.Timestamp.from(threeBusinessDaysAgo),
                UUID.fromString(old)).update();
        accounts.signInForService(admin);
        assertThat(backlog.asOf(today)).filteredOn(b -> b.boardId().toString().equals(boardId))
                .extracting(Backlog.BoardBacklog::backlog).containsExactly(1L);
        backlog.alertNewBacklog();
        backlog.alertNewBacklog();
        assertThat(jdbc.sql("select count(*) from notification where user_id = ? and message_key = 'work.notice.backlog'")
                .param(manager.id()).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select backlog_notified_at is null from task where id = ?").param(UUID.fromString(fresh))
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void overdueListsOpenTasksDueBeforeToday() throws Exception {
        String late = newTask(repeatToken, "{\"boardId\":\"" + boardId + "\",\"title\":\"期限切れ\",\"dueOn\":\"2026-01-05\"}");
        String done = newTask(repeatToken, "{\"boardId\":\"" + boardId + "\",\"title\":\"済んだ\",\"dueOn\":\"2026-01-05\"}");
        mvc.perform(post(repeatToken, "/api/v1/tasks/{id}/move", "{\"version\":0,\"status\":\"done\"}", done))
                .andExpect(status().isOk());
        String body = mvc.perform(get(repeatToken, "/api/v1/tasks?view=overdue&limit=200&boardId=" + boardId))
                .andReturn().getResponse().getContentAsString();
        List<String> ids = JsonPath.read(body, "$.items[*].id");
        assertThat(ids).contains(late).doesNotContain(done);
        mvc.perform(MockMvcRequestBuilders.get("/api/v1/openapi.json")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("/api/v1/tasks/{id}/take")));
    }
}
