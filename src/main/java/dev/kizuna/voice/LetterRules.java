package dev.kizuna.voice;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.kizuna.platform.api.FieldProblem;
import dev.kizuna.platform.calendar.BusinessCalendar;

/**
 * The reply desk's rules, free of Spring and the database (seed 002's お手紙返信): when a letter is due ("never let
 * the outputs pile up for two days": 18:00 of the second business day after it came in), which step may follow which,
 * the targets of the three outputs (reply 30, catch copies 15, rough 15 minutes) and the two-hour limit, and what a
 * set needs before it goes to the department head — including seed 002's check that the customer's name is written
 * right before 様.
 */
final class LetterRules {

    static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");
    static final LocalTime DUE_TIME = LocalTime.of(18, 0);
    static final Map<String, Integer> TARGET_MINUTES = Map.of("reply", 30, "copies", 15, "rough", 15);
    /** Seed 002: never spend more than two hours on one letter. */
    static final long LIMIT_SECONDS = 2 * 60 * 60;

    private LetterRules() {
    }

    /** 18:00 (Tokyo) of the day {@code backlogDays} business days after the letter came in. */
    static Instant dueAt(LocalDate receivedOn, int backlogDays, BusinessCalendar calendar) {
        return calendar.addBusinessDays(receivedOn, backlogDays).atTime(DUE_TIME).atZone(ZONE).toInstant();
    }

    static boolean overTarget(String output, long seconds) {
        return seconds > TARGET_MINUTES.get(output) * 60L;
    }

    static boolean overLimit(long totalSeconds) {
        return totalSeconds > LIMIT_SECONDS;
    }

    /** Who may claim: an unclaimed letter not yet sent; the claimer's own letter again is harmless. */
    static FieldProblem claimProblem(Letter l, UUID who) {
        if (l.sent()) {
            return FieldProblem.of("status", "LetterState", l.status());
        }
        if (l.assigneeId() != null && !l.assigneeId().equals(who)) {
            return FieldProblem.of("assigneeId", "LetterTaken", l.assigneeName());
        }
        return null;
    }

    /** Writing (text, timers, research) is for the writer who claimed it, while it is being written or returned. */
    static FieldProblem writeProblem(Letter l, UUID who) {
        if (l.assigneeId() == null || !l.assigneeId().equals(who)) {
            return FieldProblem.of("assigneeId", "LetterNotYours");
        }
        if (!List.of("writing", "returned").contains(l.status())) {
            return FieldProblem.of("status", "LetterState", l.status());
        }
        return null;
    }

    /** Seed 002: never start writing before checking the customer. */
    static FieldProblem startProblem(Letter l, String output) {
        if (!Letter.OUTPUTS.contains(output)) {
            return FieldProblem.of("output", "OneOf", String.join(", ", Letter.OUTPUTS));
        }
        return l.researchedAt() == null ? FieldProblem.of("researched", "LetterResearchFirst") : null;
    }

    /** What the set lacks before it can go to the department head. */
    static List<FieldProblem> submitProblems(Letter l) {
        List<FieldProblem> problems = new ArrayList<>();
        if (l.researchedAt() == null) {
            problems.add(FieldProblem.of("researched", "LetterResearchFirst"));
        }
        if (l.reply().isBlank()) {
            problems.add(FieldProblem.of("reply", "NotBlank"));
        } else if (!namesRight(l.reply(), l.addressee())) {
            problems.add(FieldProblem.of("reply", "LetterNameCheck", l.addressee()));
        }
        for (int i = 0; i < 3; i++) {
            if (l.copies().get(i).isBlank()) {
                problems.add(FieldProblem.of("copies[" + i + "]", "NotBlank"));
            }
        }
        if (l.rough().isBlank()) {
            problems.add(FieldProblem.of("rough", "NotBlank"));
        }
        return problems;
    }

    /** The reply addresses the customer by the name on record followed by 様 (spaces ignored). */
    static boolean namesRight(String reply, String name) {
        String text = reply.replaceAll("[\\s\\u3000]", "");
        String who = name == null ? "" : name.replaceAll("[\\s\\u3000]", "");
        return !who.isEmpty() && text.contains(who + "様");
    }

    /** The head decides on a submitted set; a return needs its comment. */
    static List<FieldProblem> reviewProblems(Letter l, String decision, String comment) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!"submitted".equals(l.status())) {
            problems.add(FieldProblem.of("status", "LetterState", l.status()));
        }
        if (decision == null || decision.isBlank()) {
            problems.add(FieldProblem.of("decision", "NotBlank"));
        } else if (!List.of("approved", "returned").contains(decision)) {
            problems.add(FieldProblem.of("decision", "OneOf", "approved, returned"));
        }
        if ("returned".equals(decision) && (comment == null || comment.isBlank())) {
            problems.add(FieldProblem.of("comment", "LetterReturnComment"));
        }
        if (comment != null && comment.length() > 2000) {
            problems.add(FieldProblem.of("comment", "Size", 2000, 0));
        }
        return problems;
    }

    /** Only an approved set is marked sent. */
    static FieldProblem sendProblem(Letter l) {
        return "approved".equals(l.status()) ? null : FieldProblem.of("status", "LetterNotApproved");
    }
}
