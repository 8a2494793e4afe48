package dev.kizuna.voice;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A customer's postcard or letter on the reply desk (seed 002's お手紙返信): what the customer wrote, when it came in
 * and by when it must be answered, who is answering it (claimed), and the three outputs with the time spent on each.
 * {@code timerOutput} is the output whose timer is running since {@code timerStartedAt}, or null. {@code scanId}: the
 * postcard's scan (its pictures) when it was added from one ({@link LetterScans}), else null.
 */
public record Letter(UUID id, String kind, UUID companyId, String companyName, UUID contactId, String contactName,
        LocalDate receivedOn, Instant dueAt, String body, String status, UUID assigneeId, String assigneeName,
        Instant claimedAt, Instant researchedAt, String reply, List<String> copies, String rough, int replySeconds,
        int copiesSeconds, int roughSeconds, String timerOutput, Instant timerStartedAt, Instant submittedAt,
        Instant approvedAt, Instant sentAt, UUID activityId, long version, Instant createdAt, Instant updatedAt,
        UUID scanId) {

    public static final List<String> KINDS = List.of("postcard", "letter");
    public static final List<String> STATUSES = List.of("received", "writing", "submitted", "returned", "approved",
            "sent");
    /** The three outputs of seed 002, in the order they are written. */
    public static final List<String> OUTPUTS = List.of("reply", "copies", "rough");

    /** Not answered yet and past its due time. */
    public boolean overdue(Instant now) {
        return !"sent".equals(status) && now.isAfter(dueAt);
    }

    public boolean sent() {
        return "sent".equals(status);
    }

    /** Seconds spent on one output so far, the running stretch included. */
    public long seconds(String output, Instant now) {
        long recorded = switch (output) {
            case "reply" -> replySeconds;
            case "copies" -> copiesSeconds;
            default -> roughSeconds;
        };
        return recorded + (output.equals(timerOutput) ? running(now) : 0);
    }

    /** Seconds of the three outputs together, the running stretch included. */
    public long totalSeconds(Instant now) {
        return replySeconds + copiesSeconds + roughSeconds + running(now);
    }

    private long running(Instant now) {
        return timerStartedAt == null ? 0 : Math.max(0, Duration.between(timerStartedAt, now).toSeconds());
    }

    /** The name the reply must address (the contact who wrote, else the customer). */
    public String addressee() {
        return contactName != null && !contactName.isBlank() ? contactName : companyName;
    }
}
