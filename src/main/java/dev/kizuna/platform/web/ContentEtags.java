package dev.kizuna.platform.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.springframework.core.io.Resource;
import org.springframework.util.DigestUtils;

/**
 * The ETag of a static file: a hash of its content, worked out once per file (and again if the file changes on
 * disk, as in development). A browser that has the file gets a 304 instead of the file.
 */
enum ContentEtags implements Function<Resource, String> {
    INSTANCE;

    private final Map<String, String> known = new ConcurrentHashMap<>();

    @Override
    public String apply(Resource resource) {
        try {
            String key = resource.getDescription() + "@" + resource.lastModified();
            return known.computeIfAbsent(key, k -> hash(resource));
        } catch (IOException e) {
            return null;
        }
    }

    private static String hash(Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            return "\"" + DigestUtils.md5DigestAsHex(in) + "\"";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
