package dev.kizuna.success;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A customer's service contract (契約): plan, amount in yen per month or per year ({@code billing}), start, end (the
 * renewal date), auto-renewal, notice period in days, who handles its renewal, and status ({@code active} or
 * {@code churned}).
 */
public record Contract(UUID id, UUID companyId, String companyName, String planName, long amount, String billing,
        LocalDate startsOn, LocalDate endsOn, boolean autoRenew, int noticeDays, UUID renewalOwnerUserId,
        String renewalOwnerName, String status, long version) {

    public static final List<String> BILLINGS = List.of("monthly", "yearly");

    /** The amount a month: a yearly amount's twelfth, rounded down. */
    public long monthlyAmount() {
        return "yearly".equals(billing) ? amount / 12 : amount;
    }

    /** The last day to give notice before the end. */
    public LocalDate noticeBy() {
        return endsOn.minusDays(noticeDays);
    }
}
