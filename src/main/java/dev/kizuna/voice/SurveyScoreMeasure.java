package dev.kizuna.voice;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.kizuna.platform.api.Check;
import dev.kizuna.success.HealthMeasure;
import dev.kizuna.success.MeasureValue;
import org.springframework.stereotype.Component;

/**
 * The health measure {@code surveyScore} (issue 18, plugged in through success's {@link HealthMeasure}): each
 * customer's latest survey score as of a day — {@code kind} {@code nps} (default: the 0–10 recommendation score) or
 * {@code rating} (the latest rating answer) — answered within the last {@code days} days (default 365). Anonymous
 * answers belong to no customer and do not count; a customer without an answer has no data.
 */
@Component
class SurveyScoreMeasure implements HealthMeasure {

    static final List<String> KINDS = List.of("nps", "rating");

    private final SurveyResponseRepository responses;

    SurveyScoreMeasure(SurveyResponseRepository responses) {
        this.responses = responses;
    }

    @Override
    public String key() {
        return "surveyScore";
    }

    @Override
    public void check(Map<String, String> params, Check check, String field) {
        String kind = params.get("kind");
        check.oneOf(field + ".kind", kind == null || kind.isBlank() ? null : kind.strip(), KINDS);
        HealthMeasure.checkInt(params, "days", 1, 1825, check, field);
    }

    @Override
    public Map<UUID, MeasureValue> values(Collection<UUID> companyIds, LocalDate asOf, Map<String, String> params) {
        String kind = params.get("kind") == null || params.get("kind").isBlank() ? "nps" : params.get("kind").strip();
        int days = HealthMeasure.intParam(params, "days", 365);
        var end = asOf.plusDays(1).atStartOfDay(LetterRules.ZONE).toInstant();
        var start = asOf.minusDays(days).plusDays(1).atStartOfDay(LetterRules.ZONE).toInstant();
        Map<UUID, MeasureValue> values = new HashMap<>();
        responses.latestScores(companyIds, "rating".equals(kind), start, end)
                .forEach((id, score) -> values.put(id, MeasureValue.of(score)));
        return values;
    }
}
