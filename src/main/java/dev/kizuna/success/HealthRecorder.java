package dev.kizuna.success;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a batch of scores of a day in one transaction and a handful of statements: the snapshots first (a
 * customer's day is written once: a second instance or a re-run finds it there and does nothing more for that
 * customer), then the current scores of the customers whose day this call wrote; entering a band the model routes
 * (危険, 拡大候補) publishes {@link HealthBandEntered}, a drop of the model's points within its days records a drop alert and publishes
 * {@link HealthScoreDropped}.
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
        Set<UUID> wrote = snapshots.putAll(batch, day, replace);
        List<HealthScorer.Scored> mine = batch.stream().filter(s -> wrote.contains(s.customer().id())).toList();
        if (mine.isEmpty()) {
            return 0;
        }
        Map<UUID, String> before = scores.lockBands(mine.stream().map(s -> s.customer().id()).toList());
        scores.putAll(mine, day);
        for (HealthScorer.Scored s : mine) {
            String previous = before.get(s.customer().id());
            HealthDefinition d = s.model().definition();
            if (!s.card().band().code().equals(previous) && routes(d, s.card().band())) {
                CustomerToScore c = s.customer();
                events.publishEvent(new HealthBandEntered(c.id(), c.name(), c.ownerId(), s.card().band(),
                        previous == null ? null : HealthBand.of(previous), s.card().score(), s.model().id(),
                        s.model().number(), day, d.routeDanger(), d.routeExpansion()));
            }
        }
        mine.stream().collect(Collectors.groupingBy(s -> s.model().definition().dropDays()))
                .forEach((days, group) -> dropped(group, day, days));
        return mine.size();
    }

    /**
     * Only a band the model routes is published: a first scoring of every customer (a model published on a large
     * book) would otherwise queue an event per customer for listeners with nothing to do.
     */
    private static boolean routes(HealthDefinition d, HealthBand band) {
        return (band == HealthBand.DANGER && d.routeDanger()) || (band == HealthBand.EXPANSION && d.routeExpansion());
    }

    private void dropped(List<HealthScorer.Scored> group, LocalDate day, int days) {
        Map<UUID, BigDecimal> high = snapshots.highest(group.stream().map(s -> s.customer().id()).toList(),
                day.minusDays(days), day);
        for (HealthScorer.Scored s : group) {
            CustomerToScore c = s.customer();
            BigDecimal now = s.card().score();
            BigDecimal was = high.get(c.id());
            if (was == null || was.subtract(now).compareTo(BigDecimal.valueOf(s.model().definition().dropPoints())) < 0
                    || actions.since(c.id(), "drop_alert", day.minusDays(days).atStartOfDay(SuccessClock.ZONE)
                            .toInstant())) {
                continue;
            }
            actions.insert(c.id(), "drop_alert", s.card().band(), now, "score " + was.toPlainString() + " → "
                    + now.toPlainString() + " within " + days + " days", null, c.ownerId());
            events.publishEvent(new HealthScoreDropped(c.id(), c.name(), c.ownerId(), was, now, days));
        }
    }
}
