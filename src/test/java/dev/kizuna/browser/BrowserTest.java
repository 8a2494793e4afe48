package dev.kizuna.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import dev.kizuna.support.TestAccounts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.springframework.beans.factory.annotation.Autowired;
import dev.kizuna.support.KizunaTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Base for tests in a real browser: the whole application on a random port, one headless Chromium per
 * test class and a fresh browser context (cookies, language, screen size) per test. Contexts are Japanese
 * (ja-JP, Asia/Tokyo) at 1280x800 unless a test opens another one with {@link #newContext}.
 */
@KizunaTest
@Tag("browser")
abstract class BrowserTest {

    static final Path SCREENSHOTS = Paths.get("target", "screenshots");
    static final int PHONE_WIDTH = 375;

    private static Playwright playwright;
    protected static Browser browser;

    @LocalServerPort
    protected int port;
    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    protected TestAccounts accounts;
    protected BrowserContext context;
    protected Page page;
    private final List<BrowserContext> contexts = new ArrayList<>();

    @BeforeAll
    static void launchBrowser() {
        PlaywrightAssertions.setDefaultAssertionTimeout(10_000);
        playwright = Playwright.create();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get("/usr/bin/chromium"))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                        "--no-first-run", "--disable-background-networking", "--disable-component-update",
                        "--disable-sync")));
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openContext() {
        context = newContext(desktop());
        page = context.newPage();
    }

    @AfterEach
    void closeContexts() {
        contexts.forEach(BrowserContext::close);
        contexts.clear();
    }

    /** Desktop, Japanese: what most office workers use. */
    protected static Browser.NewContextOptions desktop() {
        return new Browser.NewContextOptions().setViewportSize(1280, 800).setLocale("ja-JP").setTimezoneId("Asia/Tokyo");
    }

    /** A phone held upright (iPhone-sized), Japanese. */
    protected static Browser.NewContextOptions phone() {
        return new Browser.NewContextOptions().setViewportSize(PHONE_WIDTH, 812).setDeviceScaleFactor(2)
                .setIsMobile(true).setHasTouch(true).setLocale("ja-JP").setTimezoneId("Asia/Tokyo");
    }

    /** Another context (closed after the test), pointed at this test's server. */
    protected BrowserContext newContext(Browser.NewContextOptions options) {
        BrowserContext created = browser.newContext(options.setBaseURL("http://localhost:" + port));
        created.setDefaultTimeout(10_000);
        created.setDefaultNavigationTimeout(15_000);
        contexts.add(created);
        return created;
    }

    /** Signs in on the sign-in page and waits until the browser has left it. */
    protected static void signIn(Page page, String email, String password) {
        page.navigate("/login");
        page.locator("#email").fill(email);
        page.locator("#password").fill(password);
        page.locator("[data-testid=sign-in]").click();
        assertThat(page).not().hasURL(Pattern.compile(".*/login.*"));
        page.waitForLoadState();
    }

    /** Signs out with the user menu in the header. */
    protected static void signOut(Page page) {
        page.waitForLoadState();
        page.locator("[data-testid=user-menu]").click();
        assertThat(page.locator("[data-testid=sign-out]")).isVisible();
        page.locator("[data-testid=sign-out]").click();
        assertThat(page).hasURL(Pattern.compile(".*/login\\?logout$"));
    }

    protected static void signIn(Page page, TestAccounts.Account account) {
        signIn(page, account.email(), account.password());
    }

    /** A full-page screenshot in target/screenshots/{name}.png. */
    protected static Path screenshot(Page page, String name) {
        Path file = SCREENSHOTS.resolve(name + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true).setAnimations(
                com.microsoft.playwright.options.ScreenshotAnimations.DISABLED));
        return file;
    }

    /**
     * Runs an action that makes htmx fetch {@code path} and swap it in, and returns once that content is settled.
     * htmx binds the {@code hx-*} attributes of swapped-in elements only after its settle delay, so touching a
     * new element as soon as the response arrives can fire an event nothing listens to yet.
     */
    protected static void htmxSwap(Page page, String path, Runnable action) {
        page.evaluate("path => { window.__kzSettled = new Promise(done => { const seen = e => {"
                + " if (e.detail.xhr && e.detail.xhr.responseURL.includes(path)) {"
                + " document.body.removeEventListener('htmx:afterSettle', seen); done(true); } };"
                + " document.body.addEventListener('htmx:afterSettle', seen); }); }", path);
        action.run();
        page.evaluate("() => window.__kzSettled");
    }

    /** Creates something through the API as the token's owner (test set-up) and returns the 201 response's body. */
    protected String api(String token, String path, String json) throws Exception {
        var response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(json)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        org.assertj.core.api.Assertions.assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return response.body();
    }

    /** The page is no wider than the screen: nothing to scroll sideways. */
    protected static void assertNoHorizontalScroll(Page page, int width) {
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.LOAD); // measured with its styles applied
        int scrollWidth = ((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue();
        // Name the elements that stick out, innermost first, so a failure says what to fix.
        Object wide = page.evaluate("w => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > w + 1)"
                + ".slice(-3).map(e => e.tagName + '.' + e.className + ' \"' + (e.textContent || '').trim().slice(0, 40) + '\"')", width);
        org.assertj.core.api.Assertions.assertThat(scrollWidth)
                .as("page width at %s px on %s (sticking out: %s)", width, page.url(), wide).isLessThanOrEqualTo(width + 1);
    }

    /** A user created on the new-user page, as the administrator saw it. */
    protected record CreatedUser(String id, String displayName, String email, String temporaryPassword) {
    }

    /** Creates a job role on the roles page (as a signed-in administrator). */
    protected static void createRole(Page page, String name, String description) {
        page.navigate("/admin/roles");
        var form = page.locator("[data-testid=role-form]");
        form.locator("#name").fill(name);
        form.locator("#description").fill(description);
        form.locator("[data-testid=create-role]").click();
        assertThat(page.locator("[data-testid=flash]")).containsText(name);
        assertThat(page.locator("[data-testid=roles-table]")).containsText(name);
    }

    /** Fills the new-user form and saves it; returns what the administrator is shown afterwards. */
    protected static CreatedUser createUser(Page page, String displayName, String nameKana, String email,
            String... roleNames) {
        page.navigate("/admin/users/new");
        var form = page.locator("[data-testid=user-form]");
        form.locator("#displayName").fill(displayName);
        form.locator("#nameKana").fill(nameKana);
        form.locator("#email").fill(email);
        for (String role : roleNames) {
            form.getByLabel(role, new com.microsoft.playwright.Locator.GetByLabelOptions().setExact(true)).check();
        }
        form.locator("[data-testid=save]").click();
        assertThat(page).hasURL(Pattern.compile(".*/admin/users/[0-9a-f-]{36}$"));
        var temporary = page.locator("[data-testid=temporary-password] code");
        assertThat(temporary).hasText(Pattern.compile("\\S{16}"));
        String id = page.url().substring(page.url().lastIndexOf('/') + 1);
        return new CreatedUser(id, displayName, email, temporary.textContent().strip());
    }

    protected static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 6);
    }
}
