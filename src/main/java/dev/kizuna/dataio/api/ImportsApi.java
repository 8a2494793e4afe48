package dev.kizuna.dataio.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import dev.kizuna.dataio.DataImport;
import dev.kizuna.dataio.ImportError;
import dev.kizuna.dataio.ImportMode;
import dev.kizuna.dataio.ImportSettings;
import dev.kizuna.dataio.ImportRuns;
import dev.kizuna.dataio.Imports;
import dev.kizuna.platform.Ids;
import dev.kizuna.platform.api.FieldProblem;
import dev.kizuna.platform.api.NotFoundException;
import dev.kizuna.platform.api.RuleViolationException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code /api/v1/imports}: upload a customers file, read its columns and their suggested mapping, set the mapping,
 * dry-run, start, follow the status, cancel, read or download the errors, undo.
 */
@RestController
@Tag(name = "Imports")
class ImportsApi {

    private final Imports imports;
    private final ImportRuns importRuns;

    ImportsApi(Imports imports, ImportRuns importRuns) {
        this.importRuns = importRuns;
        this.imports = imports;
    }

    record Progress(long rowsDone, Long totalRows, int percent, long rowsPerSecond, long secondsLeft) {
    }

    record Counts(long created, long updated, long skipped, long failed) {
    }

    record ImportJson(String id, String objectType, String fileName, String format, String charset,
            List<String> header, List<String> mapping, String mode, String matchKey, String status, Progress progress,
            Counts counts, Counts dryRun, String recognisedSource, String error, Instant createdAt, Instant startedAt,
            Instant finishedAt, long version, String defaultOwnerId, String duplicates, boolean widenKana) {

        static ImportJson of(DataImport i) {
            return new ImportJson(i.id().toString(), i.objectType(), i.fileName(), i.format(), i.charset(), i.header(),
                    i.mapping(), i.mode().code(), i.matchKey(), i.status(),
                    new Progress(i.rowsDone(), i.totalRows(), i.percent(), i.rowsPerSecond(), i.secondsLeft()),
                    new Counts(i.created(), i.updated(), i.skipped(), i.failed()),
                    i.dryRun() == null ? null : new Counts(i.dryRun().created(), i.dryRun().updated(),
                            i.dryRun().skipped(), i.dryRun().failed()),
                    Imports.recognisedSource(i), i.error(), i.createdAt(), i.startedAt(), i.finishedAt(), i.version(),
                    i.defaultOwnerId() == null ? null : i.defaultOwnerId().toString(), i.duplicates(), i.widenKana());
        }
    }

    record ImportList(List<ImportJson> items, String nextCursor) {
    }

    record Preview(List<String> header, List<String> mapping, List<List<String>> rows, List<String> targets,
            List<String> keys, List<String> savedMappings) {
    }

    /**
     * Customers only: {@code defaultOwnerId} owns new customers whose row names no owner (absent: the uploader);
     * {@code duplicates} skip (default) or add rows that look like an existing customer; {@code widenKana} (default
     * true) turns half-width katakana full-width.
     */
    record MappingRequest(List<String> mapping, String mode, String matchKey, String charset, String defaultOwnerId,
            String duplicates, Boolean widenKana) {
    }

    record SaveMappingRequest(String name) {
    }

    record ErrorList(List<ImportError> items, long total, String nextCursor) {
    }

    @PostMapping(path = "/api/v1/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Upload a file (CSV/TSV in UTF-8 or Shift_JIS, or .xlsx) as the part 'file': objectType "
            + "company (default), contact, or — managers only — activity, deal, order or payment history",
            description = "The columns are mapped automatically (Japanese and English headers, kintone, Salesforce and "
                    + "HubSpot exports). The same bytes uploaded again answer 200 with the earlier import. History "
                    + "(activity, deal, payment) is only inserted; rows whose externalId was imported before are skipped.")
    ResponseEntity<ImportJson> upload(@RequestParam(required = false) MultipartFile file,
            @RequestParam(defaultValue = "company") String objectType) {
        if (file == null || file.isEmpty()) {
            throw new RuleViolationException(FieldProblem.of("file", "NotBlank"));
        }
        try (InputStream in = file.getInputStream()) {
            return created(imports.upload(objectType, file.getOriginalFilename(), in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @PostMapping(path = "/api/v1/imports", consumes = {"text/csv", "text/tab-separated-values", "text/plain",
            MediaType.APPLICATION_OCTET_STREAM_VALUE,
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    @Operation(summary = "Upload a file as the request body; fileName names it, objectType as for the multipart upload")
    ResponseEntity<ImportJson> uploadBody(@RequestParam(required = false) String fileName,
            @RequestParam(defaultValue = "company") String objectType, HttpServletRequest request) {
        try (InputStream in = request.getInputStream()) {
            return created(imports.upload(objectType, fileName, in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ResponseEntity<ImportJson> created(Imports.Uploaded uploaded) {
        ImportJson body = ImportJson.of(uploaded.dataImport());
        return uploaded.existing() ? ResponseEntity.ok(body)
                : ResponseEntity.created(URI.create("/api/v1/imports/" + body.id())).body(body);
    }

    @GetMapping("/api/v1/imports")
    @Operation(summary = "The latest 50 imports")
    ImportList list() {
        return new ImportList(imports.recent().stream().map(ImportJson::of).toList(), null);
    }

    @GetMapping("/api/v1/imports/{id}")
    @Operation(summary = "An import's status and progress (rows done, rate, seconds left) and its counts")
    ImportJson get(@PathVariable String id) {
        return ImportJson.of(imports.find(id(id)));
    }

    @GetMapping("/api/v1/imports/{id}/preview")
    @Operation(summary = "The header, the current mapping, the first rows and the fields a column can map to")
    Preview preview(@PathVariable String id) {
        DataImport i = imports.find(id(id));
        return new Preview(i.header(), i.mapping(), imports.preview(i.id()).stream().map(List::of).toList(),
                imports.targets(i.objectType()), Imports.keys(i.objectType()), imports.savedMappings(i.objectType()));
    }

    @PutMapping("/api/v1/imports/{id}/mapping")
    @Operation(summary = "Set the target of each column ('' leaves it out), mode (insert, update, upsert), key and charset")
    ImportJson map(@PathVariable String id, @RequestBody MappingRequest request) {
        ImportMode mode;
        try {
            mode = request.mode() == null ? null : ImportMode.ofCode(request.mode());
        } catch (IllegalArgumentException e) {
            throw new RuleViolationException(FieldProblem.of("mode", "OneOf", "insert, update, upsert"));
        }
        UUID owner = null;
        if (request.defaultOwnerId() != null && !request.defaultOwnerId().isBlank()) {
            owner = Ids.parse(request.defaultOwnerId()).orElseThrow(() -> new RuleViolationException(
                    FieldProblem.of("defaultOwnerId", "UnknownUser")));
        }
        return ImportJson.of(imports.configure(id(id), new ImportSettings(request.mapping(), mode, request.matchKey(),
                request.charset(), owner, request.duplicates(), request.widenKana())));
    }

    @PostMapping("/api/v1/imports/{id}/mapping/save")
    @Operation(summary = "Save the import's mapping under a name, for files with the same headers")
    ResponseEntity<Void> saveMapping(@PathVariable String id, @RequestBody SaveMappingRequest request) {
        imports.saveMapping(id(id), request.name());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/v1/imports/{id}/dry-run")
    @Operation(summary = "Check every row without writing: counts and the error list")
    ResponseEntity<ImportJson> dryRun(@PathVariable String id) {
        return ResponseEntity.accepted().body(ImportJson.of(importRuns.dryRun(id(id))));
    }

    @PostMapping("/api/v1/imports/{id}/start")
    @Operation(summary = "Run the import in the background; follow GET /api/v1/imports/{id}")
    ResponseEntity<ImportJson> start(@PathVariable String id) {
        return ResponseEntity.accepted().body(ImportJson.of(importRuns.start(id(id))));
    }

    @PostMapping("/api/v1/imports/{id}/cancel")
    @Operation(summary = "Stop after the current batch")
    ImportJson cancel(@PathVariable String id) {
        return ImportJson.of(importRuns.cancel(id(id)));
    }

    @PostMapping("/api/v1/imports/{id}/undo")
    @Operation(summary = "Delete every customer the import created (managers and administrators)")
    ImportJson undo(@PathVariable String id) {
        return ImportJson.of(importRuns.undo(id(id)));
    }

    @GetMapping(path = "/api/v1/imports/{id}/errors", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The per-row errors (row, column, value, reason in the caller's language); pass=dry or run")
    ErrorList errors(@PathVariable String id, @RequestParam(defaultValue = "run") String pass,
            @RequestParam(defaultValue = "200") int limit) {
        UUID importId = id(id);
        return new ErrorList(importRuns.errors(importId, pass, Math.max(1, Math.min(limit, 1000)),
                LocaleContextHolder.getLocale()), importRuns.errorCount(importId, pass), null);
    }

    @GetMapping(path = "/api/v1/imports/{id}/errors.csv")
    @Operation(summary = "The errors as CSV (UTF-8 with BOM) to fix in Excel")
    void errorsCsv(@PathVariable String id, @RequestParam(defaultValue = "run") String pass,
            jakarta.servlet.http.HttpServletResponse response) throws IOException {
        UUID importId = id(id);
        imports.find(importId);
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("import-errors-" + importId + ".csv").build().toString());
        importRuns.writeErrors(importId, pass, LocaleContextHolder.getLocale(), response.getOutputStream());
    }

    static UUID id(String value) {
        return Ids.parse(value).orElseThrow(() -> new NotFoundException("import", value));
    }
}
