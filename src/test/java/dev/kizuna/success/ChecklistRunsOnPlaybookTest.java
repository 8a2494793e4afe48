package dev.kizuna.success;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.support.ApiTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Issue 17: "run it on the playbook engine (checklist and wait steps): do not build a second engine". A new plan
 * starts a playbook run anchored on go-live that waits for the earliest-due open item (its timer set to that item's
 * due day); ticking that item moves the run on, an item ticked early is passed at once, and moving go-live re-dates
 * the run's timer.
 */
class ChecklistRunsOnPlaybookTest extends ApiTestBase {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    @org.springframework.beans.factory.annotation.Autowired
    PlanRunsBackfill backfill;

    private String member;
    private String companyId;
    private LocalDate goLive;

    @BeforeEach
    void fixture() throws Exception {
        member = tokenFor(PermissionLevel.MEMBER);
        companyId = read(post(member, "/api/v1/companies", "{\"name\":\"" + unique("株式会社チェック") + "\"}"), "$.id");
        goLive = LocalDate.now(TOKYO).plusDays(90);
    }

    private record Run(UUID id, String status, int step, String waitFor, Timestamp dueAt) {
    }

    private Run runOf(String planId) {
        return jdbc.sql("""
                select r.id, r.status, r.step, r.wait_for, r.due_at from success_plan p
                join playbook_run r on r.id = p.playbook_run_id where p.id = ?::uuid
                """).param(planId).query(Run.class).optional().orElseThrow(() -> new AssertionError("no run"));
    }

    private String read(MockHttpServletRequestBuilder request, String path) throws Exception {
        return JsonPath.read(mvc.perform(request).andExpect(status().is2xxSuccessful()).andReturn().getResponse()
                .getContentAsString(), path).toString();
    }

    private String plan(LocalDate on) throws Exception {
        return read(post(member, "/api/v1/success-plans", "{\"companyId\":\"" + companyId + "\",\"templateId\":\""
                + SuccessTemplates.BUILT_IN + "\",\"goLiveOn\":\"" + on + "\"}"), "$.id");
    }

    /** The plan's items in the order they fall due (as the run walks them). */
    private List<Map<String, Object>> itemsByDueDay(String planId) throws Exception {
        String body = mvc.perform(get(member, "/api/v1/success-plans/" + planId + "/checklist")).andReturn()
                .getResponse().getContentAsString();
        List<Map<String, Object>> items = new java.util.ArrayList<>(JsonPath.read(body, "$.items"));
        items.sort(java.util.Comparator.comparing((Map<String, Object> i) -> i.get("dueOn").toString()));
        return items;
    }

    private void tick(String planId, Map<String, Object> item) throws Exception {
        mvc.perform(patch(member, "/api/v1/success-plans/" + planId + "/checklist/" + item.get("id"),
                "{\"version\":" + item.get("version") + ",\"done\":true}")).andExpect(status().isOk());
    }

    private static java.time.Instant nineOn(LocalDate day) {
        return day.atTime(9, 0).atZone(TOKYO).toInstant();
    }

    @Test
    void aNewPlanStartsARunThatWaitsForTheFirstDueItemUntilItsDueDay() throws Exception {
        String planId = plan(goLive);
        Run run = runOf(planId);
        assertThat(run.status()).isEqualTo("waiting");
        assertThat(run.step()).isZero();
        assertThat(run.waitFor()).startsWith("item:");
        assertThat(run.dueAt().toInstant()).as("LINE account: due 90 days before go-live")
                .isEqualTo(nineOn(goLive.minusDays(90)));
        assertThat(jdbc.sql("select count(*) from playbook_run where company_id = ?::uuid").param(companyId)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void tickingTheItemTheRunWaitsForMovesItOnAndAnItemTickedEarlyIsPassedAtOnce() throws Exception {
        String planId = plan(goLive);
        List<Map<String, Object>> items = itemsByDueDay(planId);
        tick(planId, items.get(1)); // ahead of the run
        assertThat(runOf(planId).step()).as("the run still waits for the first item").isZero();

        tick(planId, items.get(0));

        Run after = runOf(planId);
        assertThat(after.step()).as("the first item done, the second already done: waits for the third").isEqualTo(2);
        assertThat(after.status()).isEqualTo("waiting");
        assertThat(after.dueAt().toInstant()).isEqualTo(nineOn(LocalDate.parse(items.get(2).get("dueOn").toString())));
        assertThat(jdbc.sql("select count(*) from playbook_run_event where run_id = ? and kind = 'ticked'")
                .param(after.id()).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void movingGoLiveReDatesTheRunsTimer() throws Exception {
        String planId = plan(goLive);
        Timestamp before = runOf(planId).dueAt();

        mvc.perform(patch(member, "/api/v1/success-plans/" + planId, "{\"version\":0,\"goLiveOn\":\""
                + goLive.plusDays(14) + "\"}")).andExpect(status().isOk());

        Run after = runOf(planId);
        assertThat(Duration.between(before.toInstant(), after.dueAt().toInstant())).isEqualTo(Duration.ofDays(14));
        assertThat(after.status()).isEqualTo("waiting");
    }

    /** Moves the item's due day on its plan alone: {@code days} from go-live. */
    private void moveDue(String planId, Map<String, Object> item, int days) throws Exception {
        mvc.perform(patch(member, "/api/v1/success-plans/" + planId + "/checklist/" + item.get("id"),
                "{\"version\":" + item.get("version") + ",\"dueOffsetDays\":" + days + "}")).andExpect(status().isOk());
    }

    @Test
    void movingOneItemsDueDayOnThePlanReDatesTheRunForThatItemOnThatPlanOnly() throws Exception {
        String planId = plan(goLive);
        companyId = read(post(member, "/api/v1/companies", "{\"name\":\"" + unique("株式会社ほかの") + "\"}"), "$.id");
        String otherPlan = plan(goLive); // the same template's playbook, another customer's plan
        List<Map<String, Object>> items = itemsByDueDay(planId);
        int first = (Integer) items.get(0).get("dueOffsetDays");
        int second = (Integer) items.get(1).get("dueOffsetDays");

        moveDue(planId, items.get(0), first + 5); // the item the run waits for now
        moveDue(planId, items.get(1), second + 3); // an item the run reaches later

        assertThat(runOf(planId).dueAt().toInstant()).as("the waiting item's timer moved with its day")
                .isEqualTo(nineOn(goLive.plusDays(first + 5)));
        assertThat(runOf(otherPlan).dueAt().toInstant()).as("the other plan keeps the template's day")
                .isEqualTo(nineOn(goLive.plusDays(first)));
        tick(planId, itemsByDueDay(planId).stream().filter(i -> i.get("id").equals(items.get(0).get("id")))
                .findFirst().orElseThrow());
        Run after = runOf(planId);
        assertThat(after.step()).isEqualTo(1);
        assertThat(after.dueAt().toInstant()).as("the later item is dated from the plan's day, not the template's")
                .isEqualTo(nineOn(goLive.plusDays(second + 3)));
    }

    @Test
    void aPlanMadeBeforeTheChecklistRanAsAPlaybookGetsItsRunWithItsTicksAndItsOwnDays() throws Exception {
        String planId = plan(goLive);
        List<Map<String, Object>> items = itemsByDueDay(planId);
        tick(planId, items.get(0));
        tick(planId, items.get(1));
        int third = (Integer) items.get(2).get("dueOffsetDays");
        moveDue(planId, items.get(2), third + 4);
        UUID before = runOf(planId).id();
        // as a plan made before this feature: no run drives its checklist
        jdbc.sql("update playbook_run set status = 'cancelled' where id = ?").param(before).update();
        jdbc.sql("update success_plan set playbook_run_id = null where id = ?::uuid").param(planId).update();

        dev.kizuna.platform.security.SystemActor.call(backfill::startAll);

        Run after = runOf(planId);
        assertThat(after.id()).isNotEqualTo(before);
        assertThat(after.step()).as("the two ticked items are passed: it waits for the third").isEqualTo(2);
        assertThat(after.status()).isEqualTo("waiting");
        assertThat(after.dueAt().toInstant()).as("on the plan's own day for the third item")
                .isEqualTo(nineOn(goLive.plusDays(third + 4)));
        assertThat(dev.kizuna.platform.security.SystemActor.call(backfill::startAll)).as("once only").isZero();
    }

    @Test
    void anOverdueItemShowsOnThePhaseBoardAndTheRunWaitsForIt() throws Exception {
        LocalDate wentLive = LocalDate.now(TOKYO).minusDays(10);
        String planId = plan(wentLive);
        mvc.perform(get(member, "/api/v1/success-plans?filter[overdue]=true&filter[goLiveFrom]=" + wentLive
                + "&filter[goLiveTo]=" + wentLive + "&limit=200")).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.id == '" + planId + "')].itemsOverdue").value(
                        org.hamcrest.Matchers.contains(org.hamcrest.Matchers.greaterThan(0))));
        Run run = runOf(planId);
        assertThat(run.status()).isEqualTo("waiting");
        assertThat(run.dueAt().toInstant()).as("its due day has passed: the timer wakes it")
                .isBefore(java.time.Instant.now());
    }
}
