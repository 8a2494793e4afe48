package dev.kizuna.success;

import java.time.LocalDate;
import java.util.UUID;

/** A new contract or changes to its terms (the plan and amount change through a plan change, kept in history). */
public record ContractDraft(UUID companyId, String planName, Long amount, String billing, LocalDate startsOn,
        LocalDate endsOn, Boolean autoRenew, Integer noticeDays, UUID renewalOwnerUserId) {
}
