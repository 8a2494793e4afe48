package dev.kizuna.marketing;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A saved, dynamic filter over customers (セグメント): its members are whoever meets every condition now. */
public record Segment(UUID id, String name, String description, List<SegmentCondition> conditions, long version,
        Instant createdAt, Instant updatedAt) {
}
