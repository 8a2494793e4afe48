package dev.kizuna.work;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.support.ApiTestBase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The steps a success plan's checklist runs on: an {@code item} waits until it is ticked, and the timer wakes it on its
 * due day (anchor + waitDays) to mark it overdue without moving on; a {@code wait} anchored on the run's date wakes at
 * anchor + waitDays, and moving the anchor re-dates it.
 */
class PlaybookAnchoredStepsTest extends ApiTestBase {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    @Autowired
    PlaybookTimerJob timers;
    @Autowired
    PlaybookChecklists checklists;

    private record State(String status, int step, String waitFor, Timestamp dueAt) {
    }

    private State state(UUID run) {
        return jdbc.sql("select status, step, wait_for, due_at from playbook_run where id = ?").param(run)
                .query(State.class).single();
    }

    private long events(UUID run, String kind) {
        return jdbc.sql("select count(*) from playbook_run_event where run_id = ? and kind = ?").params(run, kind)
                .query(Long.class).single();
    }

    private static PlaybookStep item(String key, int days) {
        return new PlaybookStep("item", "項目" + key, null, null, "自社", null, null, null, null, days, null, null, key,
                null, null, null, null);
    }

    private static PlaybookStep anchoredWait(int days) {
        return new PlaybookStep("wait", null, null, null, null, null, null, null, null, days, null, "anchor", null,
                null, null, null, null);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void anItemIsMarkedOverdueOnItsDueDayAndAnAnchoredWaitFollowsItsMovedAnchor() throws Exception {
        LocalDate today = LocalDate.now(TOKYO);
        LocalDate anchor = today.minusDays(3);
        UUID company = UUID.fromString(com.jayway.jsonpath.JsonPath.read(mvc.perform(post(tokenFor(
                PermissionLevel.MEMBER), "/api/v1/companies", "{\"name\":\"" + unique("株式会社アンカー") + "\"}"))
                .andReturn().getResponse().getContentAsString(), "$.id"));
        accounts.signInForService(accounts.create(PermissionLevel.MANAGER)); // mvc calls clear it
        Playbook playbook = checklists.keep("test:" + UUID.randomUUID(), new PlaybookDraft(unique("項目の流れ"), "",
                "manual", null, null, true, List.of(item("a", -1), anchoredWait(5), item("b", 10))));
        UUID run = checklists.startAnchored(playbook.id(), company, anchor).id();

        State waiting = state(run);
        assertThat(waiting.waitFor()).isEqualTo("item:a");
        assertThat(waiting.dueAt().toInstant()).isEqualTo(anchor.minusDays(1).atTime(9, 0).atZone(TOKYO).toInstant());

        timers.fireDue();
        State overdue = state(run);
        assertThat(overdue.status()).as("an overdue item is still waited for").isEqualTo("waiting");
        assertThat(overdue.step()).isZero();
        assertThat(overdue.dueAt()).as("woken once").isNull();
        assertThat(events(run, "overdue")).isEqualTo(1);

        checklists.tick(run, "a", true);
        State wait = state(run);
        assertThat(wait.step()).isEqualTo(1);
        assertThat(wait.waitFor()).isEqualTo("anchor");
        assertThat(wait.dueAt().toInstant()).isEqualTo(anchor.plusDays(5).atTime(9, 0).atZone(TOKYO).toInstant());

        checklists.moveAnchor(run, anchor.plusDays(7));
        assertThat(state(run).dueAt().toInstant())
                .isEqualTo(anchor.plusDays(12).atTime(9, 0).atZone(TOKYO).toInstant());

        jdbc.sql("update playbook_run set due_at = now() - interval '1 second' where id = ?").param(run).update();
        timers.fireDue();
        State next = state(run);
        assertThat(next.step()).as("the wait ended").isEqualTo(2);
        assertThat(next.waitFor()).isEqualTo("item:b");
        assertThat(next.dueAt().toInstant()).isEqualTo(anchor.plusDays(17).atTime(9, 0).atZone(TOKYO).toInstant());
    }
}
