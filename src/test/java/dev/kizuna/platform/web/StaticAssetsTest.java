package dev.kizuna.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.support.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import dev.kizuna.support.KizunaTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.server.PathContainer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Static files through the real server (compression is Tomcat's): every asset a template links loads, under a
 * versioned link the browser keeps a year; unversioned paths are revalidated; pages go compressed; links that are
 * not assets are not looked up as files (issue 26).
 */
@KizunaTest
class StaticAssetsTest {

    private static final Pattern TEMPLATE_ASSET = Pattern.compile("@\\{(/(?:css|js|webjars|favicon)[^}]*)}");
    private static final Pattern HEAD_ASSET = Pattern.compile("<(?:link|script)[^>]*?(?:href|src)=\"([^\"]+)\"");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final String YEAR = "max-age=31536000";

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ResourceUrlProvider resourceUrls;

    private HttpClient browser;

    @BeforeEach
    void newBrowser() {
        browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    @Test
    void everyAssetTheLayoutLinksLoadsUnderAVersionKeptAYear() throws Exception {
        signIn();
        List<String> links = headAssets(get("/", "identity").body());

        assertThat(links).hasSize(6).allSatisfy(link -> assertThat(link)
                .matches("/webjars/[^/]+/\\d[^/]*/.*|/(css|js)/[\\w-]+-[0-9a-f]{32}\\.(css|js)|/favicon-[0-9a-f]{32}\\.svg"));
        for (String link : links) {
            HttpResponse<byte[]> asset = get(link, "identity");
            assertThat(asset.statusCode()).as(link).isEqualTo(200);
            assertThat(asset.body()).as(link).isNotEmpty();
            assertThat(asset.headers().allValues("Cache-Control")).as(link)
                    .containsExactly("max-age=31536000, public, immutable");
            assertThat(asset.headers().firstValue("Pragma")).as(link).isEmpty();
            assertThat(asset.headers().firstValue("Expires")).as(link).isEmpty();
        }
    }

    @Test
    void everyAssetAnyTemplateLinksLoadsBothVersionedAndPlain() throws Exception {
        Set<String> assets = templateAssets();
        assertThat(assets).contains("/js/board.js", "/css/work.css", "/favicon.svg", "/js/playbook-editor.js");
        for (String plain : assets) {
            String versioned = resourceUrls.getForLookupPath(plain);
            assertThat(versioned).as(plain).isNotNull().isNotEqualTo(plain);
            HttpResponse<byte[]> kept = get(versioned, "identity");
            assertThat(kept.statusCode()).as(versioned).isEqualTo(200);
            assertThat(kept.headers().firstValue("Cache-Control").orElse("")).as(versioned)
                    .contains(YEAR, "immutable");
            HttpResponse<byte[]> asked = get(plain, "identity");
            assertThat(asked.statusCode()).as(plain).isEqualTo(200);
            assertThat(asked.body()).as(plain).isEqualTo(kept.body());
        }
    }

    @Test
    void anAssetAskedForWithoutVersionIsRevalidatedByItsEtag() throws Exception {
        for (String plain : List.of("/css/app.css", "/js/app.js", "/favicon.svg",
                "/webjars/htmx.org/dist/htmx.min.js")) {
            HttpResponse<byte[]> first = get(plain, "identity");
            assertThat(first.statusCode()).as(plain).isEqualTo(200);
            assertThat(first.headers().allValues("Cache-Control")).as(plain).containsExactly("no-cache");
            String etag = first.headers().firstValue("ETag").orElseThrow();
            HttpResponse<byte[]> again = browser.send(HttpRequest.newBuilder(uri(plain)).header("If-None-Match", etag)
                    .build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(again.statusCode()).as(plain).isEqualTo(304);
        }
    }

    @Test
    void pagesAndAssetsGoCompressedAndARepeatVisitTransfersLittle() throws Exception {
        signIn();
        HttpResponse<byte[]> page = get("/customers", "gzip");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Encoding")).hasValue("gzip");
        long firstVisit = page.body().length;
        long repeatVisit = get("/customers", "gzip").body().length;
        for (String link : headAssets(get("/customers", "identity").body())) {
            HttpResponse<byte[]> asset = get(link, "gzip");
            firstVisit += asset.body().length;
            if (!asset.headers().firstValue("Cache-Control").orElse("").contains("immutable")) {
                repeatVisit += asset.body().length; // a browser would ask again
            }
        }
        HttpResponse<byte[]> css = get(resourceUrls.getForLookupPath("/css/app.css"), "gzip");
        assertThat(css.headers().firstValue("Content-Encoding")).hasValue("gzip");

        assertThat(firstVisit).isGreaterThan(100_000);
        assertThat(repeatVisit).isLessThan(100_000);
    }

    @Test
    void linksThatAreNotAssetsAreNotLookedUpAsFiles() {
        for (String link : List.of("/", "/customers", "/customers/0b7e2c6a-1111-2222-3333-444455556666",
                "/deals/board", "/login")) {
            assertThat(resourceUrls.getHandlerMap().keySet()).as(link)
                    .noneMatch(pattern -> PathPatternParser.defaultInstance.parse(pattern).matches(PathContainer.parsePath(link)));
        }
    }

    private void signIn() throws Exception {
        TestAccounts.Account account = accounts.create(PermissionLevel.MEMBER);
        Matcher csrf = CSRF.matcher(new String(get("/login", "identity").body(), StandardCharsets.UTF_8));
        assertThat(csrf.find()).isTrue();
        String form = "email=" + URLEncoder.encode(account.email(), StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(account.password(), StandardCharsets.UTF_8) + "&_csrf=" + csrf.group(1);
        HttpResponse<byte[]> home = browser.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(home.uri().getPath()).isEqualTo("/");
    }

    private HttpResponse<byte[]> get(String path, String encoding) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(uri(path)).header("Accept-Encoding", encoding).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static List<String> headAssets(byte[] html) {
        String page = new String(html, StandardCharsets.UTF_8);
        String head = page.substring(0, page.indexOf("</head>"));
        List<String> links = new ArrayList<>();
        Matcher m = HEAD_ASSET.matcher(head);
        while (m.find()) {
            links.add(m.group(1));
        }
        return links;
    }

    private static Set<String> templateAssets() throws IOException {
        Set<String> assets = new LinkedHashSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                Matcher m = TEMPLATE_ASSET.matcher(Files.readString(file));
                while (m.find()) {
                    assets.add(m.group(1));
                }
            }
        }
        return assets;
    }
}
