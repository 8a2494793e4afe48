package dev.kizuna.commerce.api;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import dev.kizuna.commerce.Quote;
import dev.kizuna.commerce.QuoteDraft;
import dev.kizuna.commerce.Quotes;
import dev.kizuna.platform.api.ApiValues;
import dev.kizuna.platform.api.CursorPage;
import dev.kizuna.platform.api.PageQuery;
import dev.kizuna.platform.api.Versions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/quotes}: quotes (見積書) of deals, their revisions, PDF and sending. Members and above write. */
@RestController
@Tag(name = "Quotes")
class QuotesApi {

    private final Quotes quotes;

    QuotesApi(Quotes quotes) {
        this.quotes = quotes;
    }

    record QuoteJson(String id, String number, int revision, String label, String dealId, String dealName,
            String companyId, String recipientName, String title, LocalDate issuedOn, LocalDate validUntil,
            String notes, String status, List<Json.LineJson> lines, Json.TotalsJson totals, String issuerName,
            String registrationNumber, OffsetDateTime sentAt, String sentTo, String pdf, long version,
            OffsetDateTime createdAt, OffsetDateTime updatedAt) {
        static QuoteJson of(Quote q) {
            return new QuoteJson(q.id().toString(), q.number(), q.revision(), q.label(), q.dealId().toString(),
                    q.dealName(), q.companyId().toString(), q.recipientName(), q.title(), q.issuedOn(),
                    q.validUntil(), q.notes(), q.status().code(), q.lines().stream().map(Json.LineJson::of).toList(),
                    Json.TotalsJson.of(q.totals()), q.issuer().name(), q.issuer().registrationNumber(),
                    ApiValues.utc(q.sentAt()), q.sentTo(), "/api/v1/quotes/" + q.id() + ".pdf", q.version(),
                    ApiValues.utc(q.createdAt()), ApiValues.utc(q.updatedAt()));
        }
    }

    @GetMapping("/api/v1/quotes")
    @Operation(summary = "Quotes, newest first, keyset-paged", description = """
            filter[dealId]= narrows to one deal's quotes (every revision), filter[companyId]= to one customer's; both
            together, to quotes meeting both. Items carry their totals but not their lines; GET one quote for those.""")
    CursorPage<QuoteJson> list(@RequestParam(name = "filter[dealId]", required = false) String dealId,
            @RequestParam(name = "filter[companyId]", required = false) String companyId,
            @RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor) {
        return quotes.list(ApiValues.optionalId("filter[dealId]", dealId), ApiValues.optionalId("filter[companyId]", companyId),
                PageQuery.of(limit, cursor)).map(QuoteJson::of);
    }

    @GetMapping("/api/v1/quotes/{id}")
    ResponseEntity<QuoteJson> get(@PathVariable String id) {
        Quote q = quotes.find(ApiValues.pathId("quote", id));
        return ResponseEntity.ok().eTag(Versions.etag(q.version())).body(QuoteJson.of(q));
    }

    @GetMapping(value = "/api/v1/quotes/{id}.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The quote as a Japanese PDF (御見積書)")
    ResponseEntity<byte[]> pdf(@PathVariable String id) {
        Quote q = quotes.find(ApiValues.pathId("quote", id));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("見積書_" + q.label() + ".pdf", StandardCharsets.UTF_8).build().toString())
                .body(quotes.pdf(q.id()));
    }

    record QuoteRequest(Long version, String dealId, String title, LocalDate issuedOn, LocalDate validUntil,
            String notes, List<Json.LineRequest> lines) {
        QuoteDraft merge(Quote base) {
            return new QuoteDraft(title != null ? title : base == null ? null : base.title(),
                    issuedOn != null ? issuedOn : base == null ? null : base.issuedOn(),
                    validUntil != null ? validUntil : base == null ? null : base.validUntil(),
                    notes != null ? notes : base == null ? null : base.notes(),
                    lines != null ? Json.lines(lines) : base == null ? null : base.lines().stream()
                            .map(l -> new dev.kizuna.commerce.LineDraft(l.productId(), l.description(), l.quantity(),
                                    l.unit(), l.unitPrice(), l.taxRate())).toList());
        }
    }

    @PostMapping("/api/v1/quotes")
    @Operation(summary = "Make a quote for a deal (members and above)", description = """
            Needs dealId, title and at least one line. A line is a productId (its name, unit, price and tax rate
            fill what is not sent) or description, unitPrice (yen before tax) and taxRate (10, 8 or 0); quantity
            defaults to 1. issuedOn defaults to today, validUntil to the setting's days later. Tax is computed per
            rate on the rate's total and rounded down.""")
    ResponseEntity<QuoteJson> create(@RequestBody QuoteRequest body) {
        Quote created = quotes.create(ApiValues.id("dealId", body.dealId() == null ? "" : body.dealId()), body.merge(null));
        return ResponseEntity.created(URI.create("/api/v1/quotes/" + created.id()))
                .eTag(Versions.etag(created.version())).body(QuoteJson.of(created));
    }

    @PatchMapping("/api/v1/quotes/{id}")
    @Operation(summary = "Change a draft quote", description = """
            Only drafts change; a sent or accepted quote gets a new revision (POST …/revisions). Fields not sent
            keep their value; lines, when sent, replace all lines. Send version in the body or If-Match.""")
    ResponseEntity<QuoteJson> update(@PathVariable String id, @RequestBody QuoteRequest body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        long version = Versions.required(body.version(), ifMatch);
        Quote before = quotes.find(ApiValues.pathId("quote", id));
        Quote after = quotes.update(before.id(), version, body.merge(before));
        return ResponseEntity.ok().eTag(Versions.etag(after.version())).body(QuoteJson.of(after));
    }

    record VersionRequest(Long version) {
    }

    @PostMapping("/api/v1/quotes/{id}/revisions")
    @Operation(summary = "A new revision (draft) copying this one, which becomes superseded and read-only")
    ResponseEntity<QuoteJson> revise(@PathVariable String id, @RequestBody VersionRequest body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        Quote created = quotes.revise(ApiValues.pathId("quote", id), Versions.required(body.version(), ifMatch));
        return ResponseEntity.created(URI.create("/api/v1/quotes/" + created.id()))
                .eTag(Versions.etag(created.version())).body(QuoteJson.of(created));
    }

    @PostMapping("/api/v1/quotes/{id}/accept")
    @Operation(summary = "The customer accepted this revision: the deal's order is made from it when won")
    ResponseEntity<QuoteJson> accept(@PathVariable String id, @RequestBody VersionRequest body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        Quote after = quotes.accept(ApiValues.pathId("quote", id), Versions.required(body.version(), ifMatch));
        return ResponseEntity.ok().eTag(Versions.etag(after.version())).body(QuoteJson.of(after));
    }

    record SendRequest(Long version, String to, String message) {
    }

    @PostMapping("/api/v1/quotes/{id}/send")
    @Operation(summary = "E-mail the quote with its PDF attached", description = """
            to: the recipient's address; message: an optional note above the standard text. A draft becomes sent.
            Needs the server's SMTP settings (KIZUNA_SMTP_HOST); without them the answer is 422 on field to.""")
    ResponseEntity<QuoteJson> send(@PathVariable String id, @RequestBody SendRequest body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        Quote after = quotes.send(ApiValues.pathId("quote", id), Versions.required(body.version(), ifMatch), body.to(),
                body.message(), LocaleContextHolder.getLocale());
        return ResponseEntity.ok().eTag(Versions.etag(after.version())).body(QuoteJson.of(after));
    }
}
