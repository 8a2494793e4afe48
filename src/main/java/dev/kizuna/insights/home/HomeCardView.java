package dev.kizuna.insights.home;

import java.util.List;

/**
 * A home card as shown: its key, title and lines (already in the reader's language), a link to the full list and
 * what to say when there is nothing ({@code empty}).
 */
public record HomeCardView(String key, String title, List<HomeLine> lines, String moreHref, String empty) {
}
