package dev.kizuna.success;

import java.time.LocalDate;

/**
 * Seed 003's early renewal (導入初期での更新率): a renewal decided at least {@code earlyDays} days before the term's
 * end counts as early; {@code earlyDays} is an administrator's setting (30 unless changed). Pure.
 */
record RenewalRule(int earlyDays) {

    boolean early(LocalDate decidedOn, LocalDate endsOn) {
        return !decidedOn.isAfter(endsOn.minusDays(earlyDays));
    }
}
