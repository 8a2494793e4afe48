package dev.kizuna.voice;

import java.util.List;
import java.util.Set;

import dev.kizuna.platform.api.ModuleFieldLabels;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Labels the voice fields in error messages ({@code voice.field.<name>}); answers[n] fields name the question. */
@Component
class VoiceFieldLabels extends ModuleFieldLabels {

    static final Set<String> FIELDS = Set.of(
            "kind", "body", "source", "productArea", "status", "statusReason", "mergeId", "votedBy", "sort", "title",
            "language", "intro", "thanks", "questions", "contactIds", "targetListId", "answers", "token", "anonymous",
            "from", "to", "receivedOn", "reply", "copies", "rough", "researched", "output", "action", "decision",
            "comment", "assigneeId", "overdue", "dueBy", "timer", "by", "managerId", "front", "back", "scanId");

    VoiceFieldLabels(MessageSource messages) {
        super(messages, "voice.field.", FIELDS, List.of("/api/v1/feedback", "/api/v1/surveys",
                "/api/v1/survey-responses", "/api/v1/letters", "/voice/", "/s/"));
    }

    /** An answer's field is named as the list ({@code answers[2].score} → answers). */
    @Override
    protected String nameOf(String field) {
        return super.nameOf(field).replaceAll("\\[.*", "");
    }
}
