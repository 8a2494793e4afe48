package dev.kizuna.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.support.ApiTestBase;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 25: an e-mail step that kept failing (a customer with no e-mail address) looped for ever — 21 retries in 33
 * minutes, never failed, never on the errors view: the retry went back into the wait before it, which reset the
 * attempts. Each retry now waits twice as long as the one before (1, 2, 4, 8
 * minutes) and after {@link PlaybookEngine#MAX_ATTEMPTS} tries the run is failed, listed on the errors view, and left
 * alone by the timer.
 */
class PlaybookGivesUpTest extends ApiTestBase {

    @Autowired
    PlaybookTimerJob timers;

    private record State(String status, int attempts, Timestamp dueAt, String lastError) {
    }

    private State state(UUID run) {
        return jdbc.sql("select status, attempts, due_at, last_error from playbook_run where id = ?").param(run)
                .query(State.class).single();
    }

    @Test
    void anEmailStepThatKeepsFailingBacksOffAndEndsOnTheErrorsView() throws Exception {
        String manager = tokenFor(PermissionLevel.MANAGER);
        String member = tokenFor(PermissionLevel.MEMBER);
        String playbook = JsonPath.read(mvc.perform(post(manager, "/api/v1/playbooks", "{\"name\":\""
                + unique("メール案内") + "\",\"trigger\":\"manual\",\"steps\":[{\"kind\":\"wait\",\"waitDays\":1},"
                + "{\"kind\":\"email\",\"subject\":"
                + "\"ご案内\",\"body\":\"ご案内です。\"}]}")).andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString(), "$.id");
        String company = JsonPath.read(mvc.perform(post(manager, "/api/v1/companies", "{\"name\":\""
                + unique("メールなし商店") + "\",\"nameKana\":\"メールナシショウテン\"}")).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString(), "$.id");
        UUID run = UUID.fromString(JsonPath.read(mvc.perform(post(member, "/api/v1/playbook-runs", "{\"playbookId\":\""
                + playbook + "\",\"companyId\":\"" + company + "\"}")).andExpect(status().isCreated()).andReturn()
                .getResponse().getContentAsString(), "$.id"));

        assertThat(state(run).status()).isEqualTo("waiting");
        retryNow(run, 1); // the wait ends: the e-mail step fails for the first time

        for (int attempt = 1; attempt < PlaybookEngine.MAX_ATTEMPTS; attempt++) {
            State failed = state(run);
            assertThat(failed.status()).isEqualTo("running");
            assertThat(failed.attempts()).isEqualTo(attempt);
            assertThat(failed.lastError()).contains("e-mail address");
            Duration wait = Duration.between(Instant.now(), failed.dueAt().toInstant());
            Duration backOff = Duration.ofMinutes(1L << (attempt - 1));
            assertThat(wait).as("retry %d waits %s", attempt, backOff)
                    .isBetween(backOff.minusSeconds(30), backOff.plusSeconds(1));

            retryNow(run, attempt + 1);
        }
        State gaveUp = state(run);
        assertThat(gaveUp.status()).isEqualTo("failed");
        assertThat(gaveUp.attempts()).isEqualTo(PlaybookEngine.MAX_ATTEMPTS);
        assertThat(gaveUp.dueAt()).as("no further retry").isNull();

        mvc.perform(get(member, "/api/v1/playbook-runs?status=failed&companyId=" + company))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].id").value(run.toString()))
                .andExpect(jsonPath("$.items[0].lastError").value(containsString("e-mail address")));
        timers.fireDue();
        assertThat(state(run).attempts()).as("the timer leaves a failed run alone").isEqualTo(PlaybookEngine.MAX_ATTEMPTS);
        assertThat(jdbc.sql("select count(*) from playbook_run_event where run_id = ? and kind = 'retry'").param(run)
                .query(Long.class).single()).isEqualTo(PlaybookEngine.MAX_ATTEMPTS - 1);
    }

    /** The wait's or the retry's time has come; the timer, or this test's call, takes it. */
    private void retryNow(UUID run, int expectedAttempts) {
        jdbc.sql("update playbook_run set due_at = now() - interval '1 second' where id = ?").param(run).update();
        timers.fireDue();
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> state(run).attempts() == expectedAttempts);
    }
}
