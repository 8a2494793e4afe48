package dev.kizuna.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.success.SuccessTemplates;
import dev.kizuna.support.TestAccounts;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The web tier under load (issue 26): the whole application on a port with the sample data, 50 signed-in reps
 * (each with a session and an API token), the main pages and writes at 10 and 50 connections, each measured right
 * after the floor — {@code /actuator/health} — so that a noisy machine is seen in both. Writes: each rep logs
 * activities about a customer of their own and, separately, all about one customer; each rep moves a deal of their
 * own between two stages; each rep ticks and unticks a checklist item of their own (a success plan's onboarding
 * checklist). Beside requests per second, each scenario's CPU time per request — the server JVM's (less the load
 * generator's threads) and the database's, see {@link ServerCpu} — and its ratio to the floor's: on a machine others
 * share, a request's CPU time moves far less than its wall time, so this is the figure to compare across runs.
 * The database runs with fsync and synchronous_commit on, as the shipped jar's does (the bench profile sets
 * {@code kizuna.embedded.durable}); the report says what it ran with.
 * <p>
 * {@code ./mvnw -Pbench verify -Dtest=PagesLoadBenchmarkTest [-Dbench.seconds=10 -Dbench.warmup=3]}; figures go
 * to target/bench/pages-load.md.
 */
@Tag("bench")
@SpringBootTest(webEnvironment = RANDOM_PORT, properties = "kizuna.sample-data=true")
@Import(TestAccounts.class)
class PagesLoadBenchmarkTest {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(PagesLoadBenchmarkTest.class);

    private static final int USERS = 50;
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern VERSION = Pattern.compile("\"version\"\\s*:\\s*(\\d+)");

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    @Test
    void mainPagesAndWritesAgainstTheFloor() throws Exception {
        Duration warmup = Duration.ofSeconds(Long.getLong("bench.warmup", 3));
        Duration measured = Duration.ofSeconds(Long.getLong("bench.seconds", 10));
        List<HttpClient> clients = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < USERS; i++) {
            var rep = accounts.create(PermissionLevel.ADMIN);
            HttpClient client = LoadGenerator.newClient();
            signIn(client, rep);
            clients.add(client);
            tokens.add(accounts.token(rep, "write"));
        }
        List<UUID> customers = jdbc.sql("select id from company order by name_kana, id").query(UUID.class).list();
        UUID busiest = jdbc.sql("""
                select company_id from activity group by company_id order by count(*) desc, company_id limit 1
                """).query(UUID.class).single();
        UUID channel = jdbc.sql("select id from activity_option where kind = 'channel' and name = '訪問'")
                .query(UUID.class).single();
        UUID type = jdbc.sql("select id from activity_option where kind = 'type' and not retired order by position limit 1")
                .query(UUID.class).single();
        UUID pipeline = jdbc.sql("select id from pipeline where not retired order by position limit 1")
                .query(UUID.class).single();
        List<UUID> stages = jdbc.sql("""
                select id from pipeline_stage where pipeline_id = ? and kind = 'open' and not retired
                 order by position limit 2
                """).param(pipeline).query(UUID.class).list();
        long[] dealVersions = new long[USERS];
        List<String> deals = new ArrayList<>();
        for (int i = 0; i < USERS; i++) {
            HttpResponse<String> created = clients.get(i).send(api(tokens.get(i), "/api/v1/deals", """
                    {"name":"負荷試験の商談 %d","companyId":"%s","pipelineId":"%s","stageId":"%s"}
                    """.formatted(i, customers.get(i % customers.size()), pipeline, stages.get(0))),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            deals.add(field(created.body(), "id"));
            dealVersions[i] = Long.parseLong(match(VERSION, created.body()));
        }

        Map<String, LoadGenerator.Scenario> pages = new LinkedHashMap<>();
        pages.put("home", (u, n) -> page("/"));
        pages.put("customers list", (u, n) -> page("/customers"));
        pages.put("customer page", (u, n) -> page("/customers/" + busiest));
        pages.put("deal board", (u, n) -> page("/deals"));
        pages.put("my tasks", (u, n) -> page("/tasks"));
        pages.put("daily report", (u, n) -> page("/daily-reports"));
        pages.put("API customers first page", (u, n) -> apiGet(tokens.get(u), "/api/v1/companies"));
        pages.put("log an activity (own customer)", (u, n) -> api(tokens.get(u), "/api/v1/activities", activity(
                customers.get(u % customers.size()), channel, type)));
        pages.put("log an activity (one customer)", (u, n) -> api(tokens.get(u), "/api/v1/activities",
                activity(busiest, channel, type)));
        pages.put("move a deal", (u, n) -> api(tokens.get(u), "/api/v1/deals/" + deals.get(u) + "/move",
                "{\"version\":%d,\"stageId\":\"%s\"}".formatted(dealVersions[u], stages.get((int) ((n + 1) % 2)))));
        List<ChecklistItem> items = checklistItems(clients.getFirst(), tokens.getFirst(), customers);
        long[] itemVersions = items.stream().mapToLong(ChecklistItem::version).toArray();
        pages.put("tick a checklist item", (u, n) -> patch(tokens.get(u),
                "/api/v1/success-plans/" + items.get(u).plan() + "/checklist/" + items.get(u).id(),
                "{\"version\":%d,\"done\":%s}".formatted(itemVersions[u], n % 2 == 0)));
        LoadGenerator.Answers keepVersion = (u, r) -> {
            Matcher m = VERSION.matcher(new String(r.body(), StandardCharsets.UTF_8));
            if (r.statusCode() == 200 && m.find()) {
                dealVersions[u] = Long.parseLong(m.group(1));
            }
        };
        LoadGenerator.Answers keepItemVersion = (u, r) -> {
            Matcher m = VERSION.matcher(new String(r.body(), StandardCharsets.UTF_8));
            if (r.statusCode() == 200 && m.find()) {
                itemVersions[u] = Long.parseLong(m.group(1));
            }
        };

        // -Dbench.scenarios=name,name (default all) and -Dbench.connections=10,50 run a part, e.g. under a profiler.
        List<String> only = List.of(System.getProperty("bench.scenarios", "").split(",")).stream()
                .map(String::strip).filter(name -> !name.isEmpty()).toList();
        pages.keySet().removeIf(name -> !only.isEmpty() && !only.contains(name));
        int[] connectionCounts = java.util.Arrays.stream(System.getProperty("bench.connections", "10,50").split(","))
                .map(String::strip).mapToInt(Integer::parseInt).toArray();
        LoadGenerator load = new LoadGenerator(clients,
                new ServerCpu(Path.of(System.getProperty("kizuna.data-dir", "data"))));
        List<String[]> rows = new ArrayList<>();
        for (int connections : connectionCounts) {
            for (var scenario : pages.entrySet()) {
                var floor = load.run("floor", connections, warmup, measured, (u, n) -> page("/actuator/health"), null);
                var result = load.run(scenario.getKey(), connections, warmup, measured, scenario.getValue(),
                        switch (scenario.getKey()) {
                            case "move a deal" -> keepVersion;
                            case "tick a checklist item" -> keepItemVersion;
                            default -> null;
                        });
                rows.add(row(result, floor));
                LOG.info("\n{}", String.join(" | ", rows.getLast()));
            }
        }
        write(rows, warmup, measured, customers.size(), durability());
    }

    /** A checklist item per rep (their own, so two never tick the same one), from new plans where the sample's are few. */
    private List<ChecklistItem> checklistItems(HttpClient client, String token, List<UUID> customers) throws Exception {
        List<ChecklistItem> items = checklistItems();
        List<UUID> withoutPlan = jdbc.sql("""
                select c.id from company c where not exists (select 1 from success_plan p where p.company_id = c.id)
                 order by c.name_kana, c.id
                """).query(UUID.class).list();
        for (int i = 0; items.size() < USERS && i < withoutPlan.size(); i++) {
            HttpResponse<String> created = client.send(api(token, "/api/v1/success-plans", """
                    {"companyId":"%s","templateId":"%s","goLiveOn":"%s"}
                    """.formatted(withoutPlan.get(i), SuccessTemplates.BUILT_IN, java.time.LocalDate.now().plusDays(30))),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            items = checklistItems();
        }
        assertThat(items).as("a checklist item for each of %d reps among %d customers", USERS, customers.size())
                .hasSize(USERS);
        return items;
    }

    private List<ChecklistItem> checklistItems() {
        return jdbc.sql("select id, plan_id, version from success_plan_item order by plan_id, phase_position, position limit ?")
                .param(USERS).query((rs, n) -> new ChecklistItem(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getLong(3))).list();
    }

    private record ChecklistItem(UUID id, UUID plan, long version) {
    }

    private String durability() {
        return "fsync " + jdbc.sql("show fsync").query(String.class).single() + ", synchronous_commit "
                + jdbc.sql("show synchronous_commit").query(String.class).single();
    }

    private HttpRequest page(String path) {
        return HttpRequest.newBuilder(uri(path)).header("Accept-Encoding", "gzip").timeout(Duration.ofSeconds(60))
                .build();
    }

    private HttpRequest apiGet(String token, String path) {
        return HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token)
                .header("Accept-Encoding", "gzip").timeout(Duration.ofSeconds(60)).build();
    }

    private HttpRequest api(String token, String path, String json) {
        return HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
    }

    private HttpRequest patch(String token, String path, String json) {
        return HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(60))
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json)).build();
    }

    private static String activity(UUID customer, UUID channel, UUID type) {
        return "{\"companyId\":\"%s\",\"channelId\":\"%s\",\"typeId\":\"%s\",\"details\":\"負荷試験の訪問記録\"}"
                .formatted(customer, channel, type);
    }

    private static String[] row(LoadGenerator.Result r, LoadGenerator.Result floor) {
        return new String[] {r.scenario(), String.valueOf(r.connections()), "%.0f".formatted(r.requestsPerSecond()),
                "%.0f".formatted(r.p50Ms()), "%.0f".formatted(r.p95Ms()), "%.0f".formatted(r.p99Ms()),
                String.valueOf(r.errors()), "%.1f".formatted(r.kbPerRequest()), "%.0f".formatted(floor.requestsPerSecond()),
                "%.0f".formatted(floor.p95Ms()), "%.1f%%".formatted(100 * r.requestsPerSecond() / floor.requestsPerSecond()),
                "%.2f".formatted(r.cpuMsPerRequest()), "%.2f".formatted(r.dbCpuMsPerRequest()),
                "%.2f".formatted(floor.cpuMsPerRequest()), "%.1f".formatted(r.cpuMsPerRequest() / floor.cpuMsPerRequest())};
    }

    private static void write(List<String[]> rows, Duration warmup, Duration measured, int customers, String durability)
            throws Exception {
        StringBuilder md = new StringBuilder("# pages-load\n\n- customers: " + customers + "\n- warm-up: "
                + warmup.toSeconds() + " s, measured: " + measured.toSeconds() + " s per scenario and per floor\n- cores: "
                + Runtime.getRuntime().availableProcessors() + ", load average at the end: "
                + "%.1f".formatted(java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage())
                + "\n- database: " + durability
                + "\n- CPU ms/req: the server JVM's CPU time per request (less the load generator's threads); DB: the "
                + "embedded PostgreSQL's; CPU vs floor: the JVM's CPU per request over the floor's\n\n"
                + "| scenario | connections | req/s | p50 ms | p95 ms | p99 ms | errors | KB/answer | floor req/s "
                + "| floor p95 ms | req/s vs floor | CPU ms/req | DB CPU ms/req | floor CPU ms/req | CPU vs floor |\n"
                + "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        rows.forEach(r -> md.append("| ").append(String.join(" | ", r)).append(" |\n"));
        Path dir = Path.of("target", "bench");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("pages-load.md"), md);
        LOG.info("\n{}", md);
    }

    private void signIn(HttpClient client, TestAccounts.Account account) throws Exception {
        String login = client.send(HttpRequest.newBuilder(uri("/login")).build(), HttpResponse.BodyHandlers.ofString())
                .body();
        String form = "email=" + URLEncoder.encode(account.email(), StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(account.password(), StandardCharsets.UTF_8) + "&_csrf=" + match(CSRF, login);
        HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
    }

    private static String match(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        assertThat(m.find()).as(pattern.pattern()).isTrue();
        return m.group(1);
    }

    private static String field(String json, String name) {
        return match(Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]+)\""), json);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
