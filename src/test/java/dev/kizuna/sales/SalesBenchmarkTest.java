package dev.kizuna.sales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import dev.kizuna.bench.BenchReport;
import dev.kizuna.bench.Measurement;
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
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sales at scale (issue 6, Speed): 500,000 deals (50,000 active) and 2,000,000 stage changes over 10 pipelines by
 * default, so that each pipeline's board holds 5,000 active deals. Run on demand:
 * {@code ./mvnw -Pbench verify -Dtest=SalesBenchmarkTest} (scale with {@code -Dbench.deals= -Dbench.open=
 * -Dbench.changes= -Dbench.pipelines= -Dbench.companies=}). Each scenario runs beside the plain SQL it issues.
 */
@KizunaTest
@Tag("bench")
class SalesBenchmarkTest {

    @Autowired
    TestAccounts accounts;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Pipelines pipelines;
    @Autowired
    Deals deals;
    @Autowired
    StalledDeals stalled;
    @Autowired
    StallRule rule;
    @Autowired
    MockMvc mvc;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void salesAtScale() throws Exception {
        int dealCount = Integer.getInteger("bench.deals", 500_000);
        int openCount = Integer.getInteger("bench.open", 50_000);
        int changeCount = Integer.getInteger("bench.changes", 2_000_000);
        int pipelineCount = Integer.getInteger("bench.pipelines", 10);
        int companyCount = Integer.getInteger("bench.companies", 50_000);
        int iterations = Integer.getInteger("bench.iterations", 100);
        asAdmin();
        List<UUID> reps = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            UUID id = UUID.randomUUID();
            jdbc.sql("insert into app_user (id, email, display_name, name_kana, password_hash, permission_level) "
                    + "values (?, ?, ?, 'エイギョウ', 'x', 'MEMBER')").params(id, "sales-rep" + i + "-" + id + "@bench.example.jp",
                    "営業 " + i).update();
            reps.add(id);
        }
        long started = System.nanoTime();
        List<UUID> companies = new dev.kizuna.customers.BenchCustomers(dataSource).generate(companyCount, reps, 13);
        double companySeconds = (System.nanoTime() - started) / 1e9;
        List<Pipeline> made = new ArrayList<>();
        for (int i = 0; i < pipelineCount; i++) {
            made.add(pipelines.insert("ベンチ営業" + i + "-" + UUID.randomUUID().toString().substring(0, 6), "",
                    SalesSampleData.newBusinessStages()));
        }
        LostReason reason = pipelines.insertLostReason("ベンチ失注-" + UUID.randomUUID().toString().substring(0, 6), "");
        started = System.nanoTime();
        long[] written = new DealDataGenerator(dataSource).generate(made, dealCount / pipelineCount,
                openCount / pipelineCount, Math.max(1, changeCount / dealCount), companies, reps, reason.id(),
                Instant.now(), 17);
        double dealSeconds = (System.nanoTime() - started) / 1e9;

        Pipeline board = made.getFirst();
        long active = jdbc.sql("select count(*) from deal where pipeline_id = ? and active").param(board.id())
                .query(Long.class).single();
        TestAccounts.Account viewer = accounts.create(PermissionLevel.MEMBER);
        Cookie session = mvc.perform(formLogin("/login").user("email", viewer.email()).password(viewer.password()))
                .andReturn().getResponse().getCookie("SESSION");
        List<Measurement> results = new ArrayList<>();
        if (Boolean.getBoolean("bench.probe")) {
            TestAccounts.Account reader = accounts.create(PermissionLevel.VIEWER);
            Cookie readerSession = mvc.perform(formLogin("/login").user("email", reader.email()).password(reader.password()))
                    .andReturn().getResponse().getCookie("SESSION");
            results.add(Measurement.of("probe-viewer-board", "board for a viewer (no move forms)", 5, iterations,
                    () -> get("/deals?pipeline=" + board.id(), readerSession), () -> get("/deals/stalled?mine=true", session), 0));
        }

        // 1. The board page (HTML, through security, the controller, the facade and Thymeleaf).
        results.add(Measurement.of("board-page", "GET /deals?pipeline= with %d active deals: totals per stage and the first %d cards of each column, rendered"
                        .formatted(active, DealBoards.BOARD_CARDS), 10, iterations,
                () -> {
                    try {
                        var r = mvc.perform(MockMvcRequestBuilders.get("/deals").param("pipeline", board.id().toString())
                                .cookie(session)).andReturn().getResponse();
                        assertThat(r.getStatus()).isEqualTo(200);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                },
                () -> boardSql(board), written[0]));

        // 2. Moving a deal (read, conditional update, stage change, audit, events), back and forth.
        List<UUID> movers = jdbc.sql("select id from deal where pipeline_id = ? and active and stage_id = ? limit 400")
                .params(board.id(), board.stages().get(1).id()).query(UUID.class).list();
        Stage a = board.stages().get(1);
        Stage b = board.stages().get(2);
        AtomicInteger turn = new AtomicInteger();
        AtomicInteger baselineTurn = new AtomicInteger();
        results.add(Measurement.of("move", "Deals.move of one active deal to the next stage (version checked), p95", 10,
                iterations, () -> {
                    asAdmin(); // MockMvc clears the security context of this thread after each request
                    UUID id = movers.get(turn.getAndIncrement() % movers.size());
                    Deal d = deals.find(id);
                    deals.move(id, d.version(), d.stageId().equals(a.id()) ? b.id() : a.id(), null, null);
                }, () -> transactions.executeWithoutResult(t -> {
                    UUID id = movers.get(baselineTurn.getAndIncrement() % movers.size());
                    long version = jdbc.sql("select version from deal where id = ?").param(id).query(Long.class).single();
                    jdbc.sql("update deal set stage_id = ?, stage_entered_at = now(), version = version + 1 where id = ? and version = ?")
                            .params(b.id(), id, version).update();
                    jdbc.sql("insert into deal_stage_change (id, deal_id, pipeline_id, from_stage_id, to_stage_id, forward, changed_at) values (?, ?, ?, ?, ?, true, now())")
                            .params(UUID.randomUUID(), id, board.id(), a.id(), b.id()).update();
                }), written[0]));

        // 3. The stalled scan over every active deal: the count (daily report) and the stalled page's list.
        long allActive = jdbc.sql("select count(*) from deal where active").query(Long.class).single();
        results.add(Measurement.of("stalled-count", "StalledDeals.count(): the stall rule over all %d active deals".formatted(allActive),
                5, iterations, () -> {
                    asAdmin();
                    stalled.count();
                }, () -> jdbc.sql(
                        "select count(*) from deal d join pipeline_stage s on s.id = d.stage_id where d.active and "
                                + StallRule.AsOf.CONDITION).params(rule.now().args()).query(Long.class).single(), written[0]));
        results.add(Measurement.of("stalled-page", "StalledDeals.list(): the %d longest-stalled deals with names".formatted(StalledDeals.PAGE_LIMIT),
                5, iterations / 2, () -> {
                    asAdmin();
                    stalled.list(null);
                }, () -> {
                    List<Object> args = new ArrayList<>(rule.now().args());
                    args.addAll(rule.now().args());
                    args.add(StalledDeals.PAGE_LIMIT);
                    jdbc.sql(DealRepository.SELECT + " where " + StallRule.AsOf.CONDITION
                            + " order by d.stage_entered_at, d.id limit ?").params(args).query((rs, n) -> 1).list();
                }, written[0]));

        // 4. The list: active deals of a pipeline by amount, first page, with its count.
        DealFilter filter = DealFilter.where(dev.kizuna.customers.FieldCondition.eq("pipelineId", board.id().toString()),
                dev.kizuna.customers.FieldCondition.eq("active", "true")).and(
                dev.kizuna.customers.FieldCondition.eq("ownerId", reps.getFirst().toString()));
        results.add(Measurement.of("list-page", "Deals.list + count: one rep's active deals of a pipeline, newest changes first, 50 rows",
                5, iterations, () -> {
                    asAdmin();
                    deals.list(filter, dev.kizuna.platform.api.PageQuery.first(50));
                    deals.count(filter);
                }, () -> {
                    jdbc.sql("select d.id from deal d where d.pipeline_id = ? and d.active and d.owner_id = ? order by d.updated_at desc, d.id desc limit 51")
                            .params(board.id(), reps.getFirst()).query(UUID.class).list();
                    jdbc.sql("select count(*) from deal d where d.pipeline_id = ? and d.active and d.owner_id = ?")
                            .params(board.id(), reps.getFirst()).query(Long.class).single();
                }, written[0]));

        // 5. The forecast page: a pipeline's open deals by stage for three months, weighted, and targets against wins
        //    per rep and month (every pipeline's won deals in those months).
        TestAccounts.Account boss = accounts.create(PermissionLevel.MANAGER);
        Cookie bossSession = mvc.perform(formLogin("/login").user("email", boss.email()).password(boss.password()))
                .andReturn().getResponse().getCookie("SESSION");
        java.time.YearMonth month = java.time.YearMonth.now(java.time.ZoneId.of("Asia/Tokyo"));
        for (UUID rep : reps) {
            jdbc.sql("insert into sales_target (user_id, month, amount) values (?, ?, 5000000) on conflict do nothing")
                    .params(rep, java.sql.Date.valueOf(month.atDay(1))).update();
        }
        results.add(Measurement.of("forecast-page", "GET /deals/forecast: open deals of a pipeline by stage for 3 months, weighted, and 50 reps' targets against wins, rendered",
                5, iterations, () -> {
                    try {
                        var r = mvc.perform(MockMvcRequestBuilders.get("/deals/forecast").param("pipeline", board.id().toString())
                                .param("since", month.toString()).param("until", month.plusMonths(2).toString())
                                .cookie(bossSession)).andReturn().getResponse();
                        assertThat(r.getStatus()).isEqualTo(200);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }, () -> forecastSql(board, month), written[0]));

        Map<String, Object> setup = new LinkedHashMap<>();
        setup.put("deals", written[0]);
        setup.put("active deals", allActive);
        setup.put("stage changes", written[1]);
        setup.put("pipelines", pipelineCount);
        setup.put("active deals on the measured board", active);
        setup.put("companies", companyCount);
        setup.put("company generation seconds", Math.round(companySeconds));
        setup.put("deal + stage change generation seconds (COPY + indexes)", Math.round(dealSeconds));
        setup.put("iterations per scenario", iterations);
        setup.put("baseline", "the same SQL the facade issues (board: the totals query and one query per column), "
                + "through JdbcClient, interleaved with the measured call");
        org.slf4j.LoggerFactory.getLogger(SalesBenchmarkTest.class).info("\n{}", BenchReport.write("sales", setup, results));
        assertThat(results).hasSizeGreaterThanOrEqualTo(5);
    }

    /** The statements Forecast.of issues, through JdbcClient. */
    private void forecastSql(Pipeline board, java.time.YearMonth from) {
        java.sql.Date first = java.sql.Date.valueOf(from.atDay(1));
        java.sql.Date last = java.sql.Date.valueOf(from.plusMonths(2).atEndOfMonth());
        jdbc.sql("select d.stage_id, count(*), sum(d.amount), sum(d.amount * s.win_probability / 100) from deal d join pipeline_stage s on s.id = d.stage_id where d.pipeline_id = ? and d.status = 'open' and d.expected_close_on between ? and ? group by d.stage_id")
                .params(board.id(), first, last).query((rs, n) -> 1).list();
        jdbc.sql("select count(*), coalesce(sum(amount), 0) from deal where pipeline_id = ? and status = 'open' and expected_close_on is null")
                .param(board.id()).query((rs, n) -> 1).list();
        jdbc.sql("select owner_id, (date_trunc('month', closed_at at time zone 'Asia/Tokyo'))::date, sum(amount) from deal where status = 'won' and closed_at >= ? and closed_at < ? and owner_id is not null group by 1, 2")
                .params(java.sql.Timestamp.from(from.atDay(1).atStartOfDay(java.time.ZoneId.of("Asia/Tokyo")).toInstant()),
                        java.sql.Timestamp.from(from.plusMonths(3).atDay(1).atStartOfDay(java.time.ZoneId.of("Asia/Tokyo")).toInstant()))
                .query((rs, n) -> 1).list();
        jdbc.sql("select d.owner_id, (date_trunc('month', d.expected_close_on))::date, sum(d.amount * s.win_probability / 100) from deal d join pipeline_stage s on s.id = d.stage_id where d.status = 'open' and d.expected_close_on between ? and ? and d.owner_id is not null group by 1, 2")
                .params(first, last).query((rs, n) -> 1).list();
        jdbc.sql("select user_id, month, amount, version from sales_target where month between ? and ? order by month, user_id")
                .params(first, java.sql.Date.valueOf(from.plusMonths(2).atDay(1))).query((rs, n) -> 1).list();
    }

    private void get(String path, Cookie session) {
        try {
            mvc.perform(MockMvcRequestBuilders.get(path).cookie(session)).andReturn();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The board's SQL: totals of the active deals per stage, then each column's first cards. */
    private void boardSql(Pipeline board) {
        StallRule.AsOf asOf = rule.now();
        List<Object> args = new ArrayList<>(asOf.args());
        args.add(board.id());
        jdbc.sql("select d.stage_id, count(*), coalesce(sum(d.amount), 0), count(*) filter (where "
                + StallRule.AsOf.CONDITION + ") from deal d join pipeline_stage s on s.id = d.stage_id "
                + "where d.pipeline_id = ? and d.active group by d.stage_id").params(args).query((rs, n) -> 1).list();
        Instant since = asOf.now().minusSeconds(DealBoards.TERMINAL_DAYS * 86_400L);
        for (Stage stage : board.activeStages()) {
            List<Object> a = new ArrayList<>(asOf.args());
            a.add(stage.id());
            if (stage.terminal()) {
                jdbc.sql("select count(*), coalesce(sum(amount), 0) from deal where stage_id = ? and stage_entered_at >= ?")
                        .params(stage.id(), java.sql.Timestamp.from(since)).query((rs, n) -> 1).list();
                a.add(java.sql.Timestamp.from(since));
                a.add(DealBoards.BOARD_CARDS);
                jdbc.sql(DealRepository.SELECT + " where d.stage_id = ? and d.stage_entered_at >= ? order by d.stage_entered_at desc, d.id desc limit ?")
                        .params(a).query((rs, n) -> 1).list();
            } else {
                a.add(DealBoards.BOARD_CARDS);
                jdbc.sql(DealRepository.SELECT + " where d.stage_id = ? order by d.stage_entered_at, d.id limit ?")
                        .params(a).query((rs, n) -> 1).list();
            }
        }
    }

    private static void asAdmin() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("bench",
                null, AuthorityUtils.createAuthorityList("ROLE_ADMIN", "ROLE_MANAGER", "ROLE_MEMBER", "ROLE_VIEWER")));
    }
}
