package dev.kizuna.customers.api;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.kizuna.customers.Companies;
import dev.kizuna.customers.Company;
import dev.kizuna.customers.CompanyDraft;
import dev.kizuna.customers.CompanyFilter;
import dev.kizuna.customers.Contacts;
import dev.kizuna.platform.api.ListFilters;
import dev.kizuna.platform.Ids;
import dev.kizuna.platform.api.CursorPage;
import dev.kizuna.platform.api.FieldProblem;
import dev.kizuna.platform.api.NotFoundException;
import dev.kizuna.platform.api.PageQuery;
import dev.kizuna.platform.api.RuleViolationException;
import dev.kizuna.platform.api.Versions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/companies}: customers, companies and individuals alike. Viewers read; members write. */
@RestController
@RequestMapping("/api/v1/companies")
@Tag(name = "Customers")
class CompaniesApi {

    private final Companies companies;
    private final Contacts contacts;

    CompaniesApi(Companies companies, Contacts contacts) {
        this.companies = companies;
        this.contacts = contacts;
    }

    @GetMapping
    @Operation(summary = "List customers", description = """
            Search with q (name, furigana in any kana or width, phone with or without hyphens, e-mail, corporate
            number). Filter (all conditions AND) with filter[field]=value or filter[field][op]=value, op being eq
            (default), gte, lte (numbers, money, dates) or contains (text). Built-in fields: kind
            (company|individual), status (prospect|customer|former), ownerId, tag, prefecture, city, industry,
            leadSource, employeeCount, annualRevenue, createdAt, updatedAt (YYYY-MM-DD, Japan time), incomplete=true
            (lacking a required field); custom fields as customFields.<key> (see /api/v1/custom-fields), e.g.
            filter[customFields.rank]=A or filter[customFields.renewal_date][lte]=2027-03-31. Sort: kana (default,
            あいうえお order), created, updated, prefecture, employeeCount, annualRevenue or customFields.<key>;
            desc=true reverses; ties are in furigana order.""")
    @ListFilters(value = {"kind", "status", "ownerId", "tag", "prefecture", "city", "industry", "leadSource",
            "employeeCount", "annualRevenue", "createdAt", "updatedAt", "incomplete"}, prefixes = "customFields.")
    CursorPage<CompanyJson.CompanyResponse> list(HttpServletRequest request,
            @RequestParam(required = false) String q, @RequestParam(required = false) String sort,
            @RequestParam(defaultValue = "false") boolean desc,
            @RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor) {
        return companies.list(CompanyFilter.fromParameters(request.getParameterMap()), PageQuery.of(limit, cursor))
                .map(CompanyJson.CompanyResponse::of);
    }

    record Count(long count, boolean capped) {
    }

    @GetMapping("/count")
    @Operation(summary = "How many customers match", description = """
            The same q and filter[...] as the list. Counts up to 10,000; past that, count is 10000 and capped is true.""")
    @ListFilters(value = {"kind", "status", "ownerId", "tag", "prefecture", "city", "industry", "leadSource",
            "employeeCount", "annualRevenue", "createdAt", "updatedAt", "incomplete"}, prefixes = "customFields.")
    Count count(HttpServletRequest request) {
        long n = companies.count(CompanyFilter.fromParameters(request.getParameterMap()));
        return new Count(Math.min(n, Companies.COUNT_CAP), n > Companies.COUNT_CAP);
    }

    record BulkRequest(List<CompanyJson.CompanyRequest> items) {
    }

    record BulkResult(List<CompanyJson.CompanyResponse> items) {
    }

    @PostMapping("/bulk")
    @Operation(summary = "Create and change up to 1,000 customers in one call (members and above)", description = """
            Items without id are created; items with id and version are changed (absent fields keep their value).
            All or nothing: if any item breaks a rule, nothing is written and the 422 lists every problem as
            items[i].field; a stale version answers 409. Answers the saved customers in the order sent.""")
    BulkResult bulk(@RequestBody BulkRequest body) {
        if (body == null || body.items() == null) {
            throw new RuleViolationException(FieldProblem.of("items", "NotNull"));
        }
        List<Companies.BulkItem> items = new java.util.ArrayList<>();
        for (int i = 0; i < body.items().size(); i++) {
            CompanyJson.CompanyRequest item = body.items().get(i);
            if (item.id() == null) {
                items.add(new Companies.BulkItem(null, null, item.merge(CompanyJson.EMPTY)));
                continue;
            }
            UUID id = Ids.parse(item.id()).orElse(null);
            Company current = id == null ? null : companies.findOrNull(id);
            if (current == null) {
                throw new RuleViolationException(FieldProblem.of("items[" + i + "].id", "UnknownId"));
            }
            items.add(new Companies.BulkItem(id, item.version(), item.merge(CompanyDraft.of(current))));
        }
        return new BulkResult(companies.bulkSave(items).stream().map(CompanyJson.CompanyResponse::of).toList());
    }

    record BulkAction(String action, List<String> ids, String ownerId, String tag) {
    }

    record BulkActionResult(int affected) {
    }

    @PostMapping("/bulk-actions")
    @Operation(summary = "Act on up to 1,000 customers at once", description = """
            action: assignOwner (with ownerId; members and above), addTag (with tag; members and above) or delete
            (managers and above; contacts go with their customer; every deletion is in the audit log; if any of them
            has deals, quotes, orders or playbook runs, none is deleted and the answer is 409 naming each one and what
            holds it). Unknown ids are skipped; answers how many customers were affected.""")
    BulkActionResult bulkAction(@RequestBody BulkAction body) {
        List<UUID> ids = body.ids() == null ? List.of() : body.ids().stream()
                .map(v -> Ids.parse(v).orElseThrow(() -> new RuleViolationException(FieldProblem.of("ids", "UnknownId"))))
                .toList();
        String action = body.action() == null ? "" : body.action();
        return new BulkActionResult(switch (action) {
            case "assignOwner" -> companies.assignOwner(ids, body.ownerId() == null ? null
                    : Ids.parse(body.ownerId()).orElseThrow(
                            () -> new RuleViolationException(FieldProblem.of("ownerId", "UnknownUser"))));
            case "addTag" -> companies.addTag(ids, body.tag());
            case "delete" -> companies.delete(ids);
            default -> throw new RuleViolationException(FieldProblem.of("action", "OneOf", "assignOwner, addTag, delete"));
        });
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a customer and its contacts (managers and above; audited)", description = """
            A customer that has deals, quotes, orders or playbook runs is not deleted: 409 problem+json (type
            urn:kizuna:problem:in-use) whose errors name what holds it (「受注 1件、商談 1件があるため削除できません…」).
            Set its status to FORMER (過去の取引先) instead; merging a duplicate moves its records first.""")
    ResponseEntity<Void> delete(@PathVariable String id) {
        Company company = companies.find(id(id));
        companies.delete(List.of(company.id()));
        return ResponseEntity.noContent().build();
    }

    record DuplicateList(List<dev.kizuna.customers.DuplicateCandidate> items, String nextCursor) {
    }

    @PostMapping("/duplicate-candidates")
    @Operation(summary = "Customers a new one may duplicate",
            description = "Send the customer as you would create it; answers up to 5 existing customers with the same "
                    + "phone, e-mail or furigana, or a similar name (ignoring 株式会社 etc.), each with its reason. "
                    + "Writes nothing.")
    DuplicateList duplicateCandidates(@RequestBody CompanyJson.CompanyRequest body) {
        return new DuplicateList(companies.likelyDuplicates(body.merge(CompanyJson.EMPTY), null), null);
    }

    @PostMapping
    @Operation(summary = "Create a customer (members and above)")
    ResponseEntity<CompanyJson.CompanyResponse> create(@RequestBody CompanyJson.CompanyRequest body) {
        Company created = companies.create(body.merge(CompanyJson.EMPTY));
        return ResponseEntity.created(URI.create("/api/v1/companies/" + created.id()))
                .eTag(Versions.etag(created.version())).body(CompanyJson.CompanyResponse.of(created));
    }

    @GetMapping("/{id}")
    ResponseEntity<CompanyJson.CompanyResponse> get(@PathVariable String id) {
        return withEtag(companies.find(id(id)));
    }

    @PatchMapping("/{id}")
    @Operation(summary = "Change a customer", description = "Send version in the body or If-Match; a stale one gets 409.")
    ResponseEntity<CompanyJson.CompanyResponse> update(@PathVariable String id,
            @RequestBody CompanyJson.CompanyRequest body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        long version = Versions.required(body.version(), ifMatch);
        Company current = companies.find(id(id));
        return withEtag(companies.update(current.id(), version, body.merge(CompanyDraft.of(current))));
    }

    @GetMapping("/{id}/contacts")
    @Operation(summary = "A customer's contacts, primary first")
    ContactsApi.ContactList contactsOf(@PathVariable String id) {
        Company company = companies.find(id(id));
        return new ContactsApi.ContactList(contacts.forCompany(company.id()).stream()
                .map(ContactsApi.ContactResponse::of).toList(), null);
    }

    private static ResponseEntity<CompanyJson.CompanyResponse> withEtag(Company company) {
        return ResponseEntity.ok().eTag(Versions.etag(company.version())).body(CompanyJson.CompanyResponse.of(company));
    }

    static UUID id(String value) {
        return Ids.parse(value).orElseThrow(() -> new NotFoundException("company", value));
    }

}
