package dev.kizuna.success;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

import javax.sql.DataSource;

import dev.kizuna.bench.BenchReport;
import dev.kizuna.bench.BulkLoad;
import dev.kizuna.bench.Measurement;
import dev.kizuna.platform.api.PageQuery;
import dev.kizuna.platform.security.SystemActor;
import dev.kizuna.support.KizunaTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Health scores at scale (issue 18, Speed): 100,000 customers over 10,000,000 activities by default. Recomputing every
 * score through {@link HealthScores#rescoreAll} (measures, scoring, the day's snapshot and current score written) is
 * timed against the plain SQL that computes the same scores in one statement; and the list by band against its SQL.
 * Run on demand: {@code ./mvnw -Pbench verify -Dtest=HealthBenchmarkTest} (scale with {@code -Dbench.companies=
 * -Dbench.activities=}).
 */
@KizunaTest
@Tag("bench")
class HealthBenchmarkTest {

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    HealthScores scores;
    @Autowired
    HealthModels models;
    @Autowired
    HealthScorer scorer;

    private static final String BASELINE = """
            with last as (select company_id, max(occurred_at) as last_at from activity
                           where kind = 'activity' and occurred_at < ? group by company_id),
                 claims as (select company_id, count(*) as n from activity
                             where kind = 'activity' and type_id = ? and occurred_at >= ? and occurred_at < ?
                             group by company_id)
            select c.id,
                   (case when l.last_at is null then 0
                         when cast(? as date) - cast(l.last_at at time zone 'Asia/Tokyo' as date) < 30 then 10
                         when cast(? as date) - cast(l.last_at at time zone 'Asia/Tokyo' as date) < 90 then 5
                         else 0 end) * 6
                 + (case when coalesce(k.n, 0) < 1 then 10 when k.n < 3 then 4 else 0 end) * 4 as score
              from company c left join last l on l.company_id = c.id left join claims k on k.company_id = c.id
             where c.status = 'customer'
            """;

    @Test
    void recomputingEveryScore() throws Exception {
        int companyCount = Integer.getInteger("bench.companies", 100_000);
        int activityCount = Integer.getInteger("bench.activities", 10_000_000);
        UUID rep = UUID.randomUUID();
        jdbc.sql("insert into app_user (id, email, display_name, name_kana, password_hash, permission_level) "
                + "values (?, ?, '営業 1', 'エイギョウ', 'x', 'MEMBER')").params(rep, rep + "@bench.example.jp").update();
        long started = System.nanoTime();
        List<UUID> companies = new dev.kizuna.customers.BenchCustomers(dataSource).generate(companyCount, List.of(rep), 5);
        jdbc.sql("update company set status = 'customer'").update();
        UUID claim = jdbc.sql("select id from activity_option where kind = 'type' and name = 'クレーム'").query(UUID.class)
                .single();
        List<UUID> types = jdbc.sql("select id from activity_option where kind = 'type'").query(UUID.class).list();
        UUID channel = jdbc.sql("select id from activity_option where kind = 'channel' order by position limit 1")
                .query(UUID.class).single();
        Instant now = Instant.now();
        activities(activityCount, companies, rep, channel, types, now);
        jdbc.sql("analyze").update();
        double loadSeconds = (System.nanoTime() - started) / 1e9;

        HealthDefinition definition = new HealthDefinition(List.of(
                new HealthComponent("quiet", "daysSinceLastActivity", Map.of(), 60, List.of(
                        new Threshold(java.math.BigDecimal.ZERO, java.math.BigDecimal.valueOf(30), 10),
                        new Threshold(java.math.BigDecimal.valueOf(30), java.math.BigDecimal.valueOf(90), 5),
                        new Threshold(java.math.BigDecimal.valueOf(90), null, 0)), null, null),
                new HealthComponent("claims", "activityCount", Map.of("type", "クレーム", "days", "90"), 40, List.of(
                        new Threshold(java.math.BigDecimal.ZERO, java.math.BigDecimal.ONE, 10),
                        new Threshold(java.math.BigDecimal.ONE, java.math.BigDecimal.valueOf(3), 4),
                        new Threshold(java.math.BigDecimal.valueOf(3), null, 0)), null, null)),
                BandThresholds.DEFAULT, null, null, null, false, false);
        LocalDate day = scores.today();
        Instant end = day.plusDays(1).atStartOfDay(SuccessClock.ZONE).toInstant();
        Instant from = day.minusDays(89).atStartOfDay(SuccessClock.ZONE).toInstant();
        SystemActor.run(() -> {
            HealthModel draft = models.create("bench", 0, definition, null);
            models.publish(draft.id(), draft.version());
        });
        int iterations = Integer.getInteger("bench.iterations", 3);
        List<Measurement> results = new ArrayList<>();
        results.add(Measurement.of("recompute-all", "score every customer (%d) on %d activities, writing the day's snapshot and current score"
                        .formatted(companyCount, activityCount), 1, iterations,
                () -> assertThat(SystemActor.call(() -> scores.rescoreAll(day))).isEqualTo(companyCount),
                () -> assertThat(jdbc.sql(BASELINE).params(Timestamp.from(end), claim, Timestamp.from(from),
                        Timestamp.from(end), day, day).query((rs, n) -> rs.getInt(2)).list()).hasSize(companyCount),
                activityCount));
        // What reading the whole book at once saves: the measures and scoring alone (nothing written), asked 500
        // customer ids at a time as the recompute did before (measured) against one aggregate per measure (baseline)
        List<UUID> customers = jdbc.sql("select id from company where status = 'customer'").query(UUID.class).list();
        results.add(Measurement.of("measures-by-500-ids", "the two measures and scoring for every customer, asked 500 ids at "
                        + "a time, against one aggregate per measure over all customers (nothing written)", 1, iterations,
                () -> SystemActor.call(() -> scorer.cards(definition, customers, day, false)),
                () -> SystemActor.call(() -> scorer.cards(definition, customers, day, true)), activityCount));
        results.add(Measurement.of("list-by-band", "first page of the health list, band 注意, worst first", 5, 50,
                () -> SystemActor.call(() -> scores.list(new HealthFilter(HealthBand.CAUTION, null, null),
                        PageQuery.first(50))),
                () -> jdbc.sql("""
                        select s.*, c.name, c.name_kana from success_health_score s join company c on c.id = s.company_id
                         where s.band = 'caution' order by s.score, s.company_id limit 51""").query((rs, n) -> 1).list(),
                companyCount));
        Map<String, Object> setup = new LinkedHashMap<>();
        setup.put("companies", companyCount);
        setup.put("activities", activityCount);
        setup.put("load seconds (COPY + indexes)", Math.round(loadSeconds));
        setup.put("iterations", iterations);
        setup.put("baseline", "recompute-all: one SQL statement computing the same scores (no writes); measures-by-500-ids: "
                + "the same measures read for every customer at once; list-by-band: the list's own SQL");
        org.slf4j.LoggerFactory.getLogger(HealthBenchmarkTest.class).info("\n{}",
                BenchReport.write("health", setup, results));
        assertThat(results).hasSize(3);
    }

    /** Activities over the last year, spread over the customers, one in ten a complaint (クレーム) on average. */
    private void activities(int count, List<UUID> companies, UUID rep, UUID channel, List<UUID> types, Instant now)
            throws Exception {
        SplittableRandom random = new SplittableRandom(17);
        List<String> indexes = BulkLoad.dropIndexes(dataSource, "tablename = 'activity' and indexname <> 'activity_pkey'");
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (var statement = connection.createStatement()) {
                statement.execute("set session_replication_role = replica");
            }
            var copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(
                    "copy activity (id, kind, occurred_at, logged_at, user_id, channel_id, type_id, company_id) from stdin");
            StringBuilder rows = new StringBuilder(1 << 20);
            for (int i = 0; i < count; i++) {
                Instant at = now.minusSeconds(random.nextLong(365L * 24 * 3600));
                rows.append(new UUID(0x0195_0000_7000_0000L | i, random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL
                        | 0x8000_0000_0000_0000L)).append("\tactivity\t").append(at).append('\t').append(at).append('\t')
                        .append(rep).append('\t').append(channel).append('\t')
                        .append(types.get(random.nextInt(types.size()))).append('\t')
                        .append(companies.get(random.nextInt(companies.size()))).append('\n');
                if (rows.length() > (1 << 20)) {
                    byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
                    copy.writeToCopy(bytes, 0, bytes.length);
                    rows.setLength(0);
                }
            }
            byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
            copy.writeToCopy(bytes, 0, bytes.length);
            copy.endCopy();
            connection.commit();
        }
        BulkLoad.rebuild(dataSource, indexes, "activity");
    }
}
