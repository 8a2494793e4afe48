package dev.kizuna.dataio;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import dev.kizuna.customers.CompanyImports;
import dev.kizuna.platform.table.CsvWriter;
import dev.kizuna.platform.api.FieldProblem;
import dev.kizuna.platform.api.NotFoundException;
import dev.kizuna.platform.api.RuleViolationException;
import dev.kizuna.platform.audit.AuditLog;
import dev.kizuna.platform.security.CurrentActor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Running an import that {@link Imports} planned: a dry run, the real run in the background, cancelling it, undoing
 * it (a manager: it deletes what the import created), and the errors of either pass, on screen or as CSV.
 */
@Service
@Transactional
public class ImportRuns {

    private static final int UNDO_CHUNK = 5_000;

    private final ImportRepository imports;
    private final CompanyImports companyImports;
    private final HistoryUndo historyUndo;
    private final ImportMessages messages;
    private final AuditLog audit;

    ImportRuns(ImportRepository imports, CompanyImports companyImports, HistoryUndo historyUndo,
            ImportMessages messages, AuditLog audit) {
        this.imports = imports;
        this.companyImports = companyImports;
        this.historyUndo = historyUndo;
        this.messages = messages;
        this.audit = audit;
    }

    /** Queues a dry run: counts and errors, nothing written. */
    @PreAuthorize("hasRole('MEMBER')")
    public DataImport dryRun(UUID id) {
        find(id);
        if (!imports.transition(id, List.of("uploaded", "dry_run_done"), "dry_run_queued", CurrentActor.idOrNull())) {
            throw new RuleViolationException(FieldProblem.of("status", "ImportNotEditable"));
        }
        imports.resetPass(id, "dry");
        return find(id);
    }

    /** Queues the real run; a worker picks it up within a second or two. */
    @PreAuthorize("hasRole('MEMBER')")
    public DataImport start(UUID id) {
        find(id);
        if (!imports.transition(id, List.of("uploaded", "dry_run_done"), "queued", CurrentActor.idOrNull())) {
            throw new RuleViolationException(FieldProblem.of("status", "ImportNotEditable"));
        }
        imports.resetPass(id, "run");
        audit.record("import.started", Imports.AUDIT_TYPE, id, null, Map.of("file", find(id).fileName()));
        return find(id);
    }

    /** Stops a queued or running import after its current batch; what was written stays (undo removes it). */
    @PreAuthorize("hasRole('MEMBER')")
    public DataImport cancel(UUID id) {
        find(id);
        if (imports.transition(id, List.of("dry_run_queued", "dry_running"), "uploaded", CurrentActor.idOrNull())
                || imports.transition(id, List.of("queued", "running"), "cancelled", CurrentActor.idOrNull())) {
            audit.record("import.cancelled", Imports.AUDIT_TYPE, id, null, null);
            return find(id);
        }
        throw new RuleViolationException(FieldProblem.of("status", "ImportNotRunning"));
    }

    /** Deletes every customer the import created (updates it made stay: the audit log has their before values). */
    @PreAuthorize("hasRole('MANAGER')")
    public DataImport undo(UUID id) {
        DataImport before = find(id);
        if (!imports.transition(id, List.of("done", "cancelled", "failed"), "undone", CurrentActor.idOrNull())) {
            throw new RuleViolationException(FieldProblem.of("status", "ImportNotUndoable"));
        }
        long after = 0;
        int deleted = 0;
        while (true) {
            var page = imports.createdRecords(id, after, UNDO_CHUNK);
            if (page.isEmpty()) {
                break;
            }
            List<UUID> ids = page.stream().map(ImportRepository.Created::recordId).toList();
            deleted += switch (before.objectType()) {
                case Imports.OBJECT_CONTACT -> companyImports.deleteImportedContacts(ids);
                case Imports.OBJECT_COMPANY -> companyImports.deleteImported(ids);
                default -> historyUndo.delete(before.objectType(), ids);
            };
            after = page.getLast().row();
        }
        imports.forgetExternalKeys(id);
        audit.record("import.undone", Imports.AUDIT_TYPE, id, Map.of("created", before.created()), Map.of("deleted", deleted));
        return find(id);
    }

    /** A page of the errors of the dry run ({@code dry}) or the real run ({@code run}), translated. */
    @PreAuthorize("hasRole('MEMBER')")
    @Transactional(readOnly = true)
    public List<ImportError> errors(UUID id, String pass, int limit, Locale locale) {
        find(id);
        long[] last = {0};
        boolean dry = "dry".equals(pass(pass));
        return imports.errors(id, pass(pass), 0, limit, last).stream().map(e -> messages.translate(e, locale, dry))
                .toList();
    }

    @PreAuthorize("hasRole('MEMBER')")
    @Transactional(readOnly = true)
    public long errorCount(UUID id, String pass) {
        return imports.errorCount(id, pass(pass));
    }

    /**
     * Writes the error list as CSV (UTF-8 with BOM, for Excel): row, column, value, reason; streamed a page at a
     * time. The row numbers are the file's, so the rows can be fixed there and the file imported again.
     */
    @PreAuthorize("hasRole('MEMBER')")
    @Transactional(readOnly = true)
    public void writeErrors(UUID id, String pass, Locale locale, OutputStream out) throws IOException {
        find(id);
        CsvWriter csv = new CsvWriter(out, StandardCharsets.UTF_8, true);
        csv.row(messages.text("dataio.errors.row", locale), messages.text("dataio.errors.column", locale),
                messages.text("dataio.errors.value", locale), messages.text("dataio.errors.reason", locale));
        long[] last = {0};
        while (true) {
            var page = imports.errors(id, pass(pass), last[0], 2_000, last);
            for (var e : page) {
                ImportError t = messages.translate(e, locale, "dry".equals(pass(pass)));
                csv.row(Long.toString(t.row()), t.column(), t.value(), t.message());
            }
            if (page.size() < 2_000) {
                break;
            }
        }
        csv.close();
    }

    private DataImport find(UUID id) {
        return imports.find(id).orElseThrow(() -> new NotFoundException(Imports.AUDIT_TYPE, id));
    }

    private static String pass(String pass) {
        return "dry".equals(pass) ? "dry" : "run";
    }
}
