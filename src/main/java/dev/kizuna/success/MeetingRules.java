package dev.kizuna.success;

import java.util.List;
import java.util.UUID;

import dev.kizuna.customers.Companies;
import dev.kizuna.customers.Contacts;
import dev.kizuna.identity.Users;
import dev.kizuna.platform.api.Check;
import org.springframework.stereotype.Component;

/** Checks a meeting as typed: a known customer, a kind, a time, known attendees (the customer's own contacts). */
@Component
class MeetingRules {

    private final Companies companies;
    private final Contacts contacts;
    private final Users users;

    MeetingRules(Companies companies, Contacts contacts, Users users) {
        this.companies = companies;
        this.contacts = contacts;
        this.users = users;
    }

    MeetingDraft verify(MeetingDraft d) {
        String agenda = d.agenda() == null ? "" : d.agenda().strip();
        List<UUID> people = d.attendeeUserIds() == null ? List.of() : d.attendeeUserIds().stream().distinct().toList();
        List<UUID> guests = d.attendeeContactIds() == null ? List.of()
                : d.attendeeContactIds().stream().distinct().toList();
        boolean knownCompany = d.companyId() != null && companies.findOrNull(d.companyId()) != null;
        List<UUID> theirs = knownCompany ? contacts.forCompany(d.companyId()).stream()
                .map(dev.kizuna.customers.Contact::id).toList() : List.of();
        Check.of()
                .required("companyId", d.companyId())
                .failIf(d.companyId() != null && !knownCompany, "companyId", "UnknownId")
                .required("kind", d.kind())
                .oneOf("kind", d.kind(), Meeting.KINDS)
                .required("startsAt", d.startsAt())
                .maxLength("agenda", agenda, 5000)
                .failIf(people.size() > 50, "attendeeUserIds", "MaxItems", 50)
                .failIf(people.stream().anyMatch(u -> !users.exists(u)), "attendeeUserIds", "UnknownUser")
                .failIf(guests.size() > 50, "attendeeContactIds", "MaxItems", 50)
                .failIf(knownCompany && !theirs.containsAll(guests), "attendeeContactIds", "UnknownId")
                .verify();
        return new MeetingDraft(d.companyId(), d.kind(), d.startsAt(), agenda, people, guests);
    }
}
