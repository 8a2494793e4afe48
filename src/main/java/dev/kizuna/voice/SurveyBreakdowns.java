package dev.kizuna.voice;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.kizuna.platform.api.Check;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Survey results per segment and per month (issue 19's "NPS and distributions overall, per segment, per period"): the
 * counting is done in SQL, grouped by segment and score, so 100,000 answers never leave the database.
 */
@Service
@Transactional(readOnly = true)
public class SurveyBreakdowns {

    private final Surveys surveys;
    private final SurveyBreakdownRepository repository;

    SurveyBreakdowns(Surveys surveys, SurveyBreakdownRepository repository) {
        this.surveys = surveys;
        this.repository = repository;
    }

    /** NPS per segment of {@code by} and per month, over [{@code from}, {@code to}) (either may be null). */
    @PreAuthorize("isAuthenticated()")
    public SurveyBreakdown breakdown(UUID surveyId, String by, Instant from, Instant to) {
        Check.of().required("by", by).oneOf("by", by, SurveyBreakdown.DIMENSIONS)
                .failIf(from != null && to != null && !from.isBefore(to), "to", "VoicePeriod").verify();
        surveys.find(surveyId);
        List<SurveyBreakdown.Group> groups = groups(repository.npsCountsBy(surveyId, by, from, to));
        List<SurveyBreakdown.Month> months = repository.npsCountsByMonth(surveyId, from, to).entrySet().stream()
                .map(e -> new SurveyBreakdown.Month(e.getKey(), Nps.of(e.getValue()))).toList();
        return new SurveyBreakdown(by, groups, months);
    }

    /** The largest segments first (then by key, unknown last); past {@link SurveyBreakdown#MAX_GROUPS} one "others". */
    static List<SurveyBreakdown.Group> groups(Map<String, long[]> counts) {
        List<SurveyBreakdown.Group> all = new ArrayList<>(counts.entrySet().stream()
                .map(e -> new SurveyBreakdown.Group(e.getKey(), Nps.of(e.getValue()))).toList());
        all.sort(Comparator.comparingLong((SurveyBreakdown.Group g) -> -g.nps().answered())
                .thenComparing(SurveyBreakdown.Group::key, Comparator.nullsLast(Comparator.naturalOrder())));
        if (all.size() <= SurveyBreakdown.MAX_GROUPS) {
            return all;
        }
        List<SurveyBreakdown.Group> out = new ArrayList<>(all.subList(0, SurveyBreakdown.MAX_GROUPS - 1));
        long p = 0;
        long pass = 0;
        long d = 0;
        for (SurveyBreakdown.Group g : all.subList(SurveyBreakdown.MAX_GROUPS - 1, all.size())) {
            p += g.nps().promoters();
            pass += g.nps().passives();
            d += g.nps().detractors();
        }
        out.add(new SurveyBreakdown.Group(SurveyBreakdown.Group.OTHERS, new Nps(p, pass, d)));
        return out;
    }
}
