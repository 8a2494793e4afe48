package dev.kizuna.marketing;

import java.util.List;

/** What a person typed for a segment; nulls keep what was there when changing one. */
public record SegmentDraft(String name, String description, List<SegmentCondition> conditions) {
}
