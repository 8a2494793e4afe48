package dev.kizuna.platform.search;

import java.util.List;

/** The hits of one kind, best first, with the group's heading in the reader's language. */
public record SearchGroup(String kind, String label, List<SearchHit> items) {
}
