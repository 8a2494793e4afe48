package dev.kizuna.success;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import dev.kizuna.platform.security.SystemActor;
import dev.kizuna.support.KizunaTest;
import dev.kizuna.support.ReportData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Scoring the whole book reads each activity measure once for every customer (one aggregate); scoring named customers
 * looks them up by id, 500 at a time. On random activities and notes (some on the very edges of the measured days),
 * both give every customer the same score card, today and on past days as the back-test asks.
 */
@KizunaTest
class HealthWholeBookTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    HealthScorer scorer;

    private static Threshold t(Integer from, Integer to, int points) {
        return new Threshold(from == null ? null : BigDecimal.valueOf(from), to == null ? null : BigDecimal.valueOf(to),
                points);
    }

    private static final HealthDefinition MODEL = new HealthDefinition(List.of(
            new HealthComponent("quiet", "daysSinceLastActivity", Map.of(), 40,
                    List.of(t(0, 7, 10), t(7, 30, 6), t(30, 90, 3), t(90, null, 0)), null, 1),
            new HealthComponent("claims", "activityCount", Map.of("type", "クレーム", "days", "30"), 30,
                    List.of(t(0, 1, 10), t(1, 3, 4), t(3, null, 0)), null, null),
            new HealthComponent("inquiries", "activityCount", Map.of("type", "商品問い合わせ"), 20,
                    List.of(t(0, 1, 2), t(1, 4, 6), t(4, null, 10)), null, null),
            new HealthComponent("gone", "activityCount", Map.of("type", "もう無い種類"), 10,
                    List.of(t(0, null, 10)), null, 5)),
            BandThresholds.DEFAULT, null, null, null, null, null);

    @Test
    void theWholeBookAndNamedCustomersScoreEveryCustomerAlike() {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        ReportData data = new ReportData(jdbc);
        UUID rep = data.user("MEMBER", "営業 健全度");
        LocalDate today = LocalDate.now(SuccessClock.ZONE);
        List<LocalDate> days = List.of(today, today.minusDays(17), today.minusDays(90));
        List<UUID> types = jdbc.sql("select id from activity_option where kind = 'type'").query(UUID.class).list();
        UUID channel = jdbc.sql("select id from activity_option where kind = 'channel' and not is_call order by position limit 1")
                .query(UUID.class).single();
        List<UUID> customers = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            UUID company = data.company(rep, "株式会社健全度" + i, Instant.now());
            customers.add(company);
            int count = random.nextInt(25); // some customers have none
            for (int n = 0; n < count; n++) {
                Instant at = Instant.now().minus(Duration.ofMinutes(random.nextInt(200 * 24 * 60)));
                activity(company, rep, random.nextInt(10) == 0, at, channel, types.get(random.nextInt(types.size())));
            }
            // on the edges: the last instant of a measured day, and the first of the next (not yet known then)
            LocalDate edge = days.get(random.nextInt(days.size()));
            UUID type = types.get(random.nextInt(types.size()));
            activity(company, rep, false, ActivityMeasures.endOf(edge).minusMillis(1), channel, type);
            activity(company, rep, false, ActivityMeasures.endOf(edge), channel, type);
            activity(company, rep, false, ActivityMeasures.endOf(edge.minusDays(30)), channel, type);
        }

        Set<BigDecimal> scores = new HashSet<>();
        for (LocalDate asOf : days) {
            Map<UUID, ScoreCard> named = SystemActor.call(() -> scorer.cards(MODEL, customers, asOf, false));
            Map<UUID, ScoreCard> wholeBook = SystemActor.call(() -> scorer.cards(MODEL, customers, asOf, true));
            assertThat(wholeBook).as("seed %d, as of %s", seed, asOf).hasSize(customers.size()).isEqualTo(named);
            named.values().forEach(card -> scores.add(card.score()));
        }
        assertThat(scores).as("the customers differ, so the comparison says something").hasSizeGreaterThan(5);
    }

    private void activity(UUID company, UUID rep, boolean note, Instant at, UUID channel, UUID type) {
        jdbc.sql("""
                insert into activity (id, kind, occurred_at, logged_at, user_id, channel_id, type_id, company_id, details)
                values (?, ?, ?, ?, ?, ?, ?, ?, 'メモ')""").params(UUID.randomUUID(), note ? "note" : "activity",
                Timestamp.from(at), Timestamp.from(at), rep, note ? null : channel, note ? null : type, company).update();
    }
}
