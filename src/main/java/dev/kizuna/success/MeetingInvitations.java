package dev.kizuna.success;

import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import dev.kizuna.customers.Companies;
import dev.kizuna.customers.Contacts;
import dev.kizuna.identity.Users;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A meeting's .ics invitation, in the reader's language, with the attendees who have an e-mail address. */
@Service
public class MeetingInvitations {

    private final Meetings meetings;
    private final Companies companies;
    private final Contacts contacts;
    private final Users users;
    private final MessageSource messages;
    private final String host;
    private final Clock clock = Clock.systemUTC();

    MeetingInvitations(Meetings meetings, Companies companies, Contacts contacts, Users users, MessageSource messages,
            @Value("${kizuna.base-url:http://localhost:8080}") String baseUrl) {
        this.meetings = meetings;
        this.companies = companies;
        this.contacts = contacts;
        this.users = users;
        this.messages = messages;
        this.host = Objects.requireNonNullElse(URI.create(baseUrl.isBlank() ? "http://localhost" : baseUrl).getHost(), "localhost");
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public String ics(UUID meetingId) {
        Meeting meeting = meetings.find(meetingId);
        String kind = messages.getMessage("success.meeting.kind." + meeting.kind(), null, meeting.kind(),
                LocaleContextHolder.getLocale());
        String summary = kind + ": " + companies.find(meeting.companyId()).name();
        List<MeetingInvitation.Attendee> attendees = new ArrayList<>();
        for (UUID user : meeting.attendeeUserIds()) {
            var u = users.find(user);
            attendees.add(new MeetingInvitation.Attendee(u.displayName(), u.email()));
        }
        for (UUID contact : meeting.attendeeContactIds()) {
            var c = contacts.find(contact);
            attendees.add(new MeetingInvitation.Attendee(c.name(), c.email()));
        }
        return MeetingInvitation.of(meeting, summary, attendees, host, clock.instant());
    }
}
