package dev.kizuna.dataio;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import dev.kizuna.customers.ListView;
import dev.kizuna.customers.ListViews;
import dev.kizuna.platform.table.TableWriter;
import dev.kizuna.platform.Ids;
import dev.kizuna.platform.api.Check;
import dev.kizuna.platform.api.FieldProblem;
import dev.kizuna.platform.api.NotFoundException;
import dev.kizuna.platform.api.RuleViolationException;
import dev.kizuna.platform.audit.AuditLog;
import dev.kizuna.platform.files.FileStore;
import dev.kizuna.platform.security.CurrentActor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exports: a customers list (a saved view, or the list's own query string with its filters, sort and columns) or
 * all contacts, as CSV (UTF-8 with BOM, or CP932) or .xlsx. The file is written in the background and downloaded
 * when ready; requesting and downloading are both audited (who exported what). Everyone signed in may export what
 * they can read; only the person who asked downloads the file.
 */
@Service
@Transactional
public class Exports {

    static final String AUDIT_TYPE = "export";
    public static final List<String> OBJECT_TYPES = List.of("company", "contact");

    private final ExportRepository exports;
    private final ListViews listViews;
    private final dev.kizuna.customers.Companies companies;
    private final FileStore files;
    private final AuditLog audit;

    Exports(ExportRepository exports, ListViews listViews, dev.kizuna.customers.Companies companies, FileStore files,
            AuditLog audit) {
        this.exports = exports;
        this.companies = companies;
        this.listViews = listViews;
        this.files = files;
        this.audit = audit;
    }

    /**
     * What to export: {@code objectType} company or contact; for customers a saved view's id or a list query
     * string ({@code filter[status]=customer&sort=name&cols=phone,status}); {@code format} csv-utf8, csv-cp932 or
     * xlsx.
     */
    public record ExportRequest(String objectType, UUID viewId, String query, String format) {
    }

    @PreAuthorize("isAuthenticated()")
    public DataExport request(ExportRequest request, Locale locale) {
        String objectType = request.objectType() == null ? "company" : request.objectType();
        String format = request.format() == null ? "csv-utf8" : request.format();
        Check check = Check.of()
                .failIf(!OBJECT_TYPES.contains(objectType), "objectType", "OneOf", String.join(", ", OBJECT_TYPES));
        TableWriter.Format parsed = null;
        try {
            parsed = TableWriter.Format.ofCode(format);
        } catch (IllegalArgumentException e) {
            check.failIf(true, "format", "OneOf", "csv-utf8, csv-cp932, xlsx");
        }
        check.verify();
        String query = request.query() == null ? "" : request.query();
        if (request.viewId() != null) {
            ListView view = listViews.find(request.viewId());
            query = view.query();
        }
        if ("company".equals(objectType)) {
            companies.count(ExportRunner.filter(query)); // a broken query is refused now, not in the background
        }
        UUID id = Ids.newId();
        String fileName = ("contact".equals(objectType) ? "contacts" : "customers") + "-"
                + LocalDate.now(ZoneId.of("Asia/Tokyo")) + "." + parsed.extension;
        exports.insert(id, objectType, query, columns(objectType, request.viewId() != null, query), format, fileName,
                "en".equals(locale.getLanguage()) ? "en" : "ja", CurrentActor.idOrNull());
        audit.record("export.requested", AUDIT_TYPE, id, null, Map.of("object", objectType, "query", query,
                "format", format));
        return find(id);
    }

    /**
     * The columns written: those the query chose; for a customers list (a saved view, or a list's query) that chose
     * none, the columns the list shows by default; with no list at all (every customer, every contact), every column.
     */
    static List<String> columns(String objectType, boolean view, String query) {
        List<String> chosen = ExportRunner.columns(query);
        if (chosen.isEmpty() && "company".equals(objectType) && (view || !query.isBlank())) {
            return ListView.DEFAULT_COLUMNS;
        }
        return chosen;
    }

    /** A customers list's query with the columns the list shows written out ({@code cols=}), when it names none. */
    public static String asShown(String query) {
        String q = query == null ? "" : query;
        if (!ExportRunner.columns(q).isEmpty()) {
            return q;
        }
        return (q.isBlank() ? "" : q + "&") + "cols=" + String.join(",", ListView.DEFAULT_COLUMNS);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public DataExport find(UUID id) {
        DataExport export = exports.find(id).orElseThrow(() -> new NotFoundException(AUDIT_TYPE, id));
        if (!java.util.Objects.equals(export.createdBy(), CurrentActor.idOrNull())) {
            throw new NotFoundException(AUDIT_TYPE, id);
        }
        return export;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<DataExport> mine() {
        return exports.recent(CurrentActor.idOrNull(), 20);
    }

    /** The finished file; the download is audited. */
    @PreAuthorize("isAuthenticated()")
    public InputStream download(UUID id) {
        DataExport export = find(id);
        if (!export.ready()) {
            throw new RuleViolationException(FieldProblem.of("status",
                    "expired".equals(export.status()) ? "ExportExpired" : "ExportNotReady"));
        }
        audit.record("export.downloaded", AUDIT_TYPE, id, null, Map.of("file", export.fileName(), "rows", export.rowsDone()));
        return files.open(exports.fileKey(id));
    }

    /** The content type of a format. */
    public static String contentType(DataExport export) {
        return TableWriter.Format.ofCode(export.format()).contentType;
    }
}
