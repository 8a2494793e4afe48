package dev.kizuna.success;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a batch of scores of a day in one transaction: the snapshot first (a customer's day is written once: a
 * second instance or a re-run finds it there and does nothing more), then the current score; a change of band
 * publishes {@link HealthBandEntered}, a drop of the model's points within its days records a drop alert and
 * publishes {@link HealthScoreDropped}.
 */
@Component
class HealthRecorder {

    private final HealthSnapshotRepository snapshots;
    private final HealthScoreRepository scores;
    private final HealthActionRepository actions;
    private final ApplicationEventPublisher events;

    HealthRecorder(HealthSnapshotRepository snapshots, HealthScoreRepository scores, HealthActionRepository actions,
            ApplicationEventPublisher events) {
        this.snapshots = snapshots;
        this.scores = scores;
        this.actions = actions;
        this.events = events;
    }

    /** Returns how many customers' scores this call wrote. */
    @Transactional
    public int record(List<HealthScorer.Scored> batch, LocalDate day, boolean replace) {
        int written = 0;
        for (HealthScorer.Scored s : batch) {
            CustomerToScore c = s.customer();
            if (!snapshots.put(c.id(), day, s.model(), s.card(), replace)) {
                continue;
            }
            written++;
            HealthBand previous = scores.lockBand(c.id()).map(HealthBand::of).orElse(null);
            boolean changed = previous != s.card().band();
            scores.put(c.id(), s.model(), s.card(), day, changed);
            HealthDefinition d = s.model().definition();
            if (changed) {
                events.publishEvent(new HealthBandEntered(c.id(), c.name(), c.ownerId(), s.card().band(), previous,
                        s.card().score(), s.model().id(), s.model().number(), day, d.routeDanger(),
                        d.routeExpansion()));
            }
            dropped(s, day, d);
        }
        return written;
    }

    private void dropped(HealthScorer.Scored s, LocalDate day, HealthDefinition d) {
        CustomerToScore c = s.customer();
        BigDecimal now = s.card().score();
        BigDecimal high = snapshots.highest(c.id(), day.minusDays(d.dropDays()), day).orElse(null);
        if (high == null || high.subtract(now).compareTo(BigDecimal.valueOf(d.dropPoints())) < 0
                || actions.since(c.id(), "drop_alert", day.minusDays(d.dropDays())
                        .atStartOfDay(SuccessClock.ZONE).toInstant())) {
            return;
        }
        actions.insert(c.id(), "drop_alert", s.card().band(), now,
                "score " + high.toPlainString() + " → " + now.toPlainString() + " within " + d.dropDays() + " days",
                null, c.ownerId());
        events.publishEvent(new HealthScoreDropped(c.id(), c.name(), c.ownerId(), high, now, d.dropDays()));
    }
}
