package dev.kizuna.customers;

import java.util.List;
import java.util.UUID;

import dev.kizuna.platform.Ids;
import dev.kizuna.platform.api.Check;
import dev.kizuna.platform.api.NotFoundException;
import dev.kizuna.platform.api.StaleVersionException;
import dev.kizuna.platform.audit.AuditLog;
import dev.kizuna.platform.security.CurrentActor;
import dev.kizuna.platform.text.JapaneseText;
import dev.kizuna.platform.text.PhoneNumbers;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Contacts (担当者) at customers: everyone reads them; members and above add and change them. */
@Service
@Transactional
public class Contacts {

    static final String AUDIT_TYPE = "contact";

    private final ContactRepository contacts;
    private final CompanyRepository companies;
    private final RequiredFields requiredFields;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    private final CustomFields customFields;
    private final dev.kizuna.identity.Users users;

    Contacts(ContactRepository contacts, CompanyRepository companies, RequiredFields requiredFields, AuditLog audit,
            ApplicationEventPublisher events, CustomFields customFields, dev.kizuna.identity.Users users) {
        this.customFields = customFields;
        this.users = users;
        this.contacts = contacts;
        this.requiredFields = requiredFields;
        this.companies = companies;
        this.audit = audit;
        this.events = events;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Contact find(UUID id) {
        return contacts.find(id).orElseThrow(() -> new NotFoundException(AUDIT_TYPE, id));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Contact> forCompany(UUID companyId) {
        return contacts.forCompany(companyId);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ContactMove> moves(UUID contactId) {
        return contacts.moves(contactId);
    }

    /**
     * The customer master's duplicate check for a person: contacts with this e-mail address or with one of these
     * numbers as phone or mobile (written any way: 03-1234-5678, +81312345678 …), oldest first, at most five.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Contact> withEmailOrPhone(String email, List<String> phones) {
        List<String> numbers = phones.stream().map(p -> PhoneNumbers.toE164(p).orElse(null))
                .filter(java.util.Objects::nonNull).distinct().toList();
        String cleanEmail = CustomerRules.emailOrNull(email);
        if (cleanEmail == null && numbers.isEmpty()) {
            return List.of();
        }
        return contacts.withEmailOrPhone(cleanEmail, numbers);
    }

    @PreAuthorize("hasRole('MEMBER')")
    public Contact create(ContactDraft draft) {
        return insert(draft);
    }

    Contact insert(ContactDraft draft) {
        ContactRepository.Row row = clean(draft, null);
        UUID id = Ids.newId();
        contacts.insert(id, row, CurrentActor.idOrNull());
        if (row.primary()) {
            contacts.clearOtherPrimaries(row.companyId(), id);
        }
        Contact created = find(id);
        audit.record("contact.created", AUDIT_TYPE, id, null, created.audit());
        events.publishEvent(new ContactCreated(id, created.companyId(), created.name(), created.email()));
        return created;
    }

    /** Changes a contact; a different {@code companyId} moves them there and records the move. */
    @PreAuthorize("hasRole('MEMBER')")
    public Contact update(UUID id, long version, ContactDraft draft) {
        Contact before = find(id);
        ContactRepository.Row row = clean(draft, before);
        if (!contacts.update(id, version, row, CurrentActor.idOrNull())) {
            throw new StaleVersionException(AUDIT_TYPE, id);
        }
        if (row.primary()) {
            contacts.clearOtherPrimaries(row.companyId(), id);
        }
        if (!before.companyId().equals(row.companyId())) {
            contacts.recordMove(id, before.companyId(), row.companyId(), CurrentActor.idOrNull());
        }
        Contact after = find(id);
        audit.record(before.companyId().equals(after.companyId()) ? "contact.updated" : "contact.moved",
                AUDIT_TYPE, id, before.audit(), after.audit());
        return after;
    }

    private ContactRepository.Row clean(ContactDraft d, Contact before) {
        String name = CustomerRules.text(d.name());
        String kana = CustomerRules.reading(d.nameKana());
        String phone = PhoneNumbers.toE164(d.phone()).orElse(null);
        String mobile = PhoneNumbers.toE164(d.mobile()).orElse(null);
        String email = CustomerRules.emailOrNull(d.email());
        Check check = Check.of()
                .required("companyId", d.companyId())
                .failIf(d.companyId() != null && companies.find(d.companyId()).isEmpty(), "companyId", "UnknownId")
                .required("name", name)
                .maxLength("name", name, 100)
                .maxLength("nameKana", kana, 100)
                .failIf(!JapaneseText.isReading(kana), "nameKana", "Kana")
                .failIf(CustomerRules.hasText(d.phone()) && phone == null, "phone", "Phone")
                .failIf(CustomerRules.hasText(d.mobile()) && mobile == null, "mobile", "Phone")
                .email("email", email)
                .maxLength("email", email, CustomerRules.EMAIL_MAX)
                .maxLength("phone", d.phone(), 50)
                .maxLength("mobile", d.mobile(), 50)
                .maxLength("department", d.department(), 100)
                .maxLength("title", d.title(), 100)
                .maxLength("notes", d.notes(), 4000);
        requiredFields.check(check, d);
        var custom = CustomValues.clean(customFields.active("contact"), d.customFields(),
                before == null ? null : before.customFields(), check, users::exists);
        check.verify();
        String phoneDisplay = CustomerRules.phoneDisplay(d.phone(), phone);
        String mobileDisplay = CustomerRules.phoneDisplay(d.mobile(), mobile);
        return new ContactRepository.Row(d.companyId(), name, kana, CustomerRules.text(d.department()),
                CustomerRules.text(d.title()), phone, phoneDisplay, mobile, mobileDisplay, email,
                d.notes() == null ? "" : d.notes().strip(), d.primary(),
                CustomerRules.searchText(name, kana, phoneDisplay, mobileDisplay, email), custom);
    }
}
