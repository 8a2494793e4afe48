package dev.kizuna.success;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import dev.kizuna.commerce.Orders;
import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.support.ApiTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 18's "done when": a known history — the customers who churned had gone quiet and paid late, those who renewed
 * had not — back-tested 60 days before each churn or renewal, gives the AUC worked out by hand, and data that came
 * later (an activity, a late payment after the day scored) is left out.
 */
class HealthBacktestTest extends ApiTestBase {

    @Autowired
    Orders orders;

    private static final LocalDate EVENT = LocalDate.of(2025, 8, 1);
    private static final LocalDate AS_OF = EVENT.minusDays(60); // 2025-06-02

    @Test
    void churnersThatWentQuietAndPaidLateScoreLowAndTheAucIsTheHandComputedOne() throws Exception {
        String admin = tokenFor(PermissionLevel.ADMIN);
        HealthFixtures f = new HealthFixtures(mvc, jdbc, orders, admin);
        String tag = "bt-" + UUID.randomUUID().toString().substring(0, 8);
        // Churners: C1 quiet (last call 183 days before) and unpaid → 0; C2 40 days quiet (5 → 30) and paid late → 30;
        // C3 quiet, paid on time → 40. Renewers: R1, R2 called 8 days before, paid on time → 100; R3 40 days → 70;
        // R4 quiet but paying → 40.
        UUID c1 = f.customer("解約A", tag, null);
        UUID c2 = f.customer("解約B", tag, null);
        UUID c3 = f.customer("解約C", tag, null);
        UUID r1 = f.customer("更新A", tag, null);
        UUID r2 = f.customer("更新B", tag, null);
        UUID r3 = f.customer("更新C", tag, null);
        UUID r4 = f.customer("更新D", tag, null);
        LocalDate quiet = AS_OF.minusDays(183);
        LocalDate fortyDays = AS_OF.minusDays(40);
        LocalDate recent = AS_OF.minusDays(8);
        f.activity(c1, quiet);
        f.activity(c1, AS_OF.plusDays(20)); // after the day scored: not known then
        f.activity(c2, fortyDays);
        f.activity(c3, quiet);
        f.activity(r1, recent);
        f.activity(r2, recent);
        f.activity(r3, fortyDays);
        f.activity(r4, quiet);
        LocalDate due = LocalDate.of(2025, 3, 31);
        f.order(c1, due, null);
        f.order(c2, due, LocalDate.of(2025, 4, 20));
        for (UUID onTime : List.of(c3, r1, r2, r3, r4)) {
            f.order(onTime, due, due.minusDays(5));
        }
        f.order(r1, AS_OF.plusDays(10), null); // due after the day scored: not late then
        for (UUID c : List.of(c1, c2, c3)) {
            f.churn(f.contract(c, "2024-01-01", "2025-08-31"), EVENT.toString());
        }
        for (UUID r : List.of(r1, r2, r3, r4)) {
            f.renew(f.contract(r, "2024-01-01", "2025-08-31"), EVENT.toString(), "2026-08-31");
        }
        String model = JsonPath.read(f.call("POST", "/api/v1/health-models",
                HealthFixtures.model(tag, tag, "")), "$.id");
        // A second model that only counts late payments, to compare side by side: churners {0, 0, 100}... as points:
        // C1 0, C2 0, C3 100; renewers all 100. AUC: C1, C2 below all 4 → 8; C3 ties all 4 → 2; 10 / 12 = 0.8333.
        String other = JsonPath.read(f.call("POST", "/api/v1/health-models", "{\"name\":\"" + tag + "-late\","
                + "\"definition\":{\"segment\":{\"tag\":\"" + tag + "\"},\"components\":[{\"key\":\"late\","
                + "\"measure\":\"latePayments\",\"weight\":100,\"thresholds\":[{\"from\":0,\"to\":1,\"points\":10},"
                + "{\"from\":1,\"points\":0}]}]}}"), "$.id");

        String manager = tokenFor(PermissionLevel.MANAGER);
        String body = mvc.perform(post(manager, "/api/v1/health-models/" + model + "/backtest",
                        "{\"from\":\"2025-07-01\",\"to\":\"2025-09-30\",\"compareWith\":\"" + other + "\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.model.daysBefore").value(60))
                .andExpect(jsonPath("$.model.figures.outcomes").value(7))
                .andExpect(jsonPath("$.model.figures.churned").value(3))
                .andReturn().getResponse().getContentAsString();
        // churners {0, 30, 40}, renewers {100, 100, 70, 40}: 0 → 4, 30 → 4, 40 → 3 + ½ (tie with R4);
        // 11.5 / (3 × 4) = 0.958333… → 0.9583
        assertThat(JsonPath.<Double>read(body, "$.model.figures.auc")).isEqualTo(0.9583).isGreaterThan(0.8);
        assertThat(JsonPath.<List<Double>>read(body, "$.model.outcomes[?(@.companyId == '" + c1 + "')].score"))
                .containsExactly(0.0);
        assertThat(JsonPath.<List<Double>>read(body, "$.model.outcomes[?(@.companyId == '" + c2 + "')].score"))
                .containsExactly(30.0);
        assertThat(JsonPath.<List<Double>>read(body, "$.model.outcomes[?(@.companyId == '" + r3 + "')].score"))
                .containsExactly(70.0);
        assertThat(JsonPath.<List<String>>read(body, "$.model.outcomes[*].scoredOn")).containsOnly("2025-06-02");
        // Per band (40 / 60 / 85): 危険 C1, C2 → 2 of 2 churned; 注意 C3, R4 → 1 of 2; 良好 R3; 拡大候補 R1, R2.
        assertThat(JsonPath.<List<Integer>>read(body, "$.model.figures.bands[*].customers")).containsExactly(2, 2, 1, 2);
        assertThat(JsonPath.<List<Integer>>read(body, "$.model.figures.bands[*].churned")).containsExactly(2, 1, 0, 0);
        // 危険's lift: (2/2) / (3/7) = 7/3 = 2.3333
        assertThat(JsonPath.<Double>read(body, "$.model.figures.bands[0].lift")).isEqualTo(2.3333);
        assertThat(JsonPath.<Double>read(body, "$.comparison.figures.auc")).isEqualTo(0.8333);

        // The model page shows the same figures side by side, its lift chart drawn from the outcomes.
        var account = accounts.create(PermissionLevel.ADMIN);
        var session = mvc.perform(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders
                .formLogin("/login").user("email", account.email()).password(account.password()))
                .andReturn().getResponse().getCookie("SESSION");
        String page = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .post("/health/models/" + model + "/backtest").cookie(session)
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                        .param("from", "2025-07-01").param("to", "2025-09-30").param("daysBefore", "60")
                        .param("compareWith", other))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("data-testid=\"backtest-auc\">0.9583<", "data-testid=\"backtest-auc\">0.8333<",
                "width: 33%", "width: 100%");
    }

    @Test
    void aBacktestNeedsAManagerAndARealPeriod() throws Exception {
        String admin = tokenFor(PermissionLevel.ADMIN);
        String tag = "bt-" + UUID.randomUUID().toString().substring(0, 8);
        String model = JsonPath.read(new HealthFixtures(mvc, jdbc, orders, admin).call("POST",
                "/api/v1/health-models", HealthFixtures.model(tag, tag, "")), "$.id");
        mvc.perform(post(tokenFor(PermissionLevel.MEMBER), "/api/v1/health-models/" + model + "/backtest", "{}"))
                .andExpect(status().isForbidden());
        mvc.perform(post(admin, "/api/v1/health-models/" + model + "/backtest",
                        "{\"from\":\"2025-09-01\",\"to\":\"2025-01-01\",\"daysBefore\":0}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[?(@.field == 'from')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'daysBefore')]").exists());
    }
}
