package dev.kizuna.commerce;

import java.time.LocalDate;
import java.util.List;

/** What a person enters for a quote; empty dates get defaults (today, and the setting's days of validity). */
public record QuoteDraft(String title, LocalDate issuedOn, LocalDate validUntil, String notes,
        List<LineDraft> lines) {
}
