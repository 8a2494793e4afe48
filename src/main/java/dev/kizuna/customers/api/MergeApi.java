package dev.kizuna.customers.api;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.kizuna.customers.Company;
import dev.kizuna.customers.Contact;
import dev.kizuna.customers.CustomerMerge;
import dev.kizuna.customers.DuplicatePair;
import dev.kizuna.customers.MergeResult;
import dev.kizuna.customers.MovedRecords;
import dev.kizuna.platform.Ids;
import dev.kizuna.platform.api.Check;
import dev.kizuna.platform.api.CursorPage;
import dev.kizuna.platform.api.FieldProblem;
import dev.kizuna.platform.api.PageQuery;
import dev.kizuna.platform.api.RuleViolationException;
import dev.kizuna.platform.api.Versions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/companies/duplicates}, {@code /api/v1/contacts/duplicates} and the merges: everyone reads the
 * pairs; managers and above merge.
 */
@RestController
@Tag(name = "Customers")
class MergeApi {

    private final CustomerMerge merge;

    MergeApi(CustomerMerge merge) {
        this.merge = merge;
    }

    /**
     * @param version      the survivor's version (or send If-Match)
     * @param mergeVersion the merged record's version
     * @param take         field → {@code keep} or {@code merge}; absent fields keep the survivor's value
     */
    record MergeRequest(String mergeId, Long version, Long mergeVersion, Map<String, String> take) {

        UUID mergeUuid() {
            Check.of().required("mergeId", mergeId).required("mergeVersion", mergeVersion).verify();
            return Ids.parse(mergeId).orElseThrow(() -> new RuleViolationException(FieldProblem.of("mergeId", "UnknownId")));
        }
    }

    /** The survivor as {@code GET} answers it, plus what moved to it. */
    record CompanyMerged(@JsonUnwrapped CompanyJson.CompanyResponse company, List<MovedRecords> moved) {
    }

    record ContactMerged(@JsonUnwrapped ContactsApi.ContactResponse contact, List<MovedRecords> moved) {
    }

    @GetMapping("/api/v1/companies/duplicates")
    @Operation(summary = "Customers that are probably the same", description = """
            Pairs of customers with the same phone number, e-mail address or furigana, each pair once (first is the
            older id) with its reasons (phone, email, kana), newest pairs first. Keyset-paged with limit and cursor.""")
    CursorPage<DuplicatePair> companyPairs(@RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String cursor) {
        return merge.companyPairs(PageQuery.of(limit, cursor));
    }

    @PostMapping("/api/v1/companies/{id}/merge")
    @Operation(summary = "Merge another customer into this one (managers and above)", description = """
            Body: mergeId, version (this customer's, or If-Match), mergeVersion, take (field → keep or merge, for
            name, nameKana, corporateNumber, address, phone, email, website, representative, industry,
            employeeCount, annualRevenue, leadSource, ownerId, status, birthday; absent fields keep this customer's
            value; tags are united). The other customer's contacts move here, and with them every record of it in
            every module (deals, quotes, orders and their payments, tasks, playbook runs, target-list places, leads,
            activities), in one transaction; then it is deleted. Answers this customer as it now is, plus `moved`:
            what moved, as [{module, kind, count, ids}]. A stale version of either gets 409; an unknown field in
            take gets 422.""")
    ResponseEntity<CompanyMerged> mergeCompanies(@PathVariable String id, @RequestBody MergeRequest body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        long version = Versions.required(body.version(), ifMatch);
        MergeResult<Company> merged = merge.mergeCompanies(CompaniesApi.id(id), version, body.mergeUuid(),
                body.mergeVersion(), body.take());
        return ResponseEntity.ok().eTag(Versions.etag(merged.survivor().version()))
                .body(new CompanyMerged(CompanyJson.CompanyResponse.of(merged.survivor()), merged.moved()));
    }

    @GetMapping("/api/v1/contacts/duplicates")
    @Operation(summary = "Contacts that are probably the same", description = """
            Pairs of contacts with the same e-mail address or phone number (phone or mobile, either way round), at
            one customer or two, each pair once with its reasons (email, phone). Keyset-paged.""")
    CursorPage<DuplicatePair> contactPairs(@RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String cursor) {
        return merge.contactPairs(PageQuery.of(limit, cursor));
    }

    @PostMapping("/api/v1/contacts/{id}/merge")
    @Operation(summary = "Merge another contact into this one (managers and above)", description = """
            Body as for customers; take names name, nameKana, companyId, department, title, phone, mobile, email,
            notes, primary. The other contact's history of moves becomes this one's, its deals and activities name
            this one, and it is deleted. Answers this contact plus `moved`, as for customers.""")
    ResponseEntity<ContactMerged> mergeContacts(@PathVariable String id, @RequestBody MergeRequest body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        long version = Versions.required(body.version(), ifMatch);
        UUID keepId = Ids.parse(id).orElseThrow(() -> new dev.kizuna.platform.api.NotFoundException("contact", id));
        MergeResult<Contact> merged = merge.mergeContacts(keepId, version, body.mergeUuid(), body.mergeVersion(),
                body.take());
        return ResponseEntity.ok().eTag(Versions.etag(merged.survivor().version()))
                .body(new ContactMerged(ContactsApi.ContactResponse.of(merged.survivor()), merged.moved()));
    }
}
