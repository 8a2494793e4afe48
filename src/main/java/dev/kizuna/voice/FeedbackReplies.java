package dev.kizuna.voice;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import dev.kizuna.activities.Activities;
import dev.kizuna.activities.ActivityDraft;
import dev.kizuna.customers.Companies;
import dev.kizuna.customers.Company;
import dev.kizuna.customers.Contact;
import dev.kizuna.customers.Contacts;
import dev.kizuna.platform.api.Check;
import dev.kizuna.platform.api.NotFoundException;
import dev.kizuna.platform.audit.AuditLog;
import dev.kizuna.platform.security.CurrentActor;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Telling a customer what became of what they asked: a templated e-mail (in Japanese) to a contact of a customer that
 * accepts e-mail (メール配信可), once per item and address, and the text on the customer's timeline as a note.
 */
@Service
@Transactional
public class FeedbackReplies {

    /** What was sent: to whom, the subject and text, and the note on the timeline. */
    public record Reply(String to, String subject, String body, UUID activityId) {
    }

    private final FeedbackItems items;
    private final FeedbackRepository repository;
    private final Companies companies;
    private final Contacts contacts;
    private final Activities activities;
    private final VoiceMailer mailer;
    private final MessageSource messages;
    private final AuditLog audit;

    FeedbackReplies(FeedbackItems items, FeedbackRepository repository, Companies companies, Contacts contacts,
            Activities activities, VoiceMailer mailer, MessageSource messages, AuditLog audit) {
        this.items = items;
        this.repository = repository;
        this.companies = companies;
        this.contacts = contacts;
        this.activities = activities;
        this.mailer = mailer;
        this.messages = messages;
        this.audit = audit;
    }

    /** The e-mail a customer would get, without sending it (for the page that offers it). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Reply preview(UUID feedbackId, UUID companyId, UUID contactId) {
        Feedback item = items.find(feedbackId);
        Contact contact = contactId == null ? null : contactOrNull(contactId);
        return compose(item, companies.find(companyId), contact);
    }

    /** Sends the reply to a contact of a customer who voted for a closed item. */
    @PreAuthorize("hasRole('MEMBER')")
    public Reply send(UUID feedbackId, UUID companyId, UUID contactId) {
        Feedback item = items.find(feedbackId);
        var vote = repository.votes(feedbackId).stream().filter(v -> v.companyId().equals(companyId)).findFirst();
        UUID to = contactId != null ? contactId : vote.map(FeedbackVote::contactId).orElse(null);
        Company company = companyId == null ? null : companies.findOrNull(companyId);
        Contact contact = to == null ? null : contactOrNull(to);
        Check.of().failIf(!item.closed(), "status", "VoiceNotClosed")
                .required("companyId", companyId)
                .failIf(companyId != null && vote.isEmpty(), "companyId", "VoiceNotVoted")
                .failIf(company != null && !company.emailOptIn(), "companyId", "VoiceNotOptedIn")
                .required("contactId", to)
                .failIf(to != null && contact == null, "contactId", "UnknownId")
                .failIf(contact != null && !contact.companyId().equals(companyId), "contactId", "VoiceContactElsewhere")
                .failIf(contact != null && (contact.email() == null || contact.email().isBlank()), "contactId",
                        "VoiceNoEmail")
                .failIf(!mailer.on(), "companyId", "VoiceMailOff")
                .verify();
        Reply reply = compose(item, company, contact);
        if (!repository.claimReply(feedbackId, contact.email(), CurrentActor.idOrNull())) {
            Check.of().failIf(true, "contactId", "VoiceAlreadyTold").verify();
        }
        try {
            mailer.send(contact.email(), reply.subject(), reply.body());
        } catch (org.springframework.mail.MailException e) {
            // Nothing went out: the claim above is rolled back with this refusal, so trying again later sends it once.
            Check.of().failIf(true, "contactId", "VoiceMailDown").verify();
        }
        repository.replySent(feedbackId, contact.email());
        var note = activities.log(new ActivityDraft("note", null, null, null, companyId, contact.id(), null, null,
                messages.getMessage("voice.loop.note", new Object[] {contact.email(), reply.subject(), reply.body()},
                        Locale.JAPANESE), null, null));
        audit.record("feedback.replied", FeedbackItems.AUDIT_TYPE, feedbackId, null,
                Map.of("companyId", companyId, "to", contact.email()));
        return new Reply(reply.to(), reply.subject(), reply.body(), note.id());
    }

    private Reply compose(Feedback item, Company company, Contact contact) {
        Locale ja = Locale.JAPANESE;
        String status = messages.getMessage("voice.status." + item.status(), null, ja);
        String name = contact == null ? company.name() : contact.name();
        String subject = messages.getMessage("voice.mail.subject." + item.status(), null,
                messages.getMessage("voice.mail.subject.other", null, ja), ja);
        String body = messages.getMessage("voice.mail.body", new Object[] {company.name(), name, item.body(), status,
                item.statusReason()}, ja);
        return new Reply(contact == null ? null : contact.email(), subject, body, null);
    }

    private Contact contactOrNull(UUID id) {
        try {
            return contacts.find(id);
        } catch (NotFoundException e) {
            return null;
        }
    }
}
