package dev.kizuna.activities;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import dev.kizuna.bench.BenchReport;
import dev.kizuna.bench.Measurement;
import dev.kizuna.platform.api.PageQuery;
import dev.kizuna.support.KizunaTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Activities at scale (issue "Activities, timelines and the morning daily report", Speed): 10,000,000 activities over
 * 1,000,000 customers and 200 reps by default. Run on demand: {@code ./mvnw -Pbench verify -Dtest=ActivitiesBenchmarkTest}
 * (scale with {@code -Dbench.activities= -Dbench.companies= -Dbench.reps=}).
 */
@KizunaTest
@Tag("bench")
class ActivitiesBenchmarkTest {

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Timeline timeline;
    @Autowired
    org.springframework.context.ApplicationContext context;

    @Test
    void activitiesAtScale() throws Exception {
        int activityCount = Integer.getInteger("bench.activities", 10_000_000);
        int companyCount = Integer.getInteger("bench.companies", 1_000_000);
        int repCount = Integer.getInteger("bench.reps", 200);
        int iterations = Integer.getInteger("bench.iterations", 200);
        List<UUID> reps = reps(repCount);
        long started = System.nanoTime();
        List<UUID> companies = new dev.kizuna.customers.BenchCustomers(dataSource).generate(companyCount, reps, 7);
        double customerSeconds = (System.nanoTime() - started) / 1e9;
        List<UUID> channels = ids("channel");
        List<UUID> types = ids("type");
        UUID phone = jdbc.sql("select id from activity_option where kind = 'channel' and is_call").query(UUID.class).list().getFirst();
        Instant now = Instant.now();
        started = System.nanoTime();
        new ActivityDataGenerator(dataSource).generate(activityCount, companies, reps, channels, phone, types, now, 11);
        double activitySeconds = (System.nanoTime() - started) / 1e9;
        started = System.nanoTime();
        // The COPY bypassed the bookkeeping of each logged activity. Setting every customer's last activity rewrites a
        // million rows: without the secondary indexes (rebuilt after), not through them.
        List<String> companyIndexes = dev.kizuna.bench.BulkLoad.dropIndexes(dataSource,
                "tablename = 'company' and indexdef not like 'CREATE UNIQUE%'");
        // Customers signed up one to four years ago, before the year of activities: a customer created within the
        // last M days is never "without activity", so with every customer created today none would be.
        jdbc.sql("update company set created_at = created_at - interval '400 days' - random() * interval '1000 days'").update();
        context.getBean(ActivityBookkeeping.class).rebuild();
        dev.kizuna.bench.BulkLoad.rebuild(dataSource, companyIndexes);
        jdbc.sql("vacuum analyze company").update();
        jdbc.sql("analyze activity_delay_rollup").update();
        double rollupSeconds = (System.nanoTime() - started) / 1e9;

        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("bench",
                null, AuthorityUtils.createAuthorityList("ROLE_ADMIN", "ROLE_MANAGER", "ROLE_MEMBER", "ROLE_VIEWER")));
        UUID busy = jdbc.sql("select company_id from activity group by company_id order by count(*) desc limit 1")
                .query(UUID.class).single();
        List<Measurement> results = new ArrayList<>();
        results.add(Measurement.of("timeline-first-page", "a customer's first timeline page (20 newest of its ~%d)"
                        .formatted(jdbc.sql("select count(*) from activity where company_id = ?").param(busy).query(Long.class).single()),
                20, iterations,
                () -> assertThat(timeline.of(busy, null, List.of(), PageQuery.first(20)).items()).hasSize(20),
                () -> jdbc.sql("""
                        select a.id, a.kind, a.occurred_at, a.details, a.outcome, u.display_name as user_name,
                               ch.name as channel, ty.name as type, k.name as contact_name
                          from activity a join app_user u on u.id = a.user_id
                          left join activity_option ch on ch.id = a.channel_id
                          left join activity_option ty on ty.id = a.type_id
                          left join contact k on k.id = a.contact_id
                         where a.company_id = ? and a.kind = any(?) order by a.occurred_at desc, a.id desc limit ?""")
                        .params(busy, new String[] {"activity", "note"}, 21).query((rs, n) -> 1).list(), activityCount));
        ExtraScenarios.add(results, context, jdbc, reps, iterations, activityCount);

        Map<String, Object> setup = new LinkedHashMap<>();
        setup.put("activities", activityCount);
        setup.put("companies", companyCount);
        setup.put("reps", repCount);
        setup.put("customer generation seconds", Math.round(customerSeconds));
        setup.put("activity generation seconds (COPY + indexes)", Math.round(activitySeconds));
        setup.put("activity rows/s", Math.round(activityCount / activitySeconds));
        setup.put("rollup and last-activity rebuild seconds", Math.round(rollupSeconds));
        setup.put("iterations per scenario", iterations);
        setup.put("baseline", "the same SQL as the facade runs, through JdbcClient, interleaved with the measured call");
        org.slf4j.LoggerFactory.getLogger(ActivitiesBenchmarkTest.class).info("\n{}", BenchReport.write("activities", setup, results));
        // -Dbench.hold=N keeps the loaded database up N seconds more, to look at query plans with psql.
        Thread.sleep(Long.getLong("bench.hold", 0) * 1000);
        assertThat(results).isNotEmpty();
    }

    private List<UUID> ids(String kind) {
        return jdbc.sql("select id from activity_option where kind = ? order by position").param(kind).query(UUID.class).list();
    }

    private List<UUID> reps(int n) {
        List<UUID> reps = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            UUID id = UUID.randomUUID();
            jdbc.sql("insert into app_user (id, email, display_name, name_kana, password_hash, permission_level) "
                    + "values (?, ?, ?, ?, 'x', 'MEMBER')").params(id, "rep" + i + "-" + id + "@bench.example.jp",
                    "営業 " + i, "エイギョウ").update();
            reps.add(id);
        }
        return reps;
    }
}
