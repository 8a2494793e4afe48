package dev.kizuna.cards.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.kizuna.cards.BusinessCard;
import dev.kizuna.cards.BusinessCards;
import dev.kizuna.cards.CardField;
import dev.kizuna.cards.CardUpload;
import dev.kizuna.cards.ConfirmedCard;
import dev.kizuna.cards.UploadOutcome;
import dev.kizuna.platform.api.ApiValues;
import dev.kizuna.platform.api.CursorPage;
import dev.kizuna.platform.api.FieldMessages;
import dev.kizuna.platform.api.FieldProblem;
import dev.kizuna.platform.api.RuleViolationException;
import dev.kizuna.platform.api.ListFilters;
import dev.kizuna.platform.api.NotFoundException;
import dev.kizuna.platform.api.PageQuery;
import dev.kizuna.platform.api.Versions;
import dev.kizuna.platform.files.StoredFileResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** {@code /api/v1/cards}: business card images in, recognised fields with their confidence out, confirm → contact. */
@RestController
@Tag(name = "Business cards")
class CardsApi {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private final BusinessCards cards;
    private final FieldMessages messages;

    CardsApi(BusinessCards cards, FieldMessages messages) {
        this.cards = cards;
        this.messages = messages;
    }

    record FieldJson(String value, int confidence, boolean low) {
    }

    record CardJson(String id, String status, String fileName, boolean hasBack, String ownerId,
            Map<String, FieldJson> fields, String error, Double seconds, String contactId, String companyId,
            OffsetDateTime createdAt, OffsetDateTime recognisedAt, OffsetDateTime reviewedAt, long version) {

        static CardJson of(BusinessCard c) {
            Map<String, FieldJson> fields = new LinkedHashMap<>();
            for (var name : dev.kizuna.cards.CardFieldName.values()) {
                CardField f = c.fields().get(name.key());
                if (f != null) {
                    fields.put(name.key(), new FieldJson(f.value(), f.confidence(), f.low()));
                }
            }
            return new CardJson(c.id().toString(), c.status(), c.fileName(), c.hasBack(), c.ownerId().toString(),
                    fields, c.error(), c.seconds(), str(c.contactId()), str(c.companyId()), at(c.createdAt()),
                    at(c.recognisedAt()), at(c.reviewedAt()), c.version());
        }
    }

    record FileError(int index, String fileName, String rule, String detail) {
    }

    record UploadJson(List<CardJson> items, List<FileError> errors) {
    }

    @PostMapping(path = "/api/v1/cards", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Upload business card images for recognition (members)", description = """
            multipart/form-data, one or more parts named files (JPEG or PNG; HEIC only where the server's JDK reads
            it), at most 40 a request and 10 MB each; ownerId (optional): who is told when the card is in (default:
            the uploader). Each file is checked on its own: a file that is not an image, too large, with too many
            pixels or blank is listed under errors (index, fileName, rule, detail) and the rest are queued. 201 when
            at least one was queued, 422 (problem+json) when none was.""")
    ResponseEntity<UploadJson> upload(@RequestParam(value = "files", required = false) List<MultipartFile> files,
            @RequestParam(value = "ownerId", required = false) String ownerId) {
        List<CardUpload> batch = new ArrayList<>();
        for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
            batch.add(upload(file));
        }
        UploadOutcome outcome = cards.upload(batch, ApiValues.optionalId("ownerId", ownerId));
        if (outcome.queued().isEmpty()) {
            throw new RuleViolationException(outcome.refused().stream()
                    .map(r -> FieldProblem.of("files", r.rule(), r.fileName())).toList());
        }
        List<FileError> errors = outcome.refused().stream().map(r -> new FileError(r.index(), r.fileName(), r.rule(),
                messages.of(FieldProblem.of("files", r.rule(), r.fileName())).message())).toList();
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new UploadJson(outcome.queued().stream().map(CardJson::of).toList(), errors));
    }

    static CardUpload upload(MultipartFile file) {
        return new CardUpload(file.getOriginalFilename(), file.getSize(), () -> {
            try {
                return file.getInputStream();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @GetMapping("/api/v1/cards")
    @Operation(summary = "Business cards, newest first, keyset-paged",
            description = "filter[status]: queued, recognised, reviewed or failed.")
    @ListFilters({"status"})
    CursorPage<CardJson> list(HttpServletRequest request, @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String cursor) {
        String[] status = request.getParameterMap().get("filter[status]");
        return cards.page(status == null || status[0].isBlank() ? null : status[0].strip(), PageQuery.of(limit, cursor))
                .map(CardJson::of);
    }

    @GetMapping("/api/v1/cards/{id}")
    @Operation(summary = "A business card with the fields read off it, each with its confidence (0–100; low: under 70)")
    ResponseEntity<CardJson> get(@PathVariable String id) {
        BusinessCard c = cards.find(cardId(id));
        return ResponseEntity.ok().eTag(Versions.etag(c.version())).body(CardJson.of(c));
    }

    @GetMapping("/api/v1/cards/{id}/image")
    @Operation(summary = "The card's image (front; ?side=back for the back)")
    ResponseEntity<InputStreamResource> image(@PathVariable String id,
            @RequestParam(required = false) String side) {
        BusinessCard c = cards.find(cardId(id));
        BusinessCards.Image image = cards.image(c.id(), "back".equals(side));
        return StoredFileResponse.of(image.content(), image.contentType(), c.fileName(), image.size(), true);
    }

    record ConfirmRequest(Long version, Map<String, String> fields) {
    }

    @PostMapping("/api/v1/cards/{id}/confirm")
    @Operation(summary = "Confirm a recognised card's reviewed fields into a contact and its company (members)",
            description = """
            fields: the reviewed values by key (company, department, title, name, nameKana, postalCode, address,
            phone, fax, mobile, email, website, corporateNumber); keys left out keep what was read. version (or
            If-Match) required. The duplicate check runs first: a contact with the same e-mail, phone or mobile is
            updated (moved, with its move history, when at another company); otherwise a contact is made, at the
            company with the same phone or name, or a new one. The owner is notified. outcome: created, updated or
            moved.""")
    ConfirmedCard confirm(@PathVariable String id, @RequestBody ConfirmRequest body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        long version = Versions.required(body.version(), ifMatch);
        return cards.confirm(cardId(id), version, body.fields() == null ? Map.of() : body.fields());
    }

    private static UUID cardId(String id) {
        return dev.kizuna.platform.Ids.parse(id).orElseThrow(() -> new NotFoundException("card", id));
    }

    private static String str(UUID id) {
        return id == null ? null : id.toString();
    }

    private static OffsetDateTime at(java.time.Instant at) {
        return at == null ? null : at.atZone(TOKYO).toOffsetDateTime();
    }
}
