package dev.kizuna.voice;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A postcard or letter as typed in at intake: who sent it, the day it came in (default today) and its text, as a
 * person wrote or corrected it. {@code scanId}: the scan it was read from ({@link LetterScans}), kept with the letter;
 * null when there is none.
 */
public record LetterDraft(String kind, UUID companyId, UUID contactId, LocalDate receivedOn, String body, UUID scanId) {

    /** A letter typed in without a scan. */
    public LetterDraft(String kind, UUID companyId, UUID contactId, LocalDate receivedOn, String body) {
        this(kind, companyId, contactId, receivedOn, body, null);
    }
}
