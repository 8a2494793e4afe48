package dev.kizuna.platform.web;

import java.time.Duration;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * Where the browser gets Kizuna's style sheets, scripts, icon and the WebJars (Bootstrap, htmx), and how long it
 * may keep them.
 * <p>
 * Only these paths are resource paths ({@code spring.web.resources.add-mappings} is off): with the default
 * mapping at {@code /**}, every {@code @{…}} link on a page — a customers page has about 80 — was looked up as a
 * class-path resource while the page was written, every lookup missed, and misses are not cached (issue 26: 81%
 * of that page's CPU). Now a link that is not an asset matches no resource pattern and is left alone; an asset
 * link is resolved once and cached by the resource chain.
 * <p>
 * Links written by the pages carry a version: the WebJar's version ({@code /webjars/bootstrap/5.3.8/…}) or a
 * hash of the file's content ({@code /css/app-1a2b….css}). A versioned file never changes, so the browser keeps
 * it a year without asking again. The same file asked for without a version may change with the next release:
 * it is sent with {@code no-cache} and an ETag, so the browser asks each time and gets a 304 when it has it.
 */
@Configuration(proxyBeanMethods = false)
class StaticAssets implements WebMvcConfigurer {

    /** Kizuna's own files, each under a version made of its content's hash. */
    private static final String[] APP_PATHS = {"/css/", "/js/"};
    private static final String HASH = "{hash:.+-[0-9a-f]{32}\\.[a-z]+}";
    private static final String WEBJARS = "/webjars/";
    /** A WebJar path with its version, e.g. {@code /webjars/htmx.org/2.0.10/dist/htmx.min.js}. */
    private static final String VERSIONED_WEBJAR = WEBJARS + "{webjar}/{version:[0-9][0-9A-Za-z.+_-]*}/**";
    /**
     * The icon at the root. A wildcard, not the plain path nor a {@code {capture}}: links are resolved on the part
     * of the path the pattern's wildcard matches, which would be empty.
     */
    private static final String ICON = "/*.svg";
    private static final String VERSIONED_ICON = "/{icon:[\\w.-]+-[0-9a-f]{32}\\.svg}";

    private static final CacheControl FOREVER = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();
    private static final CacheControl ASK_FIRST = CacheControl.noCache();

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        String[] versionedApp = new String[APP_PATHS.length];
        String[] app = new String[APP_PATHS.length];
        String[] appLocations = new String[APP_PATHS.length];
        for (int i = 0; i < APP_PATHS.length; i++) {
            versionedApp[i] = APP_PATHS[i] + HASH;
            app[i] = APP_PATHS[i] + "**";
            appLocations[i] = "classpath:/static" + APP_PATHS[i];
        }
        contentVersioned(registry.addResourceHandler(versionedApp).addResourceLocations(appLocations), FOREVER);
        contentVersioned(registry.addResourceHandler(app).addResourceLocations(appLocations), ASK_FIRST);
        contentVersioned(registry.addResourceHandler(VERSIONED_ICON).addResourceLocations("classpath:/static/"), FOREVER);
        contentVersioned(registry.addResourceHandler(ICON).addResourceLocations("classpath:/static/"), ASK_FIRST);
        webjars(registry.addResourceHandler(VERSIONED_WEBJAR), FOREVER);
        webjars(registry.addResourceHandler(WEBJARS + "**"), ASK_FIRST);
    }

    private static void contentVersioned(ResourceHandlerRegistration handler, CacheControl cache) {
        handler.setCacheControl(cache).setUseLastModified(true).setEtagGenerator(ContentEtags.INSTANCE)
                .resourceChain(true)
                .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
    }

    /** WebJars: the locator (added by the resource chain) turns {@code /webjars/htmx.org/dist/…} into its version. */
    private static void webjars(ResourceHandlerRegistration handler, CacheControl cache) {
        handler.addResourceLocations("classpath:/META-INF/resources/webjars/").setCacheControl(cache)
                .setUseLastModified(true).setEtagGenerator(ContentEtags.INSTANCE).resourceChain(true);
    }
}
