package dev.kizuna.success;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * A meeting as an iCalendar invitation (RFC 5545, {@code text/calendar}): one event an hour long from the meeting's
 * start, its summary, agenda and attendees, with the meeting's id as UID so a second download updates the same
 * calendar entry instead of adding another.
 */
public final class MeetingInvitation {

    static final Duration LENGTH = Duration.ofHours(1);
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    /** Someone invited: a name and an e-mail address (people without one are left out). */
    public record Attendee(String name, String email) {
    }

    private MeetingInvitation() {
    }

    public static String of(Meeting meeting, String summary, List<Attendee> attendees, String host, Instant now) {
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//Kizuna//Customer success//JA");
        line(ics, "METHOD:PUBLISH");
        line(ics, "BEGIN:VEVENT");
        line(ics, "UID:" + meeting.id() + "@" + host);
        line(ics, "SEQUENCE:" + meeting.version());
        line(ics, "DTSTAMP:" + UTC.format(now));
        line(ics, "DTSTART:" + UTC.format(meeting.startsAt()));
        line(ics, "DTEND:" + UTC.format(meeting.startsAt().plus(LENGTH)));
        line(ics, "SUMMARY:" + text(summary));
        if (meeting.agenda() != null && !meeting.agenda().isBlank()) {
            line(ics, "DESCRIPTION:" + text(meeting.agenda()));
        }
        line(ics, "STATUS:" + ("cancelled".equals(meeting.status()) ? "CANCELLED" : "CONFIRMED"));
        for (Attendee a : attendees) {
            if (a.email() != null && !a.email().isBlank()) {
                line(ics, "ATTENDEE;CN=" + param(a.name()) + ":mailto:" + a.email().strip());
            }
        }
        line(ics, "END:VEVENT");
        line(ics, "END:VCALENDAR");
        return ics.toString();
    }

    /** TEXT value escaping: backslash, semicolon, comma and line breaks. */
    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n")
                .replace("\n", "\\n").replace("\r", "\\n");
    }

    /** A parameter value: quoted, without the characters a quoted value may not hold. */
    private static String param(String value) {
        return "\"" + (value == null ? "" : value.replace("\"", "'").replaceAll("[\\r\\n]", " ")) + "\"";
    }

    /** Content lines end in CRLF and fold at 75 octets (UTF-8), never inside a character. */
    private static void line(StringBuilder ics, String content) {
        int octets = 0;
        int start = 0;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            if (octets + size > (start == 0 ? 75 : 74)) {
                ics.append(content, start, i).append("\r\n ");
                start = i;
                octets = 0;
            }
            octets += size;
            i += Character.charCount(cp);
        }
        ics.append(content.substring(start)).append("\r\n");
    }
}
