package dev.kizuna.activities;

import java.time.Instant;
import java.util.UUID;

/**
 * One line of a customer's timeline: what kind of record ({@code activity}, {@code note}, later {@code deal},
 * {@code order}, {@code task} …), when, its id, a title and a detail as people read them, a badge (a message key,
 * or null), who, where it opens, and how many files it carries.
 */
public record TimelineEntry(String kind, Instant at, UUID id, String title, String badgeKey, String detail,
        String actorName, String href, int attachments) {
}
