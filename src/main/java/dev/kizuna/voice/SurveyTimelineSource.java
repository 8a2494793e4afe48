package dev.kizuna.voice;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.kizuna.activities.TimelineEntry;
import dev.kizuna.activities.TimelineSource;
import org.springframework.stereotype.Component;

/** A customer's timeline shows its survey answers (kind {@code survey}): the survey, the NPS score and each answer. */
@Component
class SurveyTimelineSource implements TimelineSource {

    static final String KIND = "survey";

    private final SurveyResponseRepository responses;

    SurveyTimelineSource(SurveyResponseRepository responses) {
        this.responses = responses;
    }

    @Override
    public List<String> kinds() {
        return List.of(KIND);
    }

    @Override
    public List<TimelineEntry> entries(UUID companyId, UUID contactId, List<String> kinds, Instant before,
            UUID beforeId, int limit) {
        if (kinds != null && !kinds.isEmpty() && !kinds.contains(KIND)) {
            return List.of();
        }
        return responses.ofCompany(companyId, contactId, before, beforeId, limit).stream()
                .map(r -> new TimelineEntry(KIND, r.submittedAt(), r.id(), r.surveyTitle()
                        + (r.nps() == null ? "" : " (NPS " + r.nps() + ")"), "voice.timeline.survey", detail(r),
                        r.contactName(), "/voice/surveys/" + r.surveyId(), 0))
                .toList();
    }

    private static String detail(SurveyResponse r) {
        return r.answers().stream().map(a -> a.label() + ": " + (a.score() != null ? a.score().toString()
                : !a.choices().isEmpty() ? String.join(", ", a.choices()) : a.text()))
                .collect(Collectors.joining("\n"));
    }
}
