package dev.kizuna.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Visits every page a person can reach (walking the links from the home page, one visit per route) in Japanese and
 * English, at 1440×900 and 390×844, as an administrator and as a member, and fails on what a person would trip over:
 * a serious or critical axe-core violation, anything wider than a phone's screen, a console error, a 4xx/5xx of the
 * page or its assets, and interface text in the other language or as a bare message key. Screenshots of every visit
 * go to target/screenshots/sweep for people to look at; the routes no link reached are printed.
 */
@org.junit.jupiter.api.Tag("sweep")
class SweepBrowserTest extends BrowserTest {

    private static final Path OUT = SCREENSHOTS.resolve("sweep");
    private static final int MAX_PAGES = 250;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    private final SweepLanguage language = new SweepLanguage();
    private final SweepFindings findings = new SweepFindings();
    private String axe;
    private boolean axePass = true;
    private final java.util.Set<String> fragments = new TreeSet<>();
    private final List<String> timings = new ArrayList<>();

    private <T> T timed(String pass, java.util.function.Supplier<T> work) {
        long start = System.nanoTime();
        T result = work.get();
        timings.add(pass + " " + (System.nanoTime() - start) / 1_000_000_000 + " s");
        return result;
    }

    private void timed(String pass, Runnable work) {
        timed(pass, () -> {
            work.run();
            return null;
        });
    }

    @Test
    void everyPageInBothLanguagesAtBothSizesAsAdministratorAndMember() throws Exception {
        var routes = new SweepRoutes(mapping);
        assertThat(SweepSeeds.unserved(routes.all())).as("record pages with no record to sweep them on").isEmpty();
        var seeds = new SweepSeeds(jdbc, new SweepRecords(this::api, this::send, jdbc).make(accounts));
        Files.createDirectories(OUT);
        axe = axeSource();
        long started = System.nanoTime();

        // axe-core once per page (its findings do not depend on the language or the width), the rest on every visit.
        var admin = accounts.create(PermissionLevel.ADMIN);
        Map<String, String> adminPages = timed("admin ja 1440 + axe", () -> crawl(admin, "ja", 1440, 900, routes, seeds, "admin"));
        axePass = false;
        timed("admin en 1440", () -> visitAll(admin, "en", 1440, 900, adminPages, "admin"));
        timed("admin ja 390", () -> visitAll(admin, "ja", 390, 844, adminPages, "admin"));
        timed("admin en 390", () -> visitAll(admin, "en", 390, 844, adminPages, "admin"));
        var member = accounts.create(PermissionLevel.MEMBER);
        Map<String, String> memberPages = timed("member ja 390", () -> crawl(member, "ja", 390, 844, routes, null, "member"));
        timed("member en 1440", () -> visitAll(member, "en", 1440, 900, memberPages, "member"));

        var unreached = new TreeSet<>(routes.all());
        unreached.removeAll(adminPages.keySet());
        unreached.removeAll(memberPages.keySet());
        unreached.removeAll(fragments);
        int swept = routes.all().size() - unreached.size() - fragments.size();
        String summary = ("Swept %d of %d HTML routes (%d visits) in %d s (%s); %d answer htmx only (%s); not reached by"
                + " any link nor record: %s").formatted(swept,
                routes.all().size() - fragments.size(), findings.visits(), (System.nanoTime() - started) / 1_000_000_000,
                String.join(", ", timings), fragments.size(), fragments, unreached);
        org.slf4j.LoggerFactory.getLogger(SweepBrowserTest.class).info(summary);
        findings.write(OUT.resolve("report.txt"), summary, adminPages, memberPages);
        assertThat(findings.problems()).as("problems found (target/screenshots/sweep/report.txt)").isEmpty();
        assertThat(unreached).as("HTML routes the sweep did not visit").isEmpty();
    }

    /**
     * Walks the links breadth first from home, one page per route, then (with seeds) visits a record of each route no
     * link led to; returns route → the path visited for it.
     */
    private Map<String, String> crawl(TestAccounts.Account account, String lang, int width, int height,
            SweepRoutes routes, SweepSeeds seeds, String who) {
        Page page = open(account, lang, width, height);
        var visited = new LinkedHashMap<String, String>();
        var queue = new ArrayDeque<String>(List.of("/"));
        var seeded = new java.util.HashSet<String>();
        while (visited.size() < MAX_PAGES) {
            if (queue.isEmpty() && seeds != null) {
                routes.all().stream().filter(r -> !visited.containsKey(r) && !fragments.contains(r))
                        .map(seeds::pathFor).flatMap(java.util.Optional::stream).filter(seeded::add).forEach(queue::add);
            }
            if (queue.isEmpty()) {
                break;
            }
            String path = queue.poll();
            var route = routes.routeOf(path);
            if (route.isEmpty() || visited.containsKey(route.get())) {
                continue;
            }
            visited.put(route.get(), path);
            List<String> links = check(page, path, lang, width, who, !seeded.contains(path));
            if (links == null) {
                visited.remove(route.get());
                fragments.add(route.get());
                continue;
            }
            for (String link : links) {
                routes.routeOf(link).filter(r -> !visited.containsKey(r)).ifPresent(r -> queue.add(link));
            }
        }
        page.context().close();
        return visited;
    }

    private void visitAll(TestAccounts.Account account, String lang, int width, int height, Map<String, String> pages,
            String who) {
        Page page = open(account, lang, width, height);
        pages.values().forEach(path -> check(page, path, lang, width, who, true));
        page.context().close();
    }

    private Page open(TestAccounts.Account account, String lang, int width, int height) {
        jdbc.sql("update app_user set locale = ? where id = ?").params(lang, account.id()).update();
        var options = new Browser.NewContextOptions().setViewportSize(width, height).setLocale("ja".equals(lang) ? "ja-JP" : "en-US")
                .setTimezoneId("Asia/Tokyo").setBypassCSP(true);
        if (width < 500) {
            options.setIsMobile(true).setHasTouch(true).setDeviceScaleFactor(1);
        }
        var created = newContext(options);
        // Generous waits: the sweep is a census, not a timing test, and a busy CI machine must not fail it.
        created.setDefaultTimeout(30_000);
        created.setDefaultNavigationTimeout(45_000);
        created.addInitScript(axe);
        Page page = created.newPage();
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type())) {
                findings.current("console error: " + message.text());
            }
        });
        page.onPageError(error -> findings.current("script error: " + error));
        page.onResponse(response -> {
            if (response.status() >= 400) {
                findings.current("HTTP " + response.status() + " " + response.url());
            }
        });
        signIn(page, account.email(), account.password());
        return page;
    }

    /** Visits one page, records what is wrong on it and returns the same-site links it offers. */
    @SuppressWarnings("unchecked")
    private List<String> check(Page page, String path, String lang, int width, String who, boolean linked) {
        String name = "%s-%s-%d-%03d".formatted(who, lang, width, findings.visits() + 1);
        findings.start(name + " " + path);
        try {
            page.navigate(path);
            page.waitForLoadState(LoadState.LOAD);
            page.waitForFunction("() => !document.querySelector('.htmx-request')");
        } catch (com.microsoft.playwright.PlaywrightException e) {
            // A page that never finishes (a template failing half-way through its stream) is one finding, not the end.
            findings.current("did not finish loading: " + e.getMessage().lines().findFirst().orElse(""));
            return List.of();
        }
        if (!(Boolean) page.evaluate("() => !!document.querySelector('main') && !!document.title")) {
            // A piece htmx swaps into a page: if a link got here, the link is the defect.
            if (linked) {
                findings.current("a link leads to a piece of a page (no title, no main), not to a page");
            }
            return null;
        }
        screenshot(page, "sweep/" + name + path.replaceAll("[^A-Za-z0-9]+", "-"));
        if (!page.url().contains(path.split("\\?")[0])) {
            findings.current("ended on " + page.url());
        }
        if (width < 500) {
            ((List<String>) page.evaluate(SweepScripts.WIDER_THAN_SCREEN, width)).forEach(
                    e -> findings.current("wider than the phone: " + e));
            ((List<String>) page.evaluate(SweepScripts.SIDEWAYS_TABLES)).forEach(findings::sidewaysTable);
        }
        if (axePass) {
            ((List<String>) page.evaluate(SweepScripts.AXE)).forEach(v -> findings.current("axe: " + v));
        }
        List<String> texts = (List<String>) page.evaluate(SweepScripts.TEXTS);
        // A page in a language of its own (a survey answered in the survey's language) is judged in that language.
        String declared = String.valueOf(page.evaluate("() => document.documentElement.lang || ''"));
        String pageLang = declared.startsWith("ja") ? "ja" : declared.startsWith("en") ? "en" : lang;
        language.leaks(pageLang, texts).forEach(findings::current);
        if ("en".equals(pageLang)) {
            texts.stream().filter(SweepLanguage::hasJapanese).forEach(findings::japaneseOnEnglish);
        }
        return (List<String>) page.evaluate(SweepScripts.LINKS);
    }

    /** Posts as the token's owner and returns the body of any successful answer. */
    private String send(String token, String path, String json) throws Exception {
        var response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(json)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
        return response.body();
    }

    private static String axeSource() throws IOException {
        try (InputStream in = SweepBrowserTest.class.getResourceAsStream("/axe.min.js")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The pages' problems, each under the visit it was seen on. */
    static final class SweepFindings {
        private final List<String> problems = new ArrayList<>();
        private final java.util.TreeMap<String, String> japaneseOnEnglish = new java.util.TreeMap<>();
        private final java.util.TreeMap<String, String> sidewaysTables = new java.util.TreeMap<>();
        private String visit = "";
        private int visits;

        void start(String visit) {
            this.visit = visit;
            visits++;
        }

        synchronized void current(String problem) {
            problems.add(visit + ": " + problem);
        }

        void sidewaysTable(String table) {
            sidewaysTables.putIfAbsent(visit.replaceFirst("^\\S+ ", "") + " " + table, visit);
        }

        void japaneseOnEnglish(String text) {
            japaneseOnEnglish.putIfAbsent(text.strip().replaceAll("\\s+", " "), visit);
        }

        int visits() {
            return visits;
        }

        List<String> problems() {
            return problems;
        }

        void write(Path file, String summary, Map<String, String> admin, Map<String, String> member) throws IOException {
            var lines = new ArrayList<String>();
            lines.add(summary);
            lines.add("");
            lines.add("== pages (route: path visited)");
            admin.forEach((route, path) -> lines.add("admin  " + route + ": " + path));
            member.forEach((route, path) -> lines.add("member " + route + ": " + path));
            lines.add("");
            lines.add("== problems");
            lines.addAll(problems);
            lines.add("");
            lines.add("== tables that scroll sideways on a phone, and the column heads that start off screen (to read)");
            sidewaysTables.forEach((table, seen) -> lines.add(table));
            lines.add("");
            lines.add("== Japanese text on English pages (user data, or a leak to read)");
            japaneseOnEnglish.forEach((text, seen) -> lines.add(text + "    [" + seen + "]"));
            Files.write(file, lines);
        }
    }
}
