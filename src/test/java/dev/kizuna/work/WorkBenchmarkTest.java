package dev.kizuna.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The playbook engine and boards at scale (issue 7, Speed). Run on demand:
 * {@code ./mvnw -Pbench verify -Dtest=WorkBenchmarkTest} (scale with {@code -Dbench.runs= -Dbench.tasks=
 * -Dbench.workers=}).
 * <ol>
 * <li>50,000 running playbook instances whose playbook is wait (until a past day) → wait (until a past day) → wait
 * (until 2099): every run has a due timer, and firing it makes the next one due, so 100,000 timers fire in all. Two
 * engine instances fire them at once: two threads, each running the timer job's own loop
 * ({@link PlaybookTimerJob#fireDue()}) with its own database connections and transactions. That is faithful to two
 * application instances because the job keeps no state in memory: a run is claimed with a lease by
 * {@code update … where id in (select … for update skip locked)} and moved under a row lock in its own transaction,
 * exactly as a second JVM would do against the same database. "None twice": every run must end with exactly two
 * {@code resumed} events and on step 2.</li>
 * <li>A board with 10,000 open tasks: its page (counts per status and the first 50 cards of each column), rendered,
 * against the same SQL through JdbcClient.</li>
 * </ol>
 */
@KizunaTest
@Tag("bench")
class WorkBenchmarkTest {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(WorkBenchmarkTest.class);

    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlaybookTimerJob timers;
    @Autowired
    MockMvc mvc;

    @Test
    void enginAndBoardAtScale() throws Exception {
        int runCount = Integer.getInteger("bench.runs", 50_000);
        int taskCount = Integer.getInteger("bench.tasks", 10_000);
        int workers = Integer.getInteger("bench.workers", 2);
        int iterations = Integer.getInteger("bench.iterations", 100);

        // 1. The engine: 50,000 runs, 100,000 timers, two instances.
        UUID playbook = UUID.randomUUID();
        UUID version = UUID.randomUUID();
        jdbc.sql("insert into playbook (id, name, current_version, active) values (?, ?, 1, true)")
                .params(playbook, "ベンチ待機フロー-" + playbook.toString().substring(0, 6)).update();
        jdbc.sql("""
                insert into playbook_version (id, playbook_id, number, steps) values (?, ?, 1, cast(? as jsonb))
                """).params(version, playbook, """
                [{"kind":"wait","title":"3営業日待つ（済）","role":"カスタマーサクセス","waitUntil":"2026-01-05"},
                 {"kind":"wait","title":"もう一度待つ（済）","role":"カスタマーサクセス","waitUntil":"2026-01-06"},
                 {"kind":"wait","title":"次の連絡まで","role":"カスタマーサクセス","waitUntil":"2099-01-01"}]""")
                .update();
        long started = System.nanoTime();
        jdbc.sql("""
                insert into playbook_run (id, playbook_id, version_id, status, step, due_at)
                select gen_random_uuid(), ?, ?, 'waiting', 0, timestamptz '2026-01-05 09:00+09' - (g % 1000) * interval '1 second'
                  from generate_series(1, ?) g
                """).params(playbook, version, runCount).update();
        jdbc.sql("analyze playbook_run").update();
        double setupSeconds = (System.nanoTime() - started) / 1e9;
        long due = dueCount(playbook);

        ExecutorService pool = Executors.newFixedThreadPool(workers);
        started = System.nanoTime();
        List<Future<Integer>> fired = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            fired.add(pool.submit(() -> {
                int total = 0;
                while (dueCount(playbook) > 0) {
                    total += timers.fireDue();
                }
                return total;
            }));
        }
        List<Integer> perWorker = new ArrayList<>();
        for (Future<Integer> f : fired) {
            perWorker.add(f.get());
        }
        double fireSeconds = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        long resumed = jdbc.sql("""
                select count(*) from playbook_run_event e join playbook_run r on r.id = e.run_id
                 where r.playbook_id = ? and e.kind = 'resumed'
                """).param(playbook).query(Long.class).single();
        long twice = jdbc.sql("""
                select count(*) from (select e.run_id, e.step from playbook_run_event e join playbook_run r on r.id = e.run_id
                 where r.playbook_id = ? and e.kind = 'resumed' group by e.run_id, e.step having count(*) > 1) x
                """).param(playbook).query(Long.class).single();
        long atLastStep = jdbc.sql("select count(*) from playbook_run where playbook_id = ? and step = 2 and status = 'waiting'")
                .param(playbook).query(Long.class).single();
        String states = jdbc.sql("""
                select string_agg(status || ' step ' || step || ' due ' || case when due_at <= now() then 'past'
                       when due_at <= now() + interval '10 minutes' then 'leased' else 'later' end || ': ' || n, ', ')
                  from (select status, step, due_at, count(*) n from playbook_run where playbook_id = ?
                         group by status, step, due_at order by 1, 2) x
                """).param(playbook).query(String.class).single();
        assertThat(twice).as("no timer fired twice").isZero();
        assertThat(resumed).as(states).isEqualTo(2L * runCount);
        assertThat(atLastStep).isEqualTo(runCount);

        // 2. A board with 10,000 open tasks.
        UUID board = UUID.randomUUID();
        jdbc.sql("insert into board (id, name) values (?, ?)").params(board, "【倉庫】ベンチ用の板-" + board.toString().substring(0, 6))
                .update();
        jdbc.sql("""
                insert into task (id, board_id, title, status, priority, due_on, created_at)
                select gen_random_uuid(), ?, '原稿の確認 ' || g, case when g % 3 = 0 then 'doing' else 'todo' end,
                       case when g % 10 = 0 then 'high' else 'normal' end, current_date + (g % 30) - 10,
                       now() - (g % 5000) * interval '1 minute'
                  from generate_series(1, ?) g
                """).params(board, taskCount).update();
        jdbc.sql("analyze task").update();
        TestAccounts.Account member = accounts.create(PermissionLevel.MEMBER);
        Cookie session = mvc.perform(formLogin("/login").user("email", member.email()).password(member.password()))
                .andReturn().getResponse().getCookie("SESSION");
        List<Measurement> results = new ArrayList<>();
        results.add(Measurement.of("board-page", "GET /boards/{id} with %d open tasks: counts per status and the first %d cards of each column, rendered"
                        .formatted(taskCount, Tasks.BOARD_CARDS), 10, iterations, () -> {
                    try {
                        var r = mvc.perform(MockMvcRequestBuilders.get("/boards/" + board).cookie(session))
                                .andReturn().getResponse();
                        assertThat(r.getStatus()).isEqualTo(200);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }, () -> {
                    jdbc.sql("select status, count(*) from task t where board_id = ? and (status in ('todo', 'doing') or closed_at >= now() - interval '14 days') group by status")
                            .param(board).query((rs, n) -> 1).list();
                    for (String status : List.of("todo", "doing")) {
                        jdbc.sql("select t.* from task t where t.board_id = ? and t.status = ? order by t.created_at, t.id limit ?")
                                .params(board, status, Tasks.BOARD_CARDS).query((rs, n) -> 1).list();
                    }
                }, taskCount));

        Map<String, Object> setup = new LinkedHashMap<>();
        setup.put("playbook runs", runCount);
        setup.put("timers due at the start (one per run; each firing makes the next one due)", due);
        setup.put("timers fired", resumed);
        setup.put("engine instances (threads with their own connections and transactions)", workers);
        setup.put("fired per instance", perWorker);
        setup.put("seconds to fire every due timer", Math.round(fireSeconds * 10) / 10.0);
        setup.put("timers fired per second", Math.round(resumed / fireSeconds));
        setup.put("timers fired twice", twice);
        setup.put("run generation seconds", Math.round(setupSeconds * 10) / 10.0);
        setup.put("open tasks on the measured board", taskCount);
        setup.put("iterations per scenario", iterations);
        setup.put("baseline", "the board: the counts query and the first-50 query of each open column, through JdbcClient");
        LOG.info("\n{}", BenchReport.write("work", setup, results));
    }

    private long dueCount(UUID playbook) {
        return jdbc.sql("""
                select count(*) from playbook_run where playbook_id = ? and status in ('running', 'waiting')
                   and due_at is not null and due_at <= now() + interval '1 second'
                """).param(playbook).query(Long.class).single();
    }
}
