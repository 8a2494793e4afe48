package dev.kizuna.success;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What the phase board filters and sorts by: the current phase (a built-in key such as {@code onboarding}, an
 * administrator's phase name, or {@code before} for plans whose first phase has not started), the CS owner, only
 * plans with overdue items, go-live between two days, customers with a contract due for renewal (an active
 * contract ending from today to {@code renewalWithinDays} ahead: 30, 60 or 90, as on the renewals list); sort {@code goLive} (default) or {@code customer} (reading).
 */
public record PlanFilter(String phase, UUID ownerUserId, Boolean overdue, LocalDate goLiveFrom, LocalDate goLiveTo,
        Integer renewalWithinDays, String sort) {

    public static final List<String> SORTS = List.of("goLive", "customer");
    public static final String BEFORE = "before";

    public static PlanFilter none() {
        return new PlanFilter(null, null, null, null, null, null, null);
    }

    public String sortOrDefault() {
        return sort == null || sort.isBlank() ? "goLive" : sort;
    }
}
