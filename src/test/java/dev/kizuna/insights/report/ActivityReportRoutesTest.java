package dev.kizuna.insights.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import dev.kizuna.activities.Activities;
import dev.kizuna.activities.Activity;
import dev.kizuna.activities.ActivityDraft;
import dev.kizuna.activities.Outcome;
import dev.kizuna.customers.Companies;
import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.support.KizunaTest;
import dev.kizuna.support.ReportData;
import dev.kizuna.support.SearchTags;
import dev.kizuna.support.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A report on activities is read from the daily rollup when it groups and filters only by rep, channel, type and
 * date, else from the activity table; both give the same figures. Random activities and notes are logged, changed,
 * turned into notes and back, deleted, and a customer is deleted with its activities, all through the facades, so
 * the rollup is the one the activities module keeps; every report below is restricted to this test's reps (their
 * names carry a tag of their own), since the shared database holds other tests' activities.
 */
@KizunaTest
class ActivityReportRoutesTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestAccounts accounts;
    @Autowired
    Activities activities;
    @Autowired
    Companies companies;
    @Autowired
    Reports reports;
    @Autowired
    ReportRunRepository runs;

    private final long seed = System.nanoTime();
    private final Random random = new Random(seed);
    private String tag;
    private List<String> reps;
    private List<String> channelNames;
    private List<String> typeNames;

    @BeforeEach
    void randomActivitiesOfFiveReps() {
        tag = SearchTags.next();
        ReportData data = new ReportData(jdbc);
        TestAccounts.Account admin = accounts.create(PermissionLevel.ADMIN);
        accounts.signInForService(admin);
        List<UUID> repIds = new ArrayList<>();
        reps = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String name = "営業" + tag + (char) ('A' + i);
            repIds.add(data.user("MEMBER", name));
            reps.add(name);
        }
        List<UUID> customers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            customers.add(data.company(repIds.get(i % 5), "株式会社" + tag + i, Instant.now()));
        }
        List<Option> channels = options("channel");
        List<Option> types = options("type");
        channelNames = channels.stream().map(Option::name).toList();
        typeNames = types.stream().map(Option::name).toList();

        List<Activity> logged = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            UUID customer = customers.get(random.nextInt(customers.size()));
            logged.add(activities.importHistory(draft(random.nextInt(10) == 0, customer, when(), channels, types),
                    repIds.get(random.nextInt(repIds.size())), null));
        }
        for (int i = 0; i < 60; i++) { // changed: another day, channel and type, or kind (activity ↔ note)
            Activity before = logged.remove(random.nextInt(logged.size()));
            boolean note = random.nextInt(3) == 0 ? !before.note() : before.note();
            logged.add(activities.update(before.id(), before.version(),
                    draft(note, before.companyId(), when(), channels, types)));
        }
        for (int i = 0; i < 30; i++) {
            Activity gone = logged.remove(random.nextInt(logged.size()));
            activities.delete(gone.id(), gone.version());
        }
        companies.delete(List.of(customers.get(5))); // its activities go with it
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theRollupAndTheActivityTableGiveTheSameFiguresForEveryDefinitionTheRollupCanAnswer() {
        LocalDate today = LocalDate.now(ReportData.TOKYO);
        LocalDate from = today.minusDays(20 + random.nextInt(60));
        LocalDate to = from.plusDays(random.nextInt(60));
        String someType = typeNames.get(random.nextInt(typeNames.size()));
        String someChannel = channelNames.get(random.nextInt(channelNames.size()));
        List<List<ReportDefinition.Filter>> filterSets = List.of(
                List.of(),
                List.of(filter("type", "eq", someType)),
                List.of(filter("channel", "ne", someChannel)),
                List.of(filter("occurredAt", "gte", from.toString()), filter("occurredAt", "lte", to.toString())),
                List.of(filter("occurredAt", "eq", from.toString())),
                List.of(filter("type", "contains", someType.substring(0, 1))),
                List.of(filter("user", "eq", reps.get(random.nextInt(reps.size())))));
        int nonEmpty = 0;
        for (String groupBy : new String[] {null, "user", "channel", "type"}) {
            for (boolean byMonth : new boolean[] {false, true}) {
                for (List<ReportDefinition.Filter> filters : filterSets) {
                    List<ReportDefinition.Filter> mine = new ArrayList<>(filters);
                    mine.add(filter("user", "contains", tag));
                    ReportDefinition d = activities(groupBy, byMonth, mine);
                    ReportQuery raw = ReportQuery.of(d, PermissionLevel.MANAGER);
                    assertThat(raw.overRollup()).as("the rollup answers %s", d).isPresent();
                    List<ReportResult.Row> fromTable = runs.runAsGiven(raw);
                    assertThat(runs.runAsGiven(raw.overRollup().orElseThrow()))
                            .as("seed %d: %s", seed, d).isEqualTo(fromTable);
                    assertThat(reports.run(d).rows()).as("seed %d: %s through Reports", seed, d).isEqualTo(fromTable);
                    nonEmpty += fromTable.isEmpty() ? 0 : 1;
                }
            }
        }
        assertThat(nonEmpty).as("the comparisons saw figures").isGreaterThan(30);
        // what is compared: activities only, as logged, changed and deleted (the deleted customer's are gone)
        long expected = jdbc.sql("""
                select count(*) from activity a join app_user u on u.id = a.user_id
                 where a.kind = 'activity' and u.display_name like ?""").param("%" + tag + "%").query(Long.class).single();
        assertThat(reports.run(activities(null, false, List.of(filter("user", "contains", tag)))).rows())
                .extracting(ReportResult.Row::value).singleElement().isEqualTo(java.math.BigDecimal.valueOf(expected));
    }

    @Test
    void aDefinitionTheRollupCannotAnswerIsReadFromTheActivityTable() {
        ReportDefinition.Filter mine = filter("user", "contains", tag);
        List<ReportDefinition> rawOnly = List.of(
                activities("customer", false, List.of(mine)),
                activities("outcome", true, List.of(mine)),
                activities("user", true, List.of(mine, filter("outcome", "eq", "reached"))),
                activities(null, true, List.of(mine, filter("customer", "contains", tag + "1"))));
        for (ReportDefinition d : rawOnly) {
            ReportQuery q = ReportQuery.of(d, PermissionLevel.MANAGER);
            assertThat(q.overRollup()).as("%s", d).isEmpty();
            assertThat(reports.run(d).rows()).as("%s", d).isNotEmpty().isEqualTo(runs.runAsGiven(q));
        }
        // notes are a source of their own, never in the rollup, and not counted as activities
        ReportDefinition notes = new ReportDefinition("notes", new ReportDefinition.Measure("count", null), "user",
                null, List.of(mine), "bar");
        assertThat(ReportQuery.of(notes, PermissionLevel.MANAGER).overRollup()).isEmpty();
        long noteCount = jdbc.sql("""
                select count(*) from activity a join app_user u on u.id = a.user_id
                 where a.kind = 'note' and u.display_name like ?""").param("%" + tag + "%").query(Long.class).single();
        assertThat(noteCount).isPositive();
        assertThat(reports.run(notes).rows().stream().mapToLong(r -> r.value().longValueExact()).sum())
                .isEqualTo(noteCount);
    }

    private ReportDefinition activities(String groupBy, boolean byMonth, List<ReportDefinition.Filter> filters) {
        return new ReportDefinition("activities", new ReportDefinition.Measure("count", null), groupBy,
                byMonth ? new ReportDefinition.Period("occurredAt") : null, filters, "bar");
    }

    private static ReportDefinition.Filter filter(String field, String op, String value) {
        return new ReportDefinition.Filter(field, op, value);
    }

    /** Within the last 200 days at any minute, so Tokyo's midnight (15:00 UTC) falls between some of them. */
    private Instant when() {
        return Instant.now().minus(Duration.ofMinutes(10 + random.nextInt(200 * 24 * 60)));
    }

    private ActivityDraft draft(boolean note, UUID customer, Instant when, List<Option> channels, List<Option> types) {
        if (note) {
            return new ActivityDraft("note", when, null, null, customer, null, null, null, "メモ " + tag, null, null);
        }
        Option channel = channels.get(random.nextInt(channels.size()));
        Option type = types.get(random.nextInt(types.size()));
        Outcome outcome = channel.call() ? (random.nextBoolean() ? Outcome.REACHED : Outcome.UNREACHED) : null;
        return new ActivityDraft("activity", when, channel.id(), type.id(), customer, null, null, outcome, "", null, null);
    }

    private List<Option> options(String kind) {
        return jdbc.sql("select id, name, is_call from activity_option where kind = ? and not retired order by position")
                .param(kind).query((rs, n) -> new Option(rs.getObject(1, UUID.class), rs.getString(2), rs.getBoolean(3)))
                .list();
    }

    private record Option(UUID id, String name, boolean call) {
    }
}
