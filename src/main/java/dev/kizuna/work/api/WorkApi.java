package dev.kizuna.work.api;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

import dev.kizuna.platform.api.ApiValues;

/** The work API's short names for {@link ApiValues}: its ids in a body may be left out or blank. */
final class WorkApi {

    private WorkApi() {
    }

    static UUID pathId(String type, String id) {
        return ApiValues.pathId(type, id);
    }

    static UUID id(String field, String value) {
        return ApiValues.optionalId(field, value);
    }

    static String str(UUID id) {
        return ApiValues.text(id);
    }

    static OffsetDateTime time(Instant at) {
        return ApiValues.utc(at);
    }
}
