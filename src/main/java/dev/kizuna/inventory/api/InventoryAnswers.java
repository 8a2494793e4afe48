package dev.kizuna.inventory.api;

import java.net.URI;

import dev.kizuna.platform.api.Versions;
import org.springframework.http.ResponseEntity;

/**
 * How the inventory API answers with a versioned record (a location, a SKU, a stock-take): 201 with its address once
 * made, 200 otherwise, each with the version as its ETag for the next If-Match.
 */
final class InventoryAnswers {

    private InventoryAnswers() {
    }

    static <T> ResponseEntity<T> created(String collection, Object id, long version, T body) {
        return ResponseEntity.created(URI.create(collection + "/" + id)).eTag(Versions.etag(version)).body(body);
    }

    static <T> ResponseEntity<T> ok(long version, T body) {
        return ResponseEntity.ok().eTag(Versions.etag(version)).body(body);
    }
}
