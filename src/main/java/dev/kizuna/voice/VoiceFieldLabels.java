package dev.kizuna.voice;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import dev.kizuna.platform.api.FieldLabels;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Labels the voice fields in error messages ({@code voice.field.<name>}); answers[n] fields name the question. */
@Component
class VoiceFieldLabels implements FieldLabels {

    static final Set<String> FIELDS = Set.of("kind", "body", "source", "productArea", "status", "statusReason",
            "mergeId", "votedBy", "sort", "title", "language", "intro", "thanks", "questions", "contactIds",
            "targetListId", "answers", "token", "anonymous", "from", "to");

    private static final java.util.List<String> PATHS = java.util.List.of("/api/v1/feedback", "/api/v1/surveys", "/api/v1/survey-responses", "/voice/", "/s/");

    private final MessageSource messages;

    VoiceFieldLabels(MessageSource messages) {
        this.messages = messages;
    }

    /** Only this module's pages and API: its names (status, title, reason …) are common words elsewhere. */
    @Override
    public boolean labels(String path) {
        return PATHS.stream().anyMatch(path::startsWith);
    }

    @Override
    public Optional<String> label(String field, Locale locale) {
        String name = field.startsWith("filter[") ? field.substring(7).replaceAll("\\].*", "") : field;
        name = name.replaceAll("\\[.*", "");
        return FIELDS.contains(name) ? Optional.of(messages.getMessage("voice.field." + name, null, name, locale))
                : Optional.empty();
    }
}
