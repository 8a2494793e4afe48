package dev.kizuna.success;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
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

/** Seed 003's customer chart in pages: a contract added, refused input kept, renewed early, re-planned, churned. */
class ContractPagesTest extends ApiTestBase {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private TestAccounts.Account member;
    private String companyId;
    private LocalDate today;

    @BeforeEach
    void fixture() throws Exception {
        member = accounts.create(PermissionLevel.MEMBER);
        companyId = JsonPath.read(mvc.perform(post(accounts.token(member), "/api/v1/companies", "{\"name\":\""
                + unique("株式会社契約画面") + "\"}")).andReturn().getResponse().getContentAsString(), "$.id");
        today = LocalDate.now(TOKYO);
        jdbc.sql("update app_user set locale = 'ja' where id = ?").param(member.id()).update();
    }

    private Cookie signIn(TestAccounts.Account account) throws Exception {
        return mvc.perform(formLogin("/login").user("email", account.email()).password(account.password()))
                .andExpect(redirectedUrl("/")).andReturn().getResponse().getCookie("SESSION");
    }

    private long version(String contractId) {
        return jdbc.sql("select version from success_contract where id = ?").param(UUID.fromString(contractId))
                .query(Long.class).single();
    }

    @Test
    void aContractIsAddedRenewedEarlyReplannedAndChurnedFromItsPage() throws Exception {
        Cookie session = signIn(member);
        mvc.perform(MockMvcRequestBuilders.get("/customers/" + companyId).cookie(session))
                .andExpect(content().string(containsString("data-testid=\"contracts-panel\"")))
                .andExpect(content().string(containsString("/success/contracts/new?companyId=" + companyId)));

        // Refused: letters in the amount and an end before the start; what was typed comes back with the rules named.
        mvc.perform(MockMvcRequestBuilders.post("/success/contracts/new").cookie(session).with(csrf())
                        .param("companyId", companyId).param("planName", "スタンダード（全店舗）").param("amount", "五万円")
                        .param("billing", "monthly").param("startsOn", today.toString())
                        .param("endsOn", today.minusDays(1).toString()).param("autoRenew", "true").param("noticeDays", "30"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"form-errors\"")))
                .andExpect(content().string(containsString("1200 や 3.5 のような数値")))
                .andExpect(content().string(containsString("value=\"スタンダード（全店舗）\"")))
                .andExpect(content().string(containsString("value=\"五万円\"")));
        assertThat(jdbc.sql("select count(*) from success_contract where company_id = ?")
                .param(UUID.fromString(companyId)).query(Integer.class).single()).isZero();

        LocalDate endsOn = today.plusDays(75);
        String location = mvc.perform(MockMvcRequestBuilders.post("/success/contracts/new").cookie(session).with(csrf())
                        .param("companyId", companyId).param("planName", "スタンダード").param("amount", "50,000")
                        .param("billing", "monthly").param("startsOn", today.minusYears(1).plusDays(75).toString())
                        .param("endsOn", endsOn.toString()).param("autoRenew", "false").param("autoRenew", "true")
                        .param("noticeDays", "30").param("renewalOwnerUserId", member.id().toString()))
                .andExpect(redirectedUrlPattern("/success/contracts/*"))
                .andExpect(flash().attributeExists("flash")).andReturn().getResponse().getRedirectedUrl();
        String contractId = location.substring(location.lastIndexOf('/') + 1);
        mvc.perform(MockMvcRequestBuilders.get(location).cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("スタンダード")))
                .andExpect(content().string(containsString("月額 ￥50,000")))
                .andExpect(content().string(containsString("契約中")));
        mvc.perform(MockMvcRequestBuilders.get("/success/renewals?within=90").cookie(session))
                .andExpect(content().string(containsString(location)))
                .andExpect(content().string(containsString("あと75日")));
        mvc.perform(MockMvcRequestBuilders.get("/success/renewals?within=30").cookie(session))
                .andExpect(content().string(not(containsString(location))));

        jdbc.sql("update success_setting set value = '30' where key = 'earlyRenewalDays'").update();
        mvc.perform(MockMvcRequestBuilders.post(location + "/renewals").cookie(session).with(csrf())
                        .param("version", String.valueOf(version(contractId))).param("decidedOn", today.toString())
                        .param("newEndsOn", endsOn.plusYears(1).toString()))
                .andExpect(redirectedUrl(location));
        assertThat(jdbc.sql("select early from success_contract_renewal where contract_id = ?").param(UUID.fromString(contractId))
                .query(Boolean.class).single()).as("decided 75 days before the end, 30 count as early").isTrue();

        mvc.perform(MockMvcRequestBuilders.post(location + "/changes").cookie(session).with(csrf())
                        .param("version", String.valueOf(version(contractId))).param("toPlan", "プレミアム")
                        .param("amountAfter", "80000").param("changedOn", today.toString()).param("reason", "店舗数が増えたため"))
                .andExpect(redirectedUrl(location));
        mvc.perform(MockMvcRequestBuilders.post(location + "/churn").cookie(session).with(csrf())
                        .param("version", String.valueOf(version(contractId))).param("churnedOn", today.toString())
                        .param("reasonId", "").param("answers", "社内で別のツールに統一することになった"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("data-testid=\"form-errors\"")))
                .andExpect(content().string(containsString("社内で別のツールに統一することになった")));
        String reason = jdbc.sql("select id::text from success_churn_reason where not retired order by position limit 1")
                .query(String.class).single();
        mvc.perform(MockMvcRequestBuilders.post(location + "/churn").cookie(session).with(csrf())
                        .param("version", String.valueOf(version(contractId))).param("churnedOn", today.toString())
                        .param("reasonId", reason).param("questions", "解約を決めた理由は？")
                        .param("answers", "社内で別のツールに統一することになった").param("cause", "本部の決定を事前に把握できていなかった")
                        .param("improvement", "本部との定例MTGを設ける"))
                .andExpect(redirectedUrl(location));
        mvc.perform(MockMvcRequestBuilders.get(location).cookie(session))
                .andExpect(content().string(containsString("解約済み")))
                .andExpect(content().string(containsString("プレミアム")))
                .andExpect(content().string(containsString("店舗数が増えたため")))
                .andExpect(content().string(containsString("早期更新")))
                .andExpect(content().string(containsString("本部との定例MTGを設ける")))
                .andExpect(content().string(not(containsString("data-testid=\"churn-form\""))));

        for (String lang : List.of("ja", "en")) {
            jdbc.sql("update app_user set locale = ? where id = ?").params(lang, member.id()).update();
            Cookie s = signIn(member);
            for (String path : List.of(location, "/success/contracts/new?companyId=" + companyId, "/success/renewals",
                    "/success/renewals?within=60", "/success/reports/retention",
                    "/success/reports/retention?from=" + YearMonth.from(today).minusMonths(2) + "&to=" + YearMonth.from(today),
                    "/customers/" + companyId)) {
                mvc.perform(MockMvcRequestBuilders.get(path).cookie(s)).andExpect(status().isOk())
                        .andExpect(content().string(containsString("lang=\"" + lang + "\"")))
                        .andExpect(content().string(not(containsString("??"))));
            }
        }
    }

    @Test
    void aRangeTheReportCannotTakeIsNamedAndTheDefaultShown() throws Exception {
        Cookie session = signIn(member);
        mvc.perform(MockMvcRequestBuilders.get("/success/reports/retention?from=2026-13&to=2026-01").cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"form-errors\"")))
                .andExpect(content().string(containsString("YYYY-MM")))
                .andExpect(content().string(containsString("data-testid=\"retention-months\"")));
    }
}
