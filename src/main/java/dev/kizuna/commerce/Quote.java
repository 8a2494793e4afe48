package dev.kizuna.commerce;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A quote (見積書) revision: its number is the quote's for every revision (Q-2026-000123), {@code revision} counts
 * from 1. The recipient's name and the issuer are copied in when it is made, so a printed quote never changes.
 * Only the newest revision of a number can change, and only while it is a draft.
 */
public record Quote(UUID id, String number, int revision, UUID dealId, String dealName, UUID companyId,
        String recipientName, UUID ownerId, String title, LocalDate issuedOn, LocalDate validUntil, String notes,
        QuoteStatus status, List<LineItem> lines, Totals totals, Issuer issuer, Instant sentAt, String sentTo,
        long version, Instant createdAt, Instant updatedAt) {

    public boolean editable() {
        return status == QuoteStatus.DRAFT;
    }

    public boolean latest() {
        return status != QuoteStatus.SUPERSEDED;
    }

    /** Q-2026-000123, or Q-2026-000123-2 from the second revision on (file names, mail subjects). */
    public String label() {
        return revision == 1 ? number : number + "-" + revision;
    }
}
