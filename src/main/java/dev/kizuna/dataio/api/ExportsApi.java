package dev.kizuna.dataio.api;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.kizuna.dataio.DataExport;
import dev.kizuna.dataio.Exports;
import dev.kizuna.platform.Ids;
import dev.kizuna.platform.api.FieldProblem;
import dev.kizuna.platform.api.NotFoundException;
import dev.kizuna.platform.api.RuleViolationException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/exports}: ask for an export, follow it, download its file. */
@RestController
@Tag(name = "Exports")
class ExportsApi {

    private final Exports exports;

    ExportsApi(Exports exports) {
        this.exports = exports;
    }

    record ExportJson(String id, String objectType, String query, List<String> columns, String format, String status,
            long rowsDone, String fileName, String fileUrl, String error, Instant createdAt, Instant finishedAt) {
        static ExportJson of(DataExport e) {
            return new ExportJson(e.id().toString(), e.objectType(), e.query(), e.columns(), e.format(), e.status(),
                    e.rowsDone(), e.fileName(), e.ready() ? "/api/v1/exports/" + e.id() + "/file" : null, e.error(),
                    e.createdAt(), e.finishedAt());
        }
    }

    record ExportList(List<ExportJson> items, String nextCursor) {
    }

    /** objectType company (default) or contact; for customers viewId (a saved view) or query; format csv-utf8 (default), csv-cp932, xlsx. */
    record ExportRequestJson(String objectType, String viewId, String query, String format) {
    }

    @PostMapping("/api/v1/exports")
    @Operation(summary = "Export a customers list (saved view or list query: filters, sort, cols) or all contacts",
            description = "Runs in the background; poll GET /api/v1/exports/{id} until status is done, then GET its fileUrl.")
    ResponseEntity<ExportJson> request(@RequestBody ExportRequestJson body) {
        UUID viewId = null;
        if (body.viewId() != null && !body.viewId().isBlank()) {
            viewId = Ids.parse(body.viewId()).orElseThrow(() -> new RuleViolationException(
                    FieldProblem.of("viewId", "UnknownId")));
        }
        DataExport export = exports.request(new Exports.ExportRequest(body.objectType(), viewId, body.query(),
                body.format()), LocaleContextHolder.getLocale());
        return ResponseEntity.accepted().location(URI.create("/api/v1/exports/" + export.id())).body(ExportJson.of(export));
    }

    @GetMapping("/api/v1/exports")
    @Operation(summary = "The caller's latest exports")
    ExportList list() {
        return new ExportList(exports.mine().stream().map(ExportJson::of).toList(), null);
    }

    @GetMapping("/api/v1/exports/{id}")
    ExportJson get(@PathVariable String id) {
        return ExportJson.of(exports.find(id(id)));
    }

    @GetMapping("/api/v1/exports/{id}/file")
    @Operation(summary = "The exported file (only for the person who asked for it)")
    ResponseEntity<InputStreamResource> file(@PathVariable String id) {
        DataExport export = exports.find(id(id));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(Exports.contentType(export)))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(export.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .body(new InputStreamResource(exports.download(export.id())));
    }

    private static UUID id(String value) {
        return Ids.parse(value).orElseThrow(() -> new NotFoundException("export", value));
    }
}
