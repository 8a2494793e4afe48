package dev.kizuna.voice;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A survey's results over a period: how many were invited and answered, the NPS with its promoters, passives and
 * detractors, and per question the count of each score or choice (free text is read in the responses).
 */
public record SurveyResults(UUID surveyId, long invited, long responses, Nps nps, List<QuestionResult> questions) {

    public record QuestionResult(UUID questionId, int position, String kind, String label, long answered,
            Map<String, Long> counts) {
    }

    public Integer npsScore() {
        return nps.score();
    }
}
