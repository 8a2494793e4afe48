package dev.kizuna.voice;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.kizuna.activities.TimelineEntry;
import dev.kizuna.activities.OneKindTimelineSource;
import org.springframework.stereotype.Component;

/** A customer's timeline shows its survey answers (kind {@code survey}): the survey, the NPS score and each answer. */
@Component
class SurveyTimelineSource extends OneKindTimelineSource {

    static final String KIND = "survey";

    private final SurveyResponseRepository responses;

    SurveyTimelineSource(SurveyResponseRepository responses) {
        super(KIND, false);
        this.responses = responses;
    }

    @Override
    protected List<TimelineEntry> entries(UUID companyId, UUID contactId, Instant before, UUID beforeId,
            int limit) {
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
