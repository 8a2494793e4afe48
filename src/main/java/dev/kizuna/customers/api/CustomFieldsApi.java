package dev.kizuna.customers.api;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import dev.kizuna.customers.CustomField;
import dev.kizuna.customers.CustomFieldDraft;
import dev.kizuna.customers.CustomFields;
import dev.kizuna.customers.FieldType;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/custom-fields}: everyone reads the definitions; administrators change them. */
@RestController
@RequestMapping("/api/v1/custom-fields")
@Tag(name = "Custom fields")
class CustomFieldsApi {

    private final CustomFields customFields;

    CustomFieldsApi(CustomFields customFields) {
        this.customFields = customFields;
    }

    record CustomFieldJson(String id, String objectType, String key, String name, String label, String labelEn,
            String type, List<String> options, int position, boolean retired, long version) {
        static CustomFieldJson of(CustomField f) {
            return new CustomFieldJson(f.id().toString(), f.objectType(), f.key(), f.name(), f.label(), f.labelEn(),
                    f.type().code(), f.options(), f.position(), f.retired(), f.version());
        }
    }

    record CustomFieldList(List<CustomFieldJson> items, String nextCursor) {
    }

    @GetMapping
    @Operation(summary = "Custom fields of an object, in form order", description = """
            filter[objectType]=company (default; companies and individuals), contact or deal; filter[retired]=true adds
            retired fields. Values appear on records under customFields.<key>; lists filter and sort by
            customFields.<key>. All fit on one page (at most 100 per object), so nextCursor is always null.""")
    CustomFieldList list(@RequestParam(name = "filter[objectType]", defaultValue = "company") String objectType,
            @RequestParam(name = "filter[retired]", defaultValue = "false") boolean retired) {
        if (!CustomFields.OBJECT_TYPES.contains(objectType)) {
            throw new RuleViolationException(FieldProblem.of("filter[objectType]", "OneOf", String.join(", ", CustomFields.OBJECT_TYPES)));
        }
        return new CustomFieldList(customFields.of(objectType, retired).stream().map(CustomFieldJson::of).toList(), null);
    }

    record CreateRequest(String objectType, String key, String label, String labelEn, String type,
            List<String> options) {
    }

    @PostMapping
    @Operation(summary = "Add a custom field (administrators)", description = """
            type: text, long_text, number, money, date, single_choice, multiple_choice, checkbox, url, user.
            key: a-z, 0-9 and _, starting with a letter (generated when omitted); key and type never change.""")
    ResponseEntity<CustomFieldJson> create(@RequestBody CreateRequest body) {
        FieldType type = null;
        if (body.type() != null) {
            type = java.util.Arrays.stream(FieldType.values()).filter(t -> t.code().equals(body.type().toLowerCase(Locale.ROOT)))
                    .findFirst().orElseThrow(() -> new RuleViolationException(FieldProblem.of("type", "OneOf",
                            String.join(", ", java.util.Arrays.stream(FieldType.values()).map(FieldType::code).toList()))));
        }
        CustomField created = customFields.create(new CustomFieldDraft(body.objectType() == null ? "company" : body.objectType(),
                body.key(), body.label(), body.labelEn(), type, body.options()));
        return ResponseEntity.created(URI.create("/api/v1/custom-fields/" + created.id()))
                .eTag(Versions.etag(created.version())).body(CustomFieldJson.of(created));
    }

    @GetMapping("/{id}")
    ResponseEntity<CustomFieldJson> get(@PathVariable String id) {
        CustomField f = customFields.find(id(id));
        return ResponseEntity.ok().eTag(Versions.etag(f.version())).body(CustomFieldJson.of(f));
    }

    record ChangeRequest(Long version, String label, String labelEn, List<String> options, Boolean retired) {
    }

    @PatchMapping("/{id}")
    @Operation(summary = "Rename, change choices, retire or reinstate (administrators)",
            description = "Send version in the body or If-Match; a stale one gets 409. Retired fields keep their values.")
    ResponseEntity<CustomFieldJson> update(@PathVariable String id, @RequestBody ChangeRequest body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        long version = Versions.required(body.version(), ifMatch);
        CustomField f = customFields.find(id(id));
        if (body.label() != null || body.labelEn() != null || body.options() != null) {
            f = customFields.update(f.id(), version, body.label() == null ? f.label() : body.label(),
                    body.labelEn() == null ? f.labelEn() : body.labelEn(),
                    body.options() == null ? f.options() : body.options());
            version = f.version();
        }
        if (body.retired() != null && body.retired() != f.retired()) {
            f = body.retired() ? customFields.retire(f.id(), version) : customFields.reinstate(f.id(), version);
        }
        return ResponseEntity.ok().eTag(Versions.etag(f.version())).body(CustomFieldJson.of(f));
    }

    record MoveRequest(int direction) {
    }

    @PostMapping("/{id}/move")
    @Operation(summary = "Move a field one place up (direction -1) or down (+1) (administrators)")
    CustomFieldList move(@PathVariable String id, @RequestBody MoveRequest body) {
        return new CustomFieldList(customFields.move(id(id), body.direction()).stream().map(CustomFieldJson::of).toList(),
                null);
    }

    private static UUID id(String value) {
        return Ids.parse(value).orElseThrow(() -> new NotFoundException("custom-field", value));
    }
}
