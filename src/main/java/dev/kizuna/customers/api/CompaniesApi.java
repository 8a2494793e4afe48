package dev.kizuna.customers.api;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.kizuna.customers.Companies;
import dev.kizuna.customers.Company;
import dev.kizuna.customers.CompanyDraft;
import dev.kizuna.customers.CompanyFilter;
import dev.kizuna.customers.CompanyKind;
import dev.kizuna.customers.CompanyStatus;
import dev.kizuna.customers.Contacts;
import dev.kizuna.platform.Ids;
import dev.kizuna.platform.api.CursorPage;
import dev.kizuna.platform.api.FieldProblem;
import dev.kizuna.platform.api.NotFoundException;
import dev.kizuna.platform.api.PageQuery;
import dev.kizuna.platform.api.RuleViolationException;
import dev.kizuna.platform.api.Versions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
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
            number). Filter with filter[kind]=company|individual, filter[status]=prospect|customer|former,
            filter[ownerId]=, filter[tag]=, filter[incomplete]=true (lacking a required field). Sort: kana (default, あいうえお order) or created; desc=true reverses.""")
    CursorPage<CompanyJson.CompanyListItem> list(@RequestParam(required = false) String q,
            @Parameter(hidden = true) @RequestParam Map<String, String> params,
            @RequestParam(defaultValue = "kana") String sort, @RequestParam(defaultValue = "false") boolean desc,
            @RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor) {
        String kind = params.get("filter[kind]");
        String status = params.get("filter[status]");
        String owner = params.get("filter[ownerId]");
        CompanyFilter filter = new CompanyFilter(q,
                kind == null ? null : CompanyJson.parse(CompanyKind.class, "filter[kind]", kind),
                status == null ? null : CompanyJson.parse(CompanyStatus.class, "filter[status]", status),
                owner == null ? null : Ids.parse(owner).orElseThrow(
                        () -> new RuleViolationException(FieldProblem.of("filter[ownerId]", "UnknownId"))),
                params.get("filter[tag]"), "true".equals(params.get("filter[incomplete]")), sort, desc);
        return companies.list(filter, PageQuery.of(limit, cursor)).map(CompanyJson.CompanyListItem::of);
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
