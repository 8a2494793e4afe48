package dev.kizuna.platform.search;

/**
 * One record found by the header search: its kind ({@code company}, {@code contact}, {@code deal} …), id, what to
 * show (title and a detail line) and its page. {@code rank}: lower is a better match (0 = the key starts the name).
 */
public record SearchHit(String kind, String id, String title, String detail, String href, int rank) {
}
