package dev.kizuna.commerce;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The order side of the daily report (日報): what the insights module reads, per order owner and in total. */
@Service
@Transactional(readOnly = true)
public class CommerceDay {

    private final CommerceDayRepository rows;

    CommerceDay(CommerceDayRepository rows) {
        this.rows = rows;
    }

    /**
     * Per owner (null key: orders without an owner): orders and payments received from {@code first} to
     * {@code last} (Tokyo days, inclusive), and orders unpaid past their due date as of {@code asOf}.
     */
    @PreAuthorize("hasRole('MEMBER')")
    public Map<UUID, CommerceFigures> byOwner(LocalDate first, LocalDate last, LocalDate asOf) {
        Map<UUID, CommerceFigures> out = new HashMap<>();
        rows.ordered(first, last).forEach(s -> out.merge(s.ownerId(),
                new CommerceFigures(s.count(), s.amount(), 0, 0, 0, 0), CommerceFigures::plus));
        rows.received(first, last).forEach(s -> out.merge(s.ownerId(),
                new CommerceFigures(0, 0, s.count(), s.amount(), 0, 0), CommerceFigures::plus));
        rows.overdue(asOf).forEach(s -> out.merge(s.ownerId(),
                new CommerceFigures(0, 0, 0, 0, s.count(), s.amount()), CommerceFigures::plus));
        return out;
    }
}
