package dev.kizuna.voice;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A survey (アンケート): its title, the language its public page speaks ({@code ja} or {@code en}), an intro and a
 * thank-you text, its questions in order, whether answers are anonymous (not tied to the customer), and whether an
 * open link (many answers, no personal link) exists.
 */
public record Survey(UUID id, String title, String language, String intro, String thanks, boolean anonymous,
        boolean openLink, List<SurveyQuestion> questions, long version, Instant createdAt) {

    public static final List<String> LANGUAGES = List.of("ja", "en");

    public Survey withQuestions(List<SurveyQuestion> qs) {
        return new Survey(id, title, language, intro, thanks, anonymous, openLink, List.copyOf(qs), version,
                createdAt);
    }
}
