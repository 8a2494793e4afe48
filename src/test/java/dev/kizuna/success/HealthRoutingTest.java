package dev.kizuna.success;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import com.jayway.jsonpath.JsonPath;
import dev.kizuna.commerce.Orders;
import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.platform.security.SystemActor;
import dev.kizuna.support.ApiTestBase;
import dev.kizuna.support.EventListenersDone;
import dev.kizuna.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Publishing a model scores its customers at once: one entering 危険 gets the churn-prevention playbook started for its
 * owner, one entering 拡大候補 an upsell deal; the daily snapshot run twice at the same time (two instances) writes one
 * snapshot per customer and starts nothing twice; a drop of the model's points tells the owner.
 */
class HealthRoutingTest extends ApiTestBase {

    @Autowired
    Orders orders;
    @Autowired
    HealthScores scores;

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    @Test
    void publishingBandsTheCustomersAndRoutesDangerToAPlaybookAndExpansionToADeal() throws Exception {
        String admin = tokenFor(PermissionLevel.ADMIN);
        TestAccounts.Account owner = accounts.create(PermissionLevel.MEMBER);
        HealthFixtures f = new HealthFixtures(mvc, jdbc, orders, admin);
        String tag = "rt-" + UUID.randomUUID().toString().substring(0, 8);
        LocalDate today = scores.today();
        UUID danger = f.customer("危険商事", tag, owner.id());     // never called, a bill 10 days late → 0
        UUID expansion = f.customer("拡大工業", tag, owner.id());  // called yesterday, pays on time → 100
        UUID fine = f.customer("良好物産", tag, owner.id());       // called 40 days ago → 30 + 40 = 70
        f.order(danger, today.minusDays(10), null);
        f.activity(expansion, today.minusDays(1));
        f.activity(fine, today.minusDays(40));
        String model = JsonPath.read(f.call("POST", "/api/v1/health-models", HealthFixtures.model(tag, tag,
                ",\"dropPoints\":15,\"dropDays\":14")), "$.id");

        Instant since = Instant.now();
        mvc.perform(post(admin, "/api/v1/health-models/" + model + "/publish", "{\"version\":0}"))
                .andExpect(status().isOk());
        EventListenersDone.since(jdbc, since);

        String member = tokenFor(PermissionLevel.VIEWER);
        mvc.perform(get(member, "/api/v1/companies/" + danger + "/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.current.band").value("danger"))
                .andExpect(jsonPath("$.current.score").value(0))
                .andExpect(jsonPath("$.components[0].key").value("quiet"))
                .andExpect(jsonPath("$.components[1].value").value(1))
                .andExpect(jsonPath("$.components[1].points").value(0))
                .andExpect(jsonPath("$.history.length()").value(1))
                .andExpect(jsonPath("$.actions[0].kind").value("playbook"));
        mvc.perform(get(member, "/api/v1/companies/" + fine + "/health"))
                .andExpect(jsonPath("$.current.band").value("good"))
                .andExpect(jsonPath("$.current.score").value(70))
                .andExpect(jsonPath("$.components[0].share").value(42.9)); // 30 of 70
        String list = mvc.perform(get(member, "/api/v1/health-scores?filter[band]=danger&filter[ownerId]=" + owner.id()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(list, "$.items[*].companyId")).containsExactly(danger.toString());

        assertThat(jdbc.sql("""
                select r.started_by from playbook_run r join playbook p on p.id = r.playbook_id
                 where r.company_id = ? and p.key = 'churn-prevention'
                """).param(danger).query(UUID.class).list()).containsExactly(owner.id());
        assertThat(jdbc.sql("""
                select d.owner_id from deal d join pipeline p on p.id = d.pipeline_id
                 where d.company_id = ? and p.name = 'アップセル'
                """).param(expansion).query(UUID.class).list()).containsExactly(owner.id());
        assertThat(count("select count(*) from playbook_run where company_id = ?", fine)).isZero();
        assertThat(count("select count(*) from deal where company_id in (?, ?)", fine, danger)).isZero();
        assertThat(jdbc.sql("select kind from notification where user_id = ? order by kind").param(owner.id())
                .query(String.class).list()).contains("health-danger", "health-expansion");
        assertThat(jdbc.sql("select reason from success_health_action where company_id = ? and kind = 'playbook'")
                .param(danger).query(String.class).single()).startsWith("danger entered on " + today);

        // The next day's snapshot, taken by two instances at once: one row per customer, nothing started twice.
        // The customer who was 100 now has a bill past due: 60, a drop of 40 within 14 days tells the owner.
        f.order(expansion, today.minusDays(1), null);
        LocalDate tomorrow = today.plusDays(1);
        Instant again = Instant.now();
        var first = CompletableFuture.supplyAsync(() -> SystemActor.call(() -> scores.snapshotDay(tomorrow)));
        var second = CompletableFuture.supplyAsync(() -> SystemActor.call(() -> scores.snapshotDay(tomorrow)));
        first.join();
        second.join();
        EventListenersDone.since(jdbc, again);
        for (UUID c : List.of(danger, expansion, fine)) {
            assertThat(count("select count(*) from success_health_snapshot where company_id = ? and snapshot_on = ?",
                    c, tomorrow)).as("one snapshot a day").isEqualTo(1);
        }
        assertThat(SystemActor.call(() -> scores.snapshotDay(tomorrow))).as("a third run finds nothing to do").isZero();
        assertThat(count("select count(*) from playbook_run where company_id = ?", danger)).isEqualTo(1);
        assertThat(count("select count(*) from deal where company_id = ?", expansion)).isEqualTo(1);
        assertThat(count("select count(*) from success_health_action where company_id = ? and kind = 'drop_alert'",
                expansion)).isEqualTo(1);
        assertThat(count("select count(*) from notification where user_id = ? and kind = 'health-drop'", owner.id()))
                .isEqualTo(1);
    }
}
