package dev.kizuna.marketing;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.kizuna.platform.Ids;
import dev.kizuna.platform.api.Check;
import dev.kizuna.platform.api.Cursor;
import dev.kizuna.platform.api.CursorPage;
import dev.kizuna.platform.api.FieldProblem;
import dev.kizuna.platform.api.NotFoundException;
import dev.kizuna.platform.api.PageQuery;
import dev.kizuna.platform.api.RecordInUseException;
import dev.kizuna.platform.api.StaleVersionException;
import dev.kizuna.platform.audit.AuditLog;
import dev.kizuna.platform.security.CurrentActor;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * E-mail templates with merge fields ({@code {{氏名}}} …): a field that is not one of {@link MergeFields#NAMES} is
 * refused when saved, naming the part (subject, bodyText, bodyHtml) and the field. A preview makes the template for
 * a real customer.
 */
@Service
@Transactional
public class EmailTemplates {

    static final String AUDIT_TYPE = "email_template";

    private final EmailTemplateRepository templates;
    private final MergeValues values;
    private final AuditLog audit;

    EmailTemplates(EmailTemplateRepository templates, MergeValues values, AuditLog audit) {
        this.templates = templates;
        this.values = values;
        this.audit = audit;
    }

    /** The merge fields a template may hold, by the names a reader of the language writes them. */
    public List<String> mergeFields(java.util.Locale locale) {
        return MergeFields.shownTo(locale);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public EmailTemplate find(UUID id) {
        return templates.find(id).orElseThrow(() -> new NotFoundException(AUDIT_TYPE, id));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public CursorPage<EmailTemplate> list(PageQuery page) {
        return page.page(templates.list(page.decodedCursor(2), page.fetchSize()), t -> Cursor.of(t.name(), t.id()));
    }

    @PreAuthorize("hasRole('MEMBER')")
    public EmailTemplate create(EmailTemplateDraft draft) {
        EmailTemplateDraft clean = checked(draft);
        UUID id = Ids.newId();
        templates.insert(id, clean, CurrentActor.idOrNull());
        EmailTemplate created = find(id);
        audit.record("email_template.created", AUDIT_TYPE, id, null, created);
        return created;
    }

    @PreAuthorize("hasRole('MEMBER')")
    public EmailTemplate change(UUID id, long version, EmailTemplateDraft d) {
        EmailTemplate before = find(id);
        EmailTemplateDraft clean = checked(new EmailTemplateDraft(d.name() == null ? before.name() : d.name(),
                d.subject() == null ? before.subject() : d.subject(),
                d.bodyText() == null ? before.bodyText() : d.bodyText(),
                d.bodyHtml() == null ? before.bodyHtml() : d.bodyHtml()));
        if (!templates.update(id, version, clean, CurrentActor.idOrNull())) {
            throw new StaleVersionException(AUDIT_TYPE, id);
        }
        EmailTemplate after = find(id);
        audit.record("email_template.changed", AUDIT_TYPE, id, before, after);
        return after;
    }

    /** A template a campaign or a sequence uses cannot be deleted (409). */
    @PreAuthorize("hasRole('MEMBER')")
    public void delete(UUID id) {
        EmailTemplate before = find(id);
        if (templates.inUse(id)) {
            throw new RecordInUseException(List.of(FieldProblem.of("template", "MarketingTemplateInUse")));
        }
        templates.delete(id);
        audit.record("email_template.deleted", AUDIT_TYPE, id, before, null);
    }

    /** The template as the customer would get it (without the sender's footer). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public RenderedMail preview(UUID id, UUID companyId) {
        return render(find(id), values.of(companyId));
    }

    /** A template not saved yet (the editor's preview), made for the customer as it would be sent. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public RenderedMail preview(EmailTemplateDraft draft, UUID companyId) {
        return render(new EmailTemplate(null, draft.name(), draft.subject(), draft.bodyText(), draft.bodyHtml(), 0,
                null, null), values.of(companyId));
    }

    static RenderedMail render(EmailTemplate t, Map<String, String> values) {
        return new RenderedMail(MergeFields.render(t.subject(), values, false).replaceAll("[\r\n]+", " "),
                MergeFields.render(t.bodyText(), values, false), MergeFields.render(t.bodyHtml(), values, true));
    }

    private static EmailTemplateDraft checked(EmailTemplateDraft d) {
        String name = strip(d.name());
        String subject = strip(d.subject());
        String text = d.bodyText() == null ? "" : d.bodyText();
        String html = d.bodyHtml() == null ? "" : d.bodyHtml();
        Check c = Check.of().required("name", name).maxLength("name", name, 120).required("subject", subject)
                .maxLength("subject", subject, 200).required("bodyText", text.strip()).maxLength("bodyText", text,
                        50_000).maxLength("bodyHtml", html, 200_000);
        for (var part : List.of(Map.entry("subject", subject), Map.entry("bodyText", text),
                Map.entry("bodyHtml", html))) {
            List<String> unknown = MergeFields.unknown(part.getValue());
            c.failIf(!unknown.isEmpty(), part.getKey(), "MarketingUnknownMergeField",
                    unknown.isEmpty() ? "" : unknown.getFirst(), MergeFields.listedFor(LocaleContextHolder.getLocale()));
        }
        c.verify();
        return new EmailTemplateDraft(name, subject, text, html);
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }
}
