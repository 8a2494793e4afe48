package dev.kizuna.platform.audit;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import dev.kizuna.platform.api.CursorPage;
import dev.kizuna.platform.api.PageQuery;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code GET /api/v1/audit-events}: the audit log for administrators, newest first, keyset-paged. */
@RestController
@RequestMapping("/api/v1/audit-events")
@Tag(name = "Audit log")
class AuditApi {

    private final AuditTrail trail;
    private final JsonMapper json;

    AuditApi(AuditTrail trail, JsonMapper json) {
        this.trail = trail;
        this.json = json;
    }

    record AuditEventResponse(String id, OffsetDateTime occurredAt, UUID actorId, String actorName, String action,
            String objectType, String objectId, String summary, JsonNode before, JsonNode after, String ip) {
    }

    @GetMapping
    @Operation(summary = "List audit events (administrators only)")
    CursorPage<AuditEventResponse> list(
            @Parameter(description = "user id of who acted") @RequestParam(required = false) UUID actorId,
            @Parameter(description = "action prefix, e.g. user. or signin.failed") @RequestParam(required = false) String action,
            @RequestParam(required = false) String objectType, @RequestParam(required = false) String objectId,
            @Parameter(description = "first day, inclusive (YYYY-MM-DD)") @RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @Parameter(description = "last day, inclusive (YYYY-MM-DD)") @RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor) {
        return trail.find(new AuditFilter(actorId, action, objectType, objectId, from, to), PageQuery.of(limit, cursor))
                .map(this::response);
    }

    private AuditEventResponse response(AuditEvent e) {
        return new AuditEventResponse(String.valueOf(e.id()), e.occurredAt().atOffset(java.time.ZoneOffset.UTC),
                e.actorId(), e.actorName(), e.action(), e.objectType(), e.objectId(), e.summary(),
                e.before() == null ? null : json.readTree(e.before()),
                e.after() == null ? null : json.readTree(e.after()), e.ip());
    }
}
