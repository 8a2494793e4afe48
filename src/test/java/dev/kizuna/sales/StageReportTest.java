package dev.kizuna.sales;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.support.ApiTestBase;
import dev.kizuna.support.TestAccounts;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** 段階分析: entries, conversion, losses and days in stage of a pipeline, counted from the recorded stage changes. */
class StageReportTest extends ApiTestBase {

    private TestAccounts.Account member;
    private String token;
    private SalesFixture f;

    @BeforeEach
    void fixture() throws Exception {
        member = accounts.create(PermissionLevel.MEMBER);
        token = accounts.token(member);
        f = SalesFixture.create(mvc, tokenFor(PermissionLevel.ADMIN), unique(""));
    }

    @Test
    void countsWhoReachedEachStageWhoWentOnWhoWasLostAndHowLongTheyStayed() throws Exception {
        // A: 問い合わせ → アポ → ヒアリング. B: 問い合わせ → アポ → 失注. C: came in 200 days ago, outside the period.
        String a = f.createDeal(mvc, token, "社内報の定期制作", 600_000);
        move(a, 0, 1, null);
        move(a, 1, 2, null);
        String b = f.createDeal(mvc, token, "展示会ブース装飾", 900_000);
        move(b, 0, 1, null);
        move(b, 1, 7, f.lostReasonId());
        String c = f.createDeal(mvc, token, "名刺の追加印刷", 40_000);
        jdbc.sql("update deal_stage_change set changed_at = now() - interval '200 days' where deal_id = ?")
                .param(UUID.fromString(c)).update();
        // Time spent in 問い合わせ before leaving it: two days for A, four for B.
        daysInInquiry(a, 2);
        daysInInquiry(b, 4);

        mvc.perform(get(token, "/api/v1/deals/stage-report?pipelineId=" + f.pipelineId()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.stages[0].stage").value("問い合わせ"))
                .andExpect(jsonPath("$.stages[0].entered").value(2))
                .andExpect(jsonPath("$.stages[0].advanced").value(2))
                .andExpect(jsonPath("$.stages[0].advancedPercent").value(100))
                .andExpect(jsonPath("$.stages[0].averageDays").value(3.0))
                .andExpect(jsonPath("$.stages[0].medianDays").value(3.0))
                .andExpect(jsonPath("$.stages[0].left").value(2))
                .andExpect(jsonPath("$.stages[1].entered").value(2))
                .andExpect(jsonPath("$.stages[1].advanced").value(1))
                .andExpect(jsonPath("$.stages[1].advancedPercent").value(50))
                .andExpect(jsonPath("$.stages[1].lost").value(1))
                .andExpect(jsonPath("$.stages[1].lostPercent").value(50))
                .andExpect(jsonPath("$.stages[2].entered").value(1))
                .andExpect(jsonPath("$.stages[2].advancedPercent").value(0))
                .andExpect(jsonPath("$.stages[2].averageDays").doesNotExist())
                .andExpect(jsonPath("$.stages[3].entered").value(0))
                .andExpect(jsonPath("$.stages[3].advancedPercent").doesNotExist())
                .andExpect(jsonPath("$.stages[7].entered").value(1));

        // A period that reaches back 300 days also counts C's arrival (it never went on).
        mvc.perform(get(token, "/api/v1/deals/stage-report?pipelineId=" + f.pipelineId() + "&since="
                        + java.time.LocalDate.now(StageReport.ZONE).minusDays(300)))
                .andExpect(jsonPath("$.stages[0].entered").value(3))
                .andExpect(jsonPath("$.stages[0].advancedPercent").value(67));
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsRefusedNamingTheField() throws Exception {
        mvc.perform(get(token, "/api/v1/deals/stage-report?pipelineId=" + f.pipelineId()
                        + "&since=2026-11-30&until=2026-11-01").header("Accept-Language", "ja"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value("until"))
                .andExpect(jsonPath("$.errors[0].message").value("期間の終了日は期間の開始日より前にできません。"));
        mvc.perform(get(token, "/api/v1/deals/stage-report?pipelineId=" + f.pipelineId()
                        + "&since=2020-01-01&until=2026-11-01"))
                .andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.errors[0].code").value("PeriodTooLong"));
        mvc.perform(get(token, "/api/v1/deals/stage-report?pipelineId=" + UUID.randomUUID()))
                .andExpect(status().isNotFound());
        mvc.perform(MockMvcRequestBuilders.get("/api/v1/deals/stage-report?pipelineId=" + f.pipelineId()))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void thePageShowsTheTableInJapaneseAndTheRuleWhenThePeriodIsWrong() throws Exception {
        String a = f.createDeal(mvc, token, "ロゴ制作", 300_000);
        move(a, 0, 1, null);
        Cookie session = mvc.perform(formLogin("/login").user("email", member.email()).password(member.password()))
                .andReturn().getResponse().getCookie("SESSION");
        mvc.perform(MockMvcRequestBuilders.get("/deals/reports/stages?pipeline=" + f.pipelineId()).cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("段階分析")))
                .andExpect(content().string(containsString("data-testid=\"stage-アポ\"")))
                .andExpect(content().string(containsString("平均滞留日数")));
        mvc.perform(MockMvcRequestBuilders.get("/deals/reports/stages?pipeline=" + f.pipelineId()
                        + "&since=2026-11-30&until=2026-11-01").cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("期間の終了日は期間の開始日より前にできません。")));
    }

    private void move(String deal, int version, int stage, String lostReasonId) throws Exception {
        mvc.perform(post(token, "/api/v1/deals/{id}/move", "{\"version\":" + version + ",\"stageId\":\""
                        + f.stageIds().get(stage) + "\"" + (lostReasonId == null ? "" : ",\"lostReasonId\":\""
                        + lostReasonId + "\"") + "}", deal))
                .andExpect(status().isOk());
    }

    private void daysInInquiry(String deal, int days) {
        jdbc.sql("update deal_stage_change set seconds_in_from_stage = ? where deal_id = ? and from_stage_id = ?")
                .params(days * 86_400L, UUID.fromString(deal), UUID.fromString(f.stageIds().get(0))).update();
    }
}
