package dev.kizuna.insights;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.support.ApiTestBase;
import org.junit.jupiter.api.Test;

/** /api/v1/daily-reports/{date} and /api/v1/compliance: who may read them, and clear answers to bad input. */
class DailyReportsApiTest extends ApiTestBase {

    @Test
    void aManagerReadsTheReportAfterAHolidayMonday() throws Exception {
        mvc.perform(get(tokenFor(PermissionLevel.MANAGER), "/api/v1/daily-reports/2026-10-13"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.reportDay").value("2026-10-13"))
                .andExpect(jsonPath("$.coveredDays", contains("2026-10-09", "2026-10-10", "2026-10-11", "2026-10-12")))
                .andExpect(jsonPath("$.compliancePeriod").value("2026-10-01..2026-10-12"))
                .andExpect(jsonPath("$.deals.currency").value("JPY"))
                .andExpect(jsonPath("$.deals.total.movedForward").isNumber())
                .andExpect(jsonPath("$.orders.currency").value("JPY"))
                .andExpect(jsonPath("$.orders.total.orders").isNumber())
                .andExpect(jsonPath("$.orders.total.paymentAmount").isNumber())
                .andExpect(jsonPath("$.orders.total.overdueAmount").isNumber());
    }

    @Test
    void theReportCountsEachBoardsPiledUpTasksAndTheOverdueOnes() throws Exception {
        String manager = tokenFor(PermissionLevel.MANAGER);
        String board = com.jayway.jsonpath.JsonPath.read(mvc.perform(post(manager, "/api/v1/boards", "{\"name\":\""
                + unique("【倉庫】受注アイテム登録") + "\",\"backlogDays\":2}")).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString(), "$.id");
        for (String title : java.util.List.of("名刺データの登録", "封筒データの登録")) {
            String task = com.jayway.jsonpath.JsonPath.read(mvc.perform(post(manager, "/api/v1/tasks", "{\"boardId\":\""
                    + board + "\",\"title\":\"" + title + "\"}")).andExpect(status().isCreated())
                    .andReturn().getResponse().getContentAsString(), "$.id");
            // Put on the board in early October: piled up (and overdue) by the report of 2026-10-13.
            jdbc.sql("update task set created_at = timestamptz '2026-10-01 10:00+09', due_on = date '2026-10-05' where id = ?")
                    .param(java.util.UUID.fromString(task)).update();
        }
        String body = mvc.perform(get(manager, "/api/v1/daily-reports/2026-10-13")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        java.util.List<Integer> piled = com.jayway.jsonpath.JsonPath.read(body,
                "$.tasks.boards[?(@.boardId == '" + board + "')].backlog");
        org.assertj.core.api.Assertions.assertThat(piled).containsExactly(2);
        org.assertj.core.api.Assertions.assertThat((Integer) com.jayway.jsonpath.JsonPath.read(body, "$.tasks.overdue"))
                .isGreaterThanOrEqualTo(2);
        org.assertj.core.api.Assertions.assertThat((Integer) com.jayway.jsonpath.JsonPath.read(body, "$.tasks.backlog"))
                .isGreaterThanOrEqualTo(2);
    }

    @Test
    void viewersMayNotReadIt() throws Exception {
        mvc.perform(get(tokenFor(PermissionLevel.VIEWER), "/api/v1/daily-reports/2026-10-13"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    }

    @Test
    void aRepReadsTheirOwnLineAndTheirTeamsTotalsOnly() throws Exception {
        var rep = accounts.create(PermissionLevel.MEMBER);
        var mate = accounts.create(PermissionLevel.MEMBER);
        var stranger = accounts.create(PermissionLevel.MEMBER);
        String admin = tokenFor(PermissionLevel.ADMIN);
        String lead = accounts.create(PermissionLevel.MANAGER).id().toString();
        String team = com.jayway.jsonpath.JsonPath.read(mvc.perform(post(admin, "/api/v1/teams", "{\"name\":\""
                + unique("営業2課") + "\",\"managerId\":\"" + lead + "\",\"memberIds\":[\"" + rep.id() + "\",\"" + mate.id() + "\"]}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
        mvc.perform(post(admin, "/api/v1/teams", "{\"name\":\"" + unique("営業3課") + "\",\"managerId\":\"" + lead + "\",\"memberIds\":[\""
                + stranger.id() + "\"]}")).andExpect(status().isCreated());

        mvc.perform(get(accounts.token(rep), "/api/v1/daily-reports/2026-10-13"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.scope").value("team"))
                .andExpect(jsonPath("$.teams", hasSize(1)))
                .andExpect(jsonPath("$.teams[0].teamId").value(team))
                .andExpect(jsonPath("$.teams[0].reps[*].userId", contains(rep.id().toString())))
                .andExpect(jsonPath("$.teams[0].total.activities").isNumber())
                .andExpect(jsonPath("$.deals.byOwner[*].userId", contains(rep.id().toString())))
                .andExpect(jsonPath("$.orders.byOwner[*].userId", contains(rep.id().toString())));
        // a manager still reads everyone's
        mvc.perform(get(tokenFor(PermissionLevel.MANAGER), "/api/v1/daily-reports/2026-10-13"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.scope").value("all"))
                .andExpect(jsonPath("$.teams[*].reps[*].userId", org.hamcrest.Matchers.hasItem(stranger.id().toString())));
    }

    @Test
    void badDaysGetProblemsNamingTheDate() throws Exception {
        String token = tokenFor(PermissionLevel.MANAGER);
        mvc.perform(get(token, "/api/v1/daily-reports/2026-13-01"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value("date"));
        mvc.perform(get(token, "/api/v1/daily-reports/2026-10-12").header("Accept-Language", "ja"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("date"))
                .andExpect(jsonPath("$.errors[0].message").value("日付は営業日(土日・祝日以外)を指定してください。"));
        mvc.perform(get(token, "/api/v1/daily-reports/2099-01-05"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("date"));
    }

    @Test
    void complianceNeedsAReadablePeriodAndShowsMembersOnlyThemselves() throws Exception {
        var member = accounts.create(PermissionLevel.MEMBER);
        String token = accounts.token(member);
        mvc.perform(get(token, "/api/v1/compliance?period=2026-13"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value("period"));
        var company = java.util.UUID.randomUUID();
        jdbc.sql("insert into company (id, kind, name, status, owner_id) values (?, 'company', ?, 'customer', ?)")
                .params(company, unique("遵守API"), member.id()).update();
        // The month running now: a member made today owns nothing at the end of a finished month.
        String month = java.time.YearMonth.now(java.time.ZoneId.of("Asia/Tokyo")).toString();
        mvc.perform(get(token, "/api/v1/compliance?period=" + month))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.period").value(month))
                .andExpect(jsonPath("$.items", hasSize(1)))
                .andExpect(jsonPath("$.items[0].userId").value(member.id().toString()))
                .andExpect(jsonPath("$.settings.lateAfterHours").isNumber());
    }
}
