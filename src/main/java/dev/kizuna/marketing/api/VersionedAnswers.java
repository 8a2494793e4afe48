package dev.kizuna.marketing.api;

import java.net.URI;
import java.util.UUID;

import dev.kizuna.platform.api.Versions;
import org.springframework.http.ResponseEntity;

/**
 * The answers every versioned marketing record gives (segments, templates, campaigns, sequences, settings): 201 with
 * its Location and ETag when created, 200 with the ETag when read or changed, 204 when deleted.
 */
final class VersionedAnswers {

    private VersionedAnswers() {
    }

    static <T> ResponseEntity<T> created(String collection, UUID id, long version, T body) {
        return ResponseEntity.created(URI.create(collection + "/" + id)).eTag(Versions.etag(version)).body(body);
    }

    static <T> ResponseEntity<T> ok(long version, T body) {
        return ResponseEntity.ok().eTag(Versions.etag(version)).body(body);
    }

    static ResponseEntity<Void> deleted() {
        return ResponseEntity.noContent().build();
    }
}
