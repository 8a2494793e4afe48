package dev.kizuna.platform.api;

import java.net.URI;

import org.springframework.http.ResponseEntity;

/**
 * The answers a versioned record gives on the API: 201 with its Location and ETag when created, 200 with the ETag when
 * read or changed, 204 when deleted. The ETag is the version the next If-Match sends back.
 */
public final class VersionedAnswers {

    private VersionedAnswers() {
    }

    public static <T> ResponseEntity<T> created(String collection, Object id, long version, T body) {
        return ResponseEntity.created(URI.create(collection + "/" + id)).eTag(Versions.etag(version)).body(body);
    }

    public static <T> ResponseEntity<T> ok(long version, T body) {
        return ResponseEntity.ok().eTag(Versions.etag(version)).body(body);
    }

    public static ResponseEntity<Void> deleted() {
        return ResponseEntity.noContent().build();
    }
}
