package dev.kizuna.success;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What the retention report needs of one contract: its customer, when it started, when it churned (null while it
 * runs) and its monthly amount over time ({@code amounts}: from which day which monthly yen, oldest first).
 */
record ContractFact(UUID companyId, LocalDate startsOn, LocalDate churnedOn, List<Amount> amounts) {

    record Amount(LocalDate from, long monthly) {
    }

    /** Running on the day: started on or before it and not churned on or before it. */
    boolean activeOn(LocalDate day) {
        return !startsOn.isAfter(day) && (churnedOn == null || churnedOn.isAfter(day));
    }

    long monthlyOn(LocalDate day) {
        long value = amounts.getFirst().monthly();
        for (Amount a : amounts) {
            if (!a.from().isAfter(day)) {
                value = a.monthly();
            }
        }
        return value;
    }
}
