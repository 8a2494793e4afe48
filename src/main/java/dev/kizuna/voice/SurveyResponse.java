package dev.kizuna.voice;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One answered survey: who (unless anonymous), when, the NPS score if asked, and each answer. */
public record SurveyResponse(UUID id, UUID surveyId, String surveyTitle, UUID companyId, String companyName,
        UUID contactId, String contactName, Integer nps, Instant submittedAt, List<Answer> answers) {

    /** An answer: a score (NPS, rating), chosen options, or text. */
    public record Answer(UUID questionId, int position, String label, Integer score, List<String> choices,
            String text) {
    }

    public SurveyResponse withAnswers(List<Answer> a) {
        return new SurveyResponse(id, surveyId, surveyTitle, companyId, companyName, contactId, contactName, nps,
                submittedAt, List.copyOf(a));
    }
}
