package dev.kizuna.success;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.support.ApiTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * /api/v1/contracts, /renewals, /churns and /success-reports/retention on the embedded PostgreSQL. The report's
 * fixture lives in 2031, where no other test puts a contract; its figures are worked out in the comments.
 */
class ContractsApiTest extends ApiTestBase {

    private static final String COST = "0d5e1c00-0000-4000-8000-000000000101";

    private String member;

    @BeforeEach
    void fixture() throws Exception {
        member = tokenFor(PermissionLevel.MEMBER);
        // The figures below count early renewals at the default 30 days; other tests sharing the context change it.
        mvc.perform(patch(tokenFor(PermissionLevel.ADMIN), "/api/v1/success-settings", "{\"earlyRenewalDays\":30}"))
                .andExpect(status().isOk());
    }

    /** A month figure of the report less the same figure before the fixture was made. */
    private static List<Integer> minus(String report, String before, String figure) {
        List<Integer> after = JsonPath.read(report, "$.retention.months[*]." + figure);
        List<Integer> earlier = JsonPath.read(before, "$.retention.months[*]." + figure);
        return java.util.stream.IntStream.range(0, after.size()).mapToObj(i -> after.get(i) - earlier.get(i)).toList();
    }

    private String read(MockHttpServletRequestBuilder request, String path) throws Exception {
        String body = mvc.perform(request).andExpect(status().is2xxSuccessful()).andReturn().getResponse()
                .getContentAsString();
        return JsonPath.read(body, path).toString();
    }

    private String company(String name) throws Exception {
        return read(post(member, "/api/v1/companies", "{\"name\":\"" + unique(name) + "\"}"), "$.id");
    }

    private String contract(String company, String plan, long amount, String billing, String start, String end)
            throws Exception {
        return read(post(member, "/api/v1/contracts", "{\"companyId\":\"" + company + "\",\"planName\":\"" + plan
                + "\",\"amount\":" + amount + ",\"billing\":\"" + billing + "\",\"startsOn\":\"" + start
                + "\",\"endsOn\":\"" + end + "\"}"), "$.id");
    }

    @Test
    void oneRenewsEarlyOneChangesPlanOneChurnsAndTheReportGivesTheHandCountedFigures() throws Exception {
        String before = mvc.perform(get(member, "/api/v1/success-reports/retention?from=2031-01&to=2031-03"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String a = contract(company("株式会社早期更新"), "スタンダード", 10_000, "monthly", "2031-01-01", "2031-06-30");
        String bCompany = company("株式会社プラン変更");
        String b = contract(bCompany, "ライト", 20_000, "monthly", "2031-01-15", "2031-04-10");
        String c = contract(company("株式会社解約"), "年額", 120_000, "yearly", "2031-02-01", "2032-01-31");
        // A renews 121 days before its end: early. B renews 21 days before: not early (N = 30).
        mvc.perform(post(member, "/api/v1/renewals", "{\"contractId\":\"" + a + "\",\"version\":0,"
                + "\"decidedOn\":\"2031-03-01\",\"newEndsOn\":\"2032-06-30\"}")).andExpect(status().isCreated())
                .andExpect(jsonPath("$.early").value(true));
        mvc.perform(post(member, "/api/v1/contracts/" + b + "/changes", "{\"version\":0,\"toPlan\":\"スタンダード\","
                + "\"amountAfter\":30000,\"changedOn\":\"2031-02-01\",\"reason\":\"店舗追加\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.planName").value("スタンダード"));
        mvc.perform(get(member, "/api/v1/contracts/" + b + "/changes")).andExpect(jsonPath("$.items[0].fromPlan")
                .value("ライト")).andExpect(jsonPath("$.items[0].amountBefore").value(20000))
                .andExpect(jsonPath("$.items[0].amountAfter").value(30000));
        mvc.perform(post(member, "/api/v1/renewals", "{\"contractId\":\"" + b + "\",\"version\":1,"
                + "\"decidedOn\":\"2031-03-20\",\"newEndsOn\":\"2032-04-10\"}")).andExpect(jsonPath("$.early").value(false));
        String churn = read(post(member, "/api/v1/churns", "{\"contractId\":\"" + c + "\",\"version\":0,"
                + "\"churnedOn\":\"2031-03-10\",\"reasonId\":\"" + COST + "\",\"questions\":\"継続しない理由は？\","
                + "\"answers\":\"効果が見えない\",\"cause\":\"KPIを合意していなかった\",\"improvement\":\"キックオフでKPIを決める\"}"),
                "$.id");
        mvc.perform(get(member, "/api/v1/churns/" + churn)).andExpect(jsonPath("$.reasonName").value("費用対効果"))
                .andExpect(jsonPath("$.improvement").value("キックオフでKPIを決める"));
        mvc.perform(get(member, "/api/v1/contracts/" + c)).andExpect(jsonPath("$.status").value("churned"));

        String report = mvc.perform(get(member, "/api/v1/success-reports/retention?from=2031-01&to=2031-03"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        // Jan: no one at the start; A and B at the end, (10,000 + 20,000) / 2.
        // Feb: A, B at the start, both stay (100.0%); C joins; (10,000 + 30,000 + 10,000) / 3 = 16,666.
        // Mar: A, B, C at the start, C churns: 2/3 = 66.7%; (10,000 + 30,000) / 2.
        // Other tests sharing the database may leave contracts that never churn, and so still run in 2031: the counts
        // are compared as what this fixture added; the rates and revenue are exact when the range holds it alone.
        assertThat(minus(report, before, "runningAtStart")).containsExactly(0, 2, 3);
        assertThat(minus(report, before, "churned")).containsExactly(0, 0, 1);
        assertThat(minus(report, before, "runningAtEnd")).containsExactly(2, 3, 2);
        if (JsonPath.<List<Integer>>read(before, "$.retention.months[*].runningAtEnd").stream().allMatch(n -> n == 0)) {
            assertThat(JsonPath.<List<Integer>>read(report, "$.retention.months[*].continuationPermille"))
                    .containsExactly(null, 1000, 667);
            assertThat(JsonPath.<List<Integer>>read(report, "$.retention.months[*].revenuePerClient"))
                    .containsExactly(15_000, 16_666, 20_000);
        }
        assertThat(JsonPath.<List<Integer>>read(report, "$.retention.cohorts[?(@.started == '2031-01')].stillRunningPermille[*]"))
                .containsExactly(1000, 1000, 1000);
        assertThat(JsonPath.<List<Integer>>read(report, "$.retention.cohorts[?(@.started == '2031-02')].stillRunningPermille[*]"))
                .containsExactly(1000, 0);
        assertThat(JsonPath.<Integer>read(report, "$.earlyRenewals.renewals")).isEqualTo(2);
        assertThat(JsonPath.<Integer>read(report, "$.earlyRenewals.permille")).isEqualTo(500);
        assertThat(JsonPath.<String>read(report, "$.churnReasons[0].reason")).isEqualTo("費用対効果");
    }

    @Test
    void badContractsAre422NamingTheFieldAndNothingIsSaved() throws Exception {
        String company = company("株式会社入力");
        mvc.perform(post(member, "/api/v1/contracts", "{\"companyId\":\"" + company + "\",\"planName\":\"x\","
                + "\"amount\":-1,\"billing\":\"monthly\",\"startsOn\":\"2032-05-01\",\"endsOn\":\"2032-04-30\"}")
                .header("Accept-Language", "ja")).andExpect(status().is(422))
                .andExpect(jsonPath("$.errors[?(@.field == 'amount')]").isNotEmpty())
                .andExpect(jsonPath("$.errors[?(@.field == 'endsOn')].message").value(
                        org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.containsString("終了日"))));
        assertThat(jdbc.sql("select count(*) from success_contract where company_id = ?::uuid").param(company)
                .query(Long.class).single()).isZero();
        String k = contract(company, "ライト", 5_000, "monthly", "2032-05-01", "2033-04-30");
        mvc.perform(post(member, "/api/v1/success-plans", "{\"companyId\":\"" + company + "\",\"templateId\":\""
                + SuccessTemplates.BUILT_IN + "\",\"goLiveOn\":\"2032-04-01\"}")).andExpect(status().is(422))
                .andExpect(jsonPath("$.errors[0].field").value("goLiveOn"));
        mvc.perform(post(member, "/api/v1/contracts/" + k + "/changes", "{\"version\":7,\"toPlan\":\"プロ\","
                + "\"amountAfter\":9000,\"changedOn\":\"2032-06-01\"}")).andExpect(status().isConflict());
        mvc.perform(post(member, "/api/v1/renewals", "{\"contractId\":\"" + k + "\",\"version\":0,"
                + "\"newEndsOn\":\"2033-01-01\"}")).andExpect(status().is(422))
                .andExpect(jsonPath("$.errors[0].field").value("newEndsOn"));
        mvc.perform(get(member, "/api/v1/success-reports/retention?from=2032-05&to=2032-01"))
                .andExpect(status().is(422)).andExpect(jsonPath("$.errors[0].field").value("to"));
        mvc.perform(post(tokenFor(PermissionLevel.VIEWER), "/api/v1/churns", "{\"contractId\":\"" + k
                + "\",\"version\":0,\"churnedOn\":\"2032-06-01\",\"reasonId\":\"" + COST + "\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(get(member, "/api/v1/renewals?withinDays=45")).andExpect(status().is(422));
    }
}
