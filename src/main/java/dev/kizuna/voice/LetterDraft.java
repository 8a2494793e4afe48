package dev.kizuna.voice;

import java.time.LocalDate;
import java.util.UUID;

/** A postcard or letter as typed in at intake: who sent it, the day it came in (default today) and its text. */
public record LetterDraft(String kind, UUID companyId, UUID contactId, LocalDate receivedOn, String body) {
}
