package dev.kizuna.voice.api;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;

import dev.kizuna.platform.api.NotFoundException;

/** Small shared conversions of the voice API: ids and times. */
final class VoiceApi {

    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    private VoiceApi() {
    }

    static UUID pathId(String type, String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException(type, id);
        }
    }

    static UUID id(String field, String value) {
        return dev.kizuna.platform.api.ApiValues.optionalId(field, value);
    }

    static OffsetDateTime out(Instant at) {
        return at == null ? null : at.atZone(TOKYO).toOffsetDateTime();
    }

    static String str(UUID id) {
        return id == null ? null : id.toString();
    }
}
