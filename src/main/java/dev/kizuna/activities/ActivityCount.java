package dev.kizuna.activities;

import java.util.UUID;

/** How many activities a rep logged over a period on one channel and of one type (names in both languages). */
public record ActivityCount(UUID userId, UUID channelId, String channel, String channelEn, UUID typeId, String type,
        String typeEn, long count) {
}
