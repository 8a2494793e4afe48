package dev.kizuna.sales;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The deal side of the daily report (日報): what the insights module reads, per deal owner and in total. */
@Service
@Transactional(readOnly = true)
public class SalesDay {

    private final SalesDayRepository deals;
    private final StallRule rule;

    SalesDay(SalesDayRepository deals, StallRule rule) {
        this.deals = deals;
        this.rule = rule;
    }

    /** Per owner (null key: deals without an owner): moves forward, wins and losses in [from, to); stalled now. */
    @PreAuthorize("hasRole('MEMBER')")
    public Map<UUID, DealFigures> byOwner(Instant from, Instant to) {
        Map<UUID, DealFigures> out = new HashMap<>();
        deals.movedForward(from, to).forEach((owner, n) ->
                out.merge(owner, new DealFigures(n, 0, 0, 0, 0, 0), DealFigures::plus));
        deals.closed(from, to).forEach(t -> out.merge(t.ownerId(), "won".equals(t.status())
                ? new DealFigures(0, t.count(), t.amount(), 0, 0, 0)
                : new DealFigures(0, 0, 0, t.count(), t.amount(), 0), DealFigures::plus));
        deals.stalledByOwner(rule.now()).forEach((owner, n) ->
                out.merge(owner, new DealFigures(0, 0, 0, 0, 0, n), DealFigures::plus));
        return out;
    }

    /** Everyone's figures together. */
    @PreAuthorize("hasRole('MEMBER')")
    public DealFigures total(Instant from, Instant to) {
        return byOwner(from, to).values().stream().reduce(DealFigures.NONE, DealFigures::plus);
    }
}
