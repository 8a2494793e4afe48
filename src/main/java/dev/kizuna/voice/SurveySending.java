package dev.kizuna.voice;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import dev.kizuna.customers.Companies;
import dev.kizuna.customers.Company;
import dev.kizuna.customers.Contact;
import dev.kizuna.customers.Contacts;
import dev.kizuna.platform.Ids;
import dev.kizuna.platform.api.Check;
import dev.kizuna.platform.api.NotFoundException;
import dev.kizuna.platform.api.PageQuery;
import dev.kizuna.platform.audit.AuditLog;
import dev.kizuna.platform.security.CurrentActor;
import dev.kizuna.work.TargetLists;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sending a survey to chosen contacts or to a target list's customers (each one's primary contact): every contact of a
 * customer that accepts e-mail and has an address gets a personal link (one answer) by e-mail in the survey's
 * language; the others are listed as skipped with the reason. With e-mail off the links are made and returned. Mails
 * are queued with the invitations and go out after the commit ({@link SurveyInvitationMail}): the mail server being
 * down loses none and sends none twice.
 */
@Service
@Transactional
public class SurveySending {

    public static final int MAX_RECIPIENTS = 500;

    /** A personal link made: to whom, the link, whether it went by e-mail. */
    public record Sent(UUID contactId, UUID companyId, String link, boolean mailed) {
    }

    /** A contact left out, and why ({@code VoiceNotOptedIn}, {@code VoiceNoEmail}, {@code UnknownId}). */
    public record Skipped(UUID contactId, String reason) {
    }

    public record Result(List<Sent> sent, List<Skipped> skipped) {
    }

    private final Surveys surveys;
    private final SurveyRepository repository;
    private final Contacts contacts;
    private final Companies companies;
    private final TargetLists targetLists;
    private final VoiceMailer mailer;
    private final SurveyInvitationMailRepository outbox;
    private final SurveyInvitationMail invitationMail;
    private final MessageSource messages;
    private final AuditLog audit;
    private final String baseUrl;

    SurveySending(Surveys surveys, SurveyRepository repository, Contacts contacts, Companies companies,
            TargetLists targetLists, VoiceMailer mailer, SurveyInvitationMailRepository outbox,
            SurveyInvitationMail invitationMail, MessageSource messages, AuditLog audit,
            @Value("${kizuna.base-url:}") String baseUrl) {
        this.outbox = outbox;
        this.invitationMail = invitationMail;
        this.surveys = surveys;
        this.repository = repository;
        this.contacts = contacts;
        this.companies = companies;
        this.targetLists = targetLists;
        this.mailer = mailer;
        this.messages = messages;
        this.audit = audit;
        this.baseUrl = baseUrl == null ? "" : baseUrl.replaceAll("/+$", "");
    }

    @PreAuthorize("hasRole('MEMBER')")
    public Result send(UUID surveyId, List<UUID> contactIds, UUID targetListId) {
        Survey survey = surveys.find(surveyId);
        Set<UUID> wanted = new LinkedHashSet<>(contactIds == null ? List.of() : contactIds);
        Check.of().failIf(wanted.isEmpty() && targetListId == null, "contactIds", "NotBlank")
                .failIf(wanted.size() > MAX_RECIPIENTS, "contactIds", "Range", 1, MAX_RECIPIENTS).verify();
        List<Skipped> skipped = new ArrayList<>();
        if (targetListId != null) {
            wanted.addAll(primaryContactsOf(targetListId, skipped));
        }
        List<Sent> sent = new ArrayList<>();
        for (UUID contactId : wanted.stream().limit(MAX_RECIPIENTS).toList()) {
            Contact contact = contactOrNull(contactId);
            Company company = contact == null ? null : companies.findOrNull(contact.companyId());
            String reason = contact == null || company == null ? "UnknownId" : !company.emailOptIn() ? "VoiceNotOptedIn"
                    : contact.email() == null || contact.email().isBlank() ? "VoiceNoEmail" : null;
            if (reason != null) {
                skipped.add(new Skipped(contactId, reason));
                continue;
            }
            String token = SurveyLinks.newToken();
            String link = baseUrl + SurveyLinks.path(token);
            boolean mail = mailer.on();
            UUID invitation = Ids.newId();
            repository.insertInvitation(invitation, surveyId, SurveyLinks.hash(token), company.id(), contact.id(),
                    false, CurrentActor.idOrNull());
            if (mail) {
                Locale locale = Locale.forLanguageTag(survey.language());
                outbox.queue(invitation, contact.email(), messages.getMessage("voice.survey.mailSubject",
                        new Object[] {survey.title()}, locale), messages.getMessage("voice.survey.mailBody",
                        new Object[] {company.name(), contact.name(), survey.title(), survey.intro(), link}, locale),
                        java.time.Instant.now());
            }
            sent.add(new Sent(contact.id(), company.id(), link, mail));
        }
        if (sent.stream().anyMatch(Sent::mailed)) {
            invitationMail.afterCommit(); // sent once this commits; a mail the server turns away is tried again
        }
        audit.record("survey.sent", Surveys.AUDIT_TYPE, surveyId, null,
                java.util.Map.of("sent", sent.size(), "skipped", skipped.size()));
        return new Result(sent, skipped);
    }

    private List<UUID> primaryContactsOf(UUID targetListId, List<Skipped> skipped) {
        List<UUID> out = new ArrayList<>();
        for (var member : targetLists.waiting(targetListId, PageQuery.first(PageQuery.MAX_LIMIT)).items()) {
            contacts.forCompany(member.companyId()).stream()
                    .sorted((a, b) -> Boolean.compare(b.primary(), a.primary())).findFirst()
                    .ifPresentOrElse(c -> out.add(c.id()), () -> skipped.add(new Skipped(null, "VoiceNoContact")));
        }
        return out;
    }

    private Contact contactOrNull(UUID id) {
        try {
            return contacts.find(id);
        } catch (NotFoundException e) {
            return null;
        }
    }
}
