package dev.kizuna.customers.api;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.kizuna.customers.Contact;
import dev.kizuna.customers.ContactDraft;
import dev.kizuna.customers.Contacts;
import dev.kizuna.platform.Ids;
import dev.kizuna.platform.api.FieldProblem;
import dev.kizuna.platform.api.NotFoundException;
import dev.kizuna.platform.api.RuleViolationException;
import dev.kizuna.platform.api.Versions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/contacts}: people at customers. Changing {@code companyId} moves them, keeping their history. */
@RestController
@RequestMapping("/api/v1/contacts")
@Tag(name = "Customers")
class ContactsApi {

    private final Contacts contacts;

    ContactsApi(Contacts contacts) {
        this.contacts = contacts;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ContactResponse(String id, String companyId, String companyName, String name, String nameKana,
            String department, String title, String phone, String phoneDisplay, String mobile, String mobileDisplay,
            String email, String notes, boolean primary, java.util.Map<String, Object> customFields, long version,
            Instant createdAt, Instant updatedAt) {
        static ContactResponse of(Contact c) {
            return new ContactResponse(c.id().toString(), c.companyId().toString(), c.companyName(), c.name(),
                    c.nameKana(), c.department(), c.title(), c.phone(), c.phoneDisplay(), c.mobile(), c.mobileDisplay(),
                    c.email(), c.notes(), c.primary(), c.customFields(), c.version(), c.createdAt(), c.updatedAt());
        }
    }

    record ContactList(List<ContactResponse> items, String nextCursor) {
    }

    record ContactRequest(Long version, String companyId, String name, String nameKana, String department, String title,
            String phone, String mobile, String email, String notes, Boolean primary,
            java.util.Map<String, Object> customFields) {

        ContactDraft merge(ContactDraft base) {
            return new ContactDraft(
                    companyId == null ? base.companyId() : Ids.parse(companyId).orElseThrow(
                            () -> new RuleViolationException(FieldProblem.of("companyId", "UnknownId"))),
                    or(name, base.name()), or(nameKana, base.nameKana()), or(department, base.department()),
                    or(title, base.title()), or(phone, base.phone()), or(mobile, base.mobile()), or(email, base.email()),
                    or(notes, base.notes()), primary == null ? base.primary() : primary,
                    customFields == null ? base.customFields() : CompanyJson.mergedCustom(base.customFields(), customFields));
        }

        private static String or(String value, String fallback) {
            return value == null ? fallback : value;
        }
    }

    private static final ContactDraft EMPTY = new ContactDraft(null, null, null, null, null, null, null, null, null, false);

    @PostMapping
    @Operation(summary = "Add a contact to a customer (members and above)")
    ResponseEntity<ContactResponse> create(@RequestBody ContactRequest body) {
        Contact contact = contacts.create(body.merge(EMPTY));
        return ResponseEntity.created(URI.create("/api/v1/contacts/" + contact.id()))
                .eTag(Versions.etag(contact.version())).body(ContactResponse.of(contact));
    }

    @GetMapping("/{id}")
    ResponseEntity<ContactResponse> get(@PathVariable String id) {
        Contact contact = contacts.find(id(id));
        return ResponseEntity.ok().eTag(Versions.etag(contact.version())).body(ContactResponse.of(contact));
    }

    @PatchMapping("/{id}")
    ResponseEntity<ContactResponse> update(@PathVariable String id, @RequestBody ContactRequest body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        long version = Versions.required(body.version(), ifMatch);
        Contact current = contacts.find(id(id));
        Contact updated = contacts.update(current.id(), version, body.merge(ContactDraft.of(current)));
        return ResponseEntity.ok().eTag(Versions.etag(updated.version())).body(ContactResponse.of(updated));
    }

    private static java.util.UUID id(String value) {
        return Ids.parse(value).orElseThrow(() -> new NotFoundException("contact", value));
    }
}
