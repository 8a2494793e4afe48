package dev.kizuna.sales;

import java.util.Locale;
import java.util.UUID;

/**
 * A stage of a pipeline (問い合わせ, アポ …): its place, what reaching it means, the win probability that weighs the
 * forecast and the longest a deal should stay ({@code maxDays}, null for no limit; longer means stalled); a won stage
 * may be reached by itself when the deal's order is delivered or paid ({@code reachedOn}, null: by hand only). A
 * terminal stage (a lost one, or the last won one such as 入金) ends the owner's work on the deal.
 */
public record Stage(UUID id, UUID pipelineId, String name, String nameEn, int position, StageKind kind,
        int winProbability, Integer maxDays, OrderMilestone reachedOn, boolean terminal, boolean retired, long version) {

    /** The English name when the user reads English and one was given, else the office's own name. */
    public String label(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) && !nameEn.isBlank() ? nameEn : name;
    }
}
