package dev.kizuna.sales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.platform.calendar.BusinessCalendar;
import dev.kizuna.support.ApiTestBase;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Stalled deals (停滞): over the stage's limit, or idle for the set business days without a next step; an activity
 * logged against the deal ends it; owners and their managers are notified once; the daily report counts deals.
 */
class StalledDealsTest extends ApiTestBase {

    @Autowired
    private StalledDeals stalled;
    @Autowired
    private BusinessCalendar calendar;

    private String admin;
    private String member;
    private SalesFixture f;

    @BeforeEach
    void fixture() throws Exception {
        admin = tokenFor(PermissionLevel.ADMIN);
        member = tokenFor(PermissionLevel.MEMBER);
        f = SalesFixture.create(mvc, admin, unique(""));
    }

    private void backdate(String deal, Duration ago) {
        jdbc.sql("update deal set stage_entered_at = now() - cast(? as interval), created_at = now() - cast(? as interval) where id = ?")
                .params(ago.toSeconds() + " seconds", ago.toSeconds() + " seconds", UUID.fromString(deal)).update();
    }

    @Test
    void aDealLongerInItsStageThanAllowedIsStalledOnTheApiAndTheList() throws Exception {
        String fresh = f.createDeal(mvc, member, "新しい商談", 1000);
        String old = f.createDeal(mvc, member, "止まった商談", 2000);
        backdate(old, Duration.ofDays(4)); // 問い合わせ allows 3 days
        // A next step dated ahead keeps it from being idle, but not from being over the stage's limit.
        mvc.perform(patch(member, "/api/v1/deals/{id}", "{\"version\":0,\"nextStep\":\"電話する\",\"nextStepOn\":\""
                + LocalDate.now().plusDays(3) + "\"}", old)).andExpect(status().isOk());
        mvc.perform(get(member, "/api/v1/deals/{id}", old)).andExpect(jsonPath("$.stalled").value("stage"));
        mvc.perform(get(member, "/api/v1/deals/{id}", fresh)).andExpect(jsonPath("$.stalled").doesNotExist());
        mvc.perform(get(member, "/api/v1/deals").param("filter[pipelineId]", f.pipelineId())
                        .param("filter[stalled]", "true"))
                .andExpect(jsonPath("$.items.length()").value(1)).andExpect(jsonPath("$.items[0].id").value(old));
    }

    @Test
    void anIdleDealIsStalledAfterTheSetBusinessDaysAndAnActivityOnItEndsThat() throws Exception {
        String deal = f.createDeal(mvc, member, "動きのない商談", 5000);
        // Move it to a stage without a short limit, then make it look untouched for longer than the idle setting.
        mvc.perform(post(member, "/api/v1/deals/{id}/move", "{\"version\":0,\"stageId\":\"" + f.stageIds().get(2) + "\"}", deal))
                .andExpect(status().isOk());
        int idleDays = jdbc.sql("select idle_business_days from sales_setting").query(Integer.class).single();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
        long calendarDays = Duration.between(calendar.addBusinessDays(today, -(idleDays + 1)).atStartOfDay(),
                today.atStartOfDay()).toDays();
        backdate(deal, Duration.ofDays(calendarDays));
        mvc.perform(get(member, "/api/v1/deals/{id}", deal)).andExpect(jsonPath("$.stalled").value("idle"));

        String options = mvc.perform(get(member, "/api/v1/activity-options")).andReturn().getResponse()
                .getContentAsString();
        String channel = JsonPath.<java.util.List<String>>read(options, "$.items[?(@.kind == 'channel' && @.name == 'メール')].id").getFirst();
        String type = JsonPath.<java.util.List<String>>read(options, "$.items[?(@.kind == 'type' && @.name == 'その他')].id").getFirst();
        mvc.perform(post(member, "/api/v1/activities", "{\"companyId\":\"" + f.companyId() + "\",\"channelId\":\"" + channel
                + "\",\"typeId\":\"" + type + "\",\"dealId\":\"" + deal + "\",\"details\":\"見積の検討状況を確認\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.dealId").value(deal));
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                mvc.perform(get(member, "/api/v1/deals/{id}", deal)).andExpect(jsonPath("$.stalled").doesNotExist())
                        .andExpect(jsonPath("$.lastActivityAt").isNotEmpty()));
    }

    @Test
    void theOwnerAndTheirManagerAreNotifiedOncePerStalledSpell() throws Exception {
        var owner = accounts.create(PermissionLevel.MEMBER);
        var manager = accounts.create(PermissionLevel.MANAGER);
        jdbc.sql("insert into team (id, name, manager_id) values (?, ?, ?)")
                .params(UUID.randomUUID(), unique("営業チーム"), manager.id()).update();
        UUID team = jdbc.sql("select id from team where manager_id = ?").param(manager.id()).query(UUID.class).single();
        jdbc.sql("insert into team_member (team_id, user_id) values (?, ?), (?, ?)")
                .params(team, owner.id(), team, manager.id()).update();
        String deal = JsonPath.read(SalesFixture.body(mvc, accounts.token(owner), "/api/v1/deals",
                "{\"name\":\"通知される商談\",\"companyId\":\"" + f.companyId() + "\",\"pipelineId\":\"" + f.pipelineId() + "\"}"), "$.id");
        backdate(deal, Duration.ofDays(10));

        asSystem(() -> stalled.notifyNewlyStalled());
        asSystem(() -> stalled.notifyNewlyStalled()); // the second run finds nothing new
        assertThat(jdbc.sql("select user_id from notification where deal_id = ?").param(UUID.fromString(deal))
                .query(UUID.class).list()).containsExactlyInAnyOrder(owner.id(), manager.id());
        mvc.perform(get(accounts.token(owner), "/api/v1/deals/{id}", deal)).andExpect(jsonPath("$.stalled").value("stage"));
    }

    @Test
    void theDailyReportCountsDealsMovedWonLostAndStalledPerOwner() throws Exception {
        var owner = accounts.create(PermissionLevel.MEMBER);
        String token = accounts.token(owner);
        String won = JsonPath.read(SalesFixture.body(mvc, token, "/api/v1/deals", "{\"name\":\"受注する商談\",\"companyId\":\""
                + f.companyId() + "\",\"pipelineId\":\"" + f.pipelineId() + "\",\"amount\":480000}"), "$.id");
        String lost = JsonPath.read(SalesFixture.body(mvc, token, "/api/v1/deals", "{\"name\":\"失注する商談\",\"companyId\":\""
                + f.companyId() + "\",\"pipelineId\":\"" + f.pipelineId() + "\",\"amount\":90000}"), "$.id");
        String idle = JsonPath.read(SalesFixture.body(mvc, token, "/api/v1/deals", "{\"name\":\"止まる商談\",\"companyId\":\""
                + f.companyId() + "\",\"pipelineId\":\"" + f.pipelineId() + "\"}"), "$.id");
        mvc.perform(post(token, "/api/v1/deals/{id}/move", "{\"version\":0,\"stageId\":\"" + f.stageIds().get(3) + "\"}", won));
        mvc.perform(post(token, "/api/v1/deals/{id}/move", "{\"version\":1,\"stageId\":\"" + f.stageIds().get(4) + "\"}", won));
        mvc.perform(post(token, "/api/v1/deals/{id}/move", "{\"version\":0,\"stageId\":\"" + f.stageIds().get(7)
                + "\",\"lostReasonId\":\"" + f.lostReasonId() + "\"}", lost));
        backdate(idle, Duration.ofDays(10));
        // As if it all happened on the first day the latest report covers.
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
        LocalDate reportDay = calendar.isBusinessDay(today) ? today : calendar.previousBusinessDay(today);
        var at = calendar.daysCoveredByReportOn(reportDay).getFirst().atTime(11, 0).atZone(ZoneId.of("Asia/Tokyo")).toInstant();
        jdbc.sql("update deal_stage_change set changed_at = ? where deal_id in (?, ?)")
                .params(java.sql.Timestamp.from(at), UUID.fromString(won), UUID.fromString(lost)).update();
        jdbc.sql("update deal set closed_at = ? where id in (?, ?)")
                .params(java.sql.Timestamp.from(at), UUID.fromString(won), UUID.fromString(lost)).update();

        String report = mvc.perform(get(tokenFor(PermissionLevel.MANAGER), "/api/v1/daily-reports/{d}", reportDay))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String mine = "$.deals.byOwner[?(@.userId == '" + owner.id() + "')].figures";
        assertThat(JsonPath.<java.util.List<Integer>>read(report, mine + ".movedForward")).containsExactly(2);
        assertThat(JsonPath.<java.util.List<Integer>>read(report, mine + ".won")).containsExactly(1);
        assertThat(JsonPath.<java.util.List<Integer>>read(report, mine + ".wonAmount")).containsExactly(480000);
        assertThat(JsonPath.<java.util.List<Integer>>read(report, mine + ".lost")).containsExactly(1);
        assertThat(JsonPath.<java.util.List<Integer>>read(report, mine + ".lostAmount")).containsExactly(90000);
        assertThat(JsonPath.<java.util.List<Integer>>read(report, mine + ".stalled")).containsExactly(1);
    }

    private static void asSystem(Runnable work) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("system", null,
                AuthorityUtils.createAuthorityList("ROLE_ADMIN", "ROLE_MANAGER", "ROLE_MEMBER", "ROLE_VIEWER")));
        SecurityContextHolder.setContext(context);
        try {
            work.run();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
