package dev.kizuna.success;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import dev.kizuna.bench.BenchReport;
import dev.kizuna.bench.Measurement;
import dev.kizuna.customers.BenchCustomers;
import dev.kizuna.platform.api.PageQuery;
import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.support.KizunaTest;
import dev.kizuna.support.TestAccounts;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Customer success at scale (issue 17, Speed): the phase board's first page over 10,000 plans (25 checklist items
 * each, half ticked) and the retention report over 100,000 contracts across five years (a tenth re-planned, a
 * seventh churned, three in ten renewed), each beside the plain SQL it issues. Run on demand:
 * {@code ./mvnw -Pbench verify -Dtest=SuccessBenchmarkTest} (scale with {@code -Dbench.plans= -Dbench.contracts=}).
 */
@KizunaTest
@Tag("bench")
class SuccessBenchmarkTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    @Autowired
    TestAccounts accounts;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    RetentionReports reports;
    @Autowired
    PhaseBoard board;

    @Test
    void successAtScale() throws Exception {
        int planCount = Integer.getInteger("bench.plans", 10_000);
        int contractCount = Integer.getInteger("bench.contracts", 100_000);
        int iterations = Integer.getInteger("bench.iterations", 100);
        TestAccounts.Account lead = accounts.create(PermissionLevel.MANAGER);
        Cookie session = mvc.perform(formLogin("/login").user("email", lead.email()).password(lead.password()))
                .andReturn().getResponse().getCookie("SESSION");
        long started = System.nanoTime();
        List<UUID> companies = new BenchCustomers(dataSource).generate(Math.max(planCount, contractCount / 2),
                List.of(lead.id()), 29);
        double companySeconds = (System.nanoTime() - started) / 1e9;

        // One plan made as a user would, from the built-in template; the others copy its phases and items in SQL.
        LocalDate today = LocalDate.now(TOKYO);
        String location = mvc.perform(MockMvcRequestBuilders.post("/success/plans/new").cookie(session).with(csrf())
                        .param("companyId", companies.getFirst().toString())
                        .param("templateId", SuccessTemplates.BUILT_IN.toString())
                        .param("goLiveOn", today.toString()).param("ownerUserId", lead.id().toString())
                        .param("meetingCadence", "none"))
                .andReturn().getResponse().getRedirectedUrl();
        UUID model = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
        started = System.nanoTime();
        jdbc.sql("""
                insert into success_plan (id, company_id, template_id, go_live_on, owner_user_id, meeting_cadence)
                select gen_random_uuid(), c.id, m.template_id, cast(? as date) - 300 + (c.n % 500)::int, m.owner_user_id, 'none'
                from (select id, row_number() over (order by id) as n from company
                      where id not in (select company_id from success_plan) limit ?) c,
                     (select template_id, owner_user_id from success_plan where id = ?) m
                """).params(today, planCount - 1, model).update();
        jdbc.sql("""
                insert into success_plan_phase (plan_id, position, phase_key, name, start_months, end_months)
                select p.id, pp.position, pp.phase_key, pp.name, pp.start_months, pp.end_months
                from success_plan p cross join success_plan_phase pp
                where pp.plan_id = ? and not exists (select 1 from success_plan_phase x where x.plan_id = p.id)
                """).param(model).update();
        int items = jdbc.sql("""
                insert into success_plan_item (id, plan_id, phase_position, position, title, title_key, side,
                    owner_user_id, due_offset_days, done_at)
                select gen_random_uuid(), p.id, i.phase_position, i.position, i.title, i.title_key, i.side,
                       i.owner_user_id, i.due_offset_days, case when random() < 0.5 then now() end
                from success_plan p cross join success_plan_item i
                where i.plan_id = ? and p.id <> ? and not exists (select 1 from success_plan_item x where x.plan_id = p.id)
                """).params(model, model).update();
        double planSeconds = (System.nanoTime() - started) / 1e9;

        started = System.nanoTime();
        LocalDate first = YearMonth.from(today).minusMonths(59).atDay(1);
        jdbc.sql("""
                insert into success_contract (id, company_id, plan_name, amount, billing, starts_on, ends_on, status)
                select gen_random_uuid(), c.id, 'ベンチ' || (c.n % 5), 30000 + (c.n % 5) * 10000,
                       case when c.n % 10 = 0 then 'yearly' else 'monthly' end,
                       cast(? as date) + (c.n % 1800)::int, cast(? as date) + (c.n % 1800)::int + 365,
                       case when c.n % 7 = 0 then 'churned' else 'active' end
                from (select id, row_number() over (order by id, k) as n
                      from company cross join generate_series(1, 2) k limit ?) c
                """).params(first, first, contractCount).update();
        UUID reason = jdbc.sql("select id from success_churn_reason order by position limit 1").query(UUID.class).single();
        jdbc.sql("""
                insert into success_churn (id, contract_id, company_id, churned_on, reason_id)
                select gen_random_uuid(), k.id, k.company_id, least(k.ends_on, cast(? as date)), ?
                from success_contract k where k.status = 'churned' and k.plan_name like 'ベンチ%'
                  and not exists (select 1 from success_churn h where h.contract_id = k.id)
                """).params(today, reason).update();
        jdbc.sql("""
                insert into success_contract_change (id, contract_id, changed_on, from_plan, to_plan, amount_before, amount_after)
                select gen_random_uuid(), k.id, k.starts_on + 90, k.plan_name, 'プレミアム', k.amount, k.amount + 20000
                from success_contract k where k.plan_name like 'ベンチ%' and abs(hashtext(k.id::text)) % 10 = 0
                """).update();
        jdbc.sql("""
                insert into success_contract_renewal (id, contract_id, decided_on, previous_ends_on, new_ends_on, early)
                select gen_random_uuid(), k.id, k.ends_on - 40, k.ends_on, k.ends_on + 365, true
                from success_contract k where k.plan_name like 'ベンチ%' and abs(hashtext(k.id::text)) % 10 < 3
                """).update();
        jdbc.sql("analyze").update();
        double contractSeconds = (System.nanoTime() - started) / 1e9;
        long plans = jdbc.sql("select count(*) from success_plan").query(Long.class).single();
        long contracts = jdbc.sql("select count(*) from success_contract").query(Long.class).single();

        List<Measurement> results = new ArrayList<>();
        results.add(Measurement.of("phase-board-list", "PhaseBoard.list: the first 50 of %d plans by go-live with phase and checklist counts"
                .formatted(plans), 10, iterations, () -> {
                    asAdmin();
                    assertThat(board.list(PlanFilter.none(), PageQuery.of(50, null)).items()).hasSize(50);
                }, () -> boardSql(today), plans));
        results.add(Measurement.of("phase-board", "GET /success: the first 50 of %d plans by go-live with phase and checklist counts, rendered"
                .formatted(plans), 10, iterations, () -> page("/success", session), () -> boardSql(today), plans));
        results.add(Measurement.of("phase-board-overdue", "GET /success?overdue=true&phase=onboarding, first page",
                10, iterations, () -> page("/success?overdue=true&phase=onboarding", session), () -> boardSql(today), plans));
        YearMonth to = YearMonth.from(today);
        YearMonth from = to.minusMonths(59);
        results.add(Measurement.of("retention-report", "RetentionReports.retention over 60 months and %d contracts (continuation by month, cohorts, early renewals, reasons)"
                .formatted(contracts), 5, iterations, () -> {
                    asAdmin();
                    assertThat(reports.retention(from, to).retention().months()).hasSize(60);
                }, () -> retentionSql(from, to), contracts));
        results.add(Measurement.of("retention-page", "GET /success/reports/retention over the same 60 months, rendered",
                5, iterations, () -> page("/success/reports/retention?from=" + from + "&to=" + to, session),
                () -> retentionSql(from, to), contracts));

        Map<String, Object> setup = new LinkedHashMap<>();
        setup.put("plans", plans);
        setup.put("checklist items copied", items);
        setup.put("contracts", contracts);
        setup.put("companies", companies.size());
        setup.put("company generation seconds", Math.round(companySeconds));
        setup.put("plan generation seconds", Math.round(planSeconds));
        setup.put("contract generation seconds", Math.round(contractSeconds));
        setup.put("iterations per scenario", iterations);
        setup.put("baseline", "the plain SQL the facade issues (board: the page query with its three counts; report: "
                + "the contract, change, renewal and churn-reason queries, rows read), interleaved with the measured call");
        org.slf4j.LoggerFactory.getLogger(SuccessBenchmarkTest.class).info("\n{}", BenchReport.write("success", setup, results));
        assertThat(results).hasSize(5);
    }

    private void page(String path, Cookie session) {
        try {
            var r = mvc.perform(MockMvcRequestBuilders.get(path).cookie(session)).andReturn().getResponse();
            assertThat(r.getStatus()).isEqualTo(200);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void boardSql(LocalDate today) {
        jdbc.sql("""
                select p.id, p.company_id, c.name, c.name_kana, p.go_live_on, p.owner_user_id, u.display_name, p.version,
                       ph.phase_key, ph.name,
                       (select count(*) from success_plan_item i where i.plan_id = p.id),
                       (select count(*) from success_plan_item i where i.plan_id = p.id and i.done_at is not null),
                       (select count(*) from success_plan_item i where i.plan_id = p.id and i.done_at is null
                           and p.go_live_on + i.due_offset_days < cast(? as date))
                from success_plan p join company c on c.id = p.company_id left join app_user u on u.id = p.owner_user_id
                left join lateral (select pp.phase_key, pp.name from success_plan_phase pp where pp.plan_id = p.id
                    and p.go_live_on + make_interval(months => pp.start_months) <= cast(? as date)
                    and (pp.end_months is null or cast(? as date) < p.go_live_on + make_interval(months => pp.end_months))
                    order by pp.position limit 1) ph on true
                order by p.go_live_on, p.id limit 51
                """).params(today, today, today).query((rs, n) -> rs.getObject(1)).list();
    }

    private void retentionSql(YearMonth from, YearMonth to) {
        LocalDate until = to.atEndOfMonth();
        jdbc.sql("""
                select g.contract_id, g.changed_on, g.amount_before, g.amount_after, k.billing, k.starts_on
                from success_contract_change g join success_contract k on k.id = g.contract_id
                where k.starts_on <= ? order by g.contract_id, g.changed_on, g.created_at
                """).param(until).query((rs, n) -> rs.getObject(1)).list();
        jdbc.sql("""
                select k.id, k.company_id, k.starts_on, k.amount, k.billing, h.churned_on
                from success_contract k left join success_churn h on h.contract_id = k.id where k.starts_on <= ?
                """).param(until).query((rs, n) -> rs.getObject(1)).list();
        jdbc.sql("select count(*), count(*) filter (where early) from success_contract_renewal where decided_on between ? and ?")
                .params(from.atDay(1), until).query((rs, n) -> rs.getInt(1)).single();
        jdbc.sql("""
                select r.name, count(*) as n from success_churn h join success_churn_reason r on r.id = h.reason_id
                where h.churned_on between ? and ? group by r.name order by n desc, r.name
                """).params(from.atDay(1), until).query((rs, n) -> rs.getString(1)).list();
    }

    private static void asAdmin() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("bench",
                null, AuthorityUtils.createAuthorityList("ROLE_ADMIN", "ROLE_MANAGER", "ROLE_MEMBER", "ROLE_VIEWER")));
    }
}
