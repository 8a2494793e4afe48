package dev.kizuna.success;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** What moving a go-live date did: from, to, by how many days, how many checklist items and meetings moved. */
public record GoLiveMove(LocalDate from, LocalDate to, long days, int items, int meetings) {

    static long daysBetween(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to);
    }

    public boolean moved() {
        return days != 0;
    }
}
