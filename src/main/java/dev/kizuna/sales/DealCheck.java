package dev.kizuna.sales;

import java.util.Map;
import java.util.UUID;

import dev.kizuna.customers.Companies;
import dev.kizuna.customers.Contact;
import dev.kizuna.customers.Contacts;
import dev.kizuna.customers.CustomFields;
import dev.kizuna.identity.Users;
import dev.kizuna.platform.api.Check;
import dev.kizuna.platform.api.NotFoundException;
import org.springframework.stereotype.Component;

/** Checks a deal's draft against its customer, contact, owner, lost reasons and custom fields, and cleans its text. */
@Component
class DealCheck {

    private final Pipelines pipelines;
    private final Companies companies;
    private final Contacts contacts;
    private final Users users;
    private final CustomFields customFields;

    DealCheck(Pipelines pipelines, Companies companies, Contacts contacts, Users users, CustomFields customFields) {
        this.pipelines = pipelines;
        this.companies = companies;
        this.contacts = contacts;
        this.users = users;
        this.customFields = customFields;
    }

    /** A checked draft as written, and its custom field values. */
    record Clean(DealDraft draft, Map<String, Object> custom) {
    }

    /** {@code before}: the deal being changed (null for a new one); {@code stage}: the stage it is or will be in. */
    Clean verify(DealDraft d, Deal before, Stage stage, Check check) {
        String name = SalesText.clean(d.name());
        String leadSource = SalesText.clean(d.leadSource());
        String challenges = SalesText.paragraph(d.challenges());
        String nextStep = SalesText.clean(d.nextStep());
        String lostNote = SalesText.paragraph(d.lostNote());
        boolean lost = stage != null && stage.kind() == StageKind.LOST;
        check.required("name", name).maxLength("name", name, 120)
                .required("companyId", d.companyId())
                .failIf(d.companyId() != null && companies.findOrNull(d.companyId()) == null, "companyId", "UnknownId")
                .failIf(d.amount() != null && d.amount() < 0, "amount", "Yen")
                .failIf(d.budget() != null && d.budget() < 0, "budget", "Yen")
                .failIf(d.ownerId() != null && !users.exists(d.ownerId()), "ownerId", "UnknownUser")
                .maxLength("leadSource", leadSource, 60)
                .maxLength("challenges", challenges, 5000)
                .maxLength("nextStep", nextStep, 200)
                .maxLength("lostNote", lostNote, 2000)
                .failIf(lost && d.lostReasonId() == null, "lostReasonId", "LostReasonRequired")
                .failIf(d.lostReasonId() != null && pipelines.lostReasons(true).stream()
                        .noneMatch(r -> r.id().equals(d.lostReasonId())), "lostReasonId", "UnknownId");
        if (d.contactId() != null && d.companyId() != null) {
            var contact = contactOrNull(d.contactId());
            check.failIf(contact == null, "contactId", "UnknownId")
                    .failIf(contact != null && !contact.companyId().equals(d.companyId()), "contactId",
                            "ContactElsewhere");
        }
        Map<String, Object> custom = customFields.cleanValues("deal", d.customFields(),
                before == null ? null : before.customFields(), check);
        check.verify();
        return new Clean(new DealDraft(name, d.companyId(), d.contactId(), d.pipelineId(), d.stageId(),
                d.amount() == null ? 0L : d.amount(), d.expectedCloseOn(), d.ownerId(), leadSource, d.budget(),
                challenges, nextStep, nextStep.isEmpty() ? null : d.nextStepOn(), lost ? d.lostReasonId() : null,
                lost ? lostNote : "", d.customFields()), custom);
    }

    Pipeline pipelineOrNull(UUID id) {
        try {
            return pipelines.find(id);
        } catch (NotFoundException e) {
            return null;
        }
    }

    private Contact contactOrNull(UUID id) {
        try {
            return contacts.find(id);
        } catch (NotFoundException e) {
            return null;
        }
    }
}
