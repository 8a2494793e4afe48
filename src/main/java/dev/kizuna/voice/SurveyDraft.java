package dev.kizuna.voice;

import java.util.List;

/** A new survey as written: questions in order; {@code openLink} makes a link anyone may answer (once each time). */
public record SurveyDraft(String title, String language, String intro, String thanks, Boolean anonymous,
        Boolean openLink, List<QuestionDraft> questions) {

    public record QuestionDraft(String kind, String label, List<String> choices, Boolean required) {
    }
}
