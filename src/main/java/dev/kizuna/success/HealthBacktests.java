package dev.kizuna.success;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.kizuna.platform.api.Check;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Back-tests a model (a draft before publishing, or a published one) against the customers' own history: each churn
 * and renewal in the period is scored as it would have been {@code daysBefore} days earlier, from what was known
 * then (activities that had happened, payments made, items ticked, renewals decided by that day; custom fields have
 * no history and count as they are now). The figures: AUC, churn rate and lift per band, a lift chart.
 */
@Service
@Transactional(readOnly = true)
public class HealthBacktests {

    public static final int DEFAULT_DAYS_BEFORE = 60;

    private final HealthModels models;
    private final BacktestRepository history;
    private final HealthScorer scorer;
    private final SuccessClock clock;

    HealthBacktests(HealthModels models, BacktestRepository history, HealthScorer scorer, SuccessClock clock) {
        this.models = models;
        this.history = history;
        this.scorer = scorer;
        this.clock = clock;
    }

    /** {@code from}/{@code to} default to the last two years; {@code daysBefore} to 60. */
    @PreAuthorize("hasRole('MANAGER')")
    public BacktestResult run(UUID modelId, LocalDate from, LocalDate to, Integer daysBefore) {
        LocalDate end = to == null ? clock.today() : to;
        LocalDate start = from == null ? end.minusYears(2) : from;
        int d = daysBefore == null ? DEFAULT_DAYS_BEFORE : daysBefore;
        HealthModel model = models.find(modelId);
        Check.of().failIf(start.isAfter(end), "from", "HealthPeriod")
                .failIf(start.plusYears(5).isBefore(end), "to", "HealthPeriodLength", 5)
                .failIf(d < 1 || d > 730, "daysBefore", "Range", 1, 730).verify();
        HealthDefinition def = model.definition();
        Map<LocalDate, List<BacktestRepository.Event>> byDay = new LinkedHashMap<>();
        history.events(start, end).stream().filter(e -> def.segment().matches(e.kind(), e.tags()))
                .forEach(e -> byDay.computeIfAbsent(e.on().minusDays(d), k -> new ArrayList<>()).add(e));
        List<BacktestOutcome> outcomes = new ArrayList<>();
        byDay.forEach((asOf, events) -> {
            Map<UUID, ScoreCard> cards = scorer.cards(def, events.stream().map(BacktestRepository.Event::companyId)
                    .distinct().toList(), asOf);
            for (BacktestRepository.Event e : events) {
                ScoreCard card = cards.get(e.companyId());
                outcomes.add(new BacktestOutcome(e.companyId(), e.name(), e.on(), e.churned(), asOf, card.score(),
                        card.band()));
            }
        });
        return new BacktestResult(model.id(), model.name(), model.number(), start, end, d,
                BacktestFigures.of(outcomes), List.copyOf(outcomes));
    }
}
