package dev.kizuna.dataio;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import dev.kizuna.customers.CompanyImports;
import dev.kizuna.customers.CustomField;
import dev.kizuna.customers.CustomFields;
import dev.kizuna.dataio.file.CsvWriter;
import dev.kizuna.dataio.file.FileFormats;
import dev.kizuna.dataio.file.TableReader;
import dev.kizuna.platform.Ids;
import dev.kizuna.platform.api.Check;
import dev.kizuna.platform.api.FieldProblem;
import dev.kizuna.platform.api.NotFoundException;
import dev.kizuna.platform.api.RuleViolationException;
import dev.kizuna.platform.audit.AuditLog;
import dev.kizuna.platform.files.FileStore;
import dev.kizuna.platform.files.UploadLimit;
import dev.kizuna.platform.files.UploadNames;
import dev.kizuna.platform.security.CurrentActor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Customer imports: upload a CSV, TSV or .xlsx file, check the mapping the columns were given automatically (fix it,
 * save it for next time), dry-run, then run it in the background; follow its progress, cancel it, download its
 * errors, and undo it. Members and above import; undoing (which deletes customers) needs a manager, like deleting.
 * Uploading the same bytes again gives back the earlier import instead of a second one.
 */
@Service
@Transactional
public class Imports {

    static final String AUDIT_TYPE = "import";
    public static final String OBJECT_COMPANY = "company";
    public static final String OBJECT_CONTACT = "contact";
    public static final String OBJECT_ACTIVITY = "activity";
    public static final String OBJECT_DEAL = "deal";
    public static final String OBJECT_ORDER = "order";
    public static final String OBJECT_PAYMENT = "payment";
    public static final List<String> OBJECT_TYPES = List.of(OBJECT_COMPANY, OBJECT_CONTACT, OBJECT_ACTIVITY, OBJECT_DEAL,
            OBJECT_ORDER, OBJECT_PAYMENT);
    /** History (activities, deals, orders, payments) is only added: no update by key, found again by external id. */
    static final List<String> HISTORY_TYPES = List.of(OBJECT_ACTIVITY, OBJECT_DEAL, OBJECT_ORDER, OBJECT_PAYMENT);
    /** Rows shown on the mapping screen. */
    public static final int PREVIEW_ROWS = 5;
    /** The largest import file, as uploaded (the multipart limit in application.yml is the same). */
    public static final long MAX_BYTES = 1L << 30;
    private static final int UNDO_CHUNK = 5_000;

    private final ImportRepository imports;
    private final FileStore files;
    private final CustomFields customFields;
    private final CompanyImports companyImports;
    private final ImportMessages messages;
    private final AuditLog audit;
    private final HistoryUndo historyUndo;
    private final dev.kizuna.identity.Users users;

    Imports(ImportRepository imports, FileStore files, CustomFields customFields, CompanyImports companyImports,
            ImportMessages messages, AuditLog audit, HistoryUndo historyUndo, dev.kizuna.identity.Users users) {
        this.historyUndo = historyUndo;
        this.users = users;
        this.imports = imports;
        this.files = files;
        this.customFields = customFields;
        this.companyImports = companyImports;
        this.messages = messages;
        this.audit = audit;
    }

    /** The import and whether it was already there (the same file uploaded before). */
    public record Uploaded(DataImport dataImport, boolean existing) {
    }

    @PreAuthorize("hasRole('MEMBER')")
    public Uploaded upload(String fileName, InputStream content) {
        return upload(OBJECT_COMPANY, fileName, content);
    }

    /** Uploads a file of customers ({@code company}) or contacts ({@code contact}). */
    @PreAuthorize("hasRole('MEMBER')")
    public Uploaded upload(String objectType, String fileName, InputStream content) {
        String object = objectType == null || objectType.isBlank() ? OBJECT_COMPANY : objectType;
        Check.of().oneOf("objectType", object, OBJECT_TYPES).verify();
        if (historyOnly(object) && !CurrentActor.hasRole("MANAGER")) {
            // history names other reps as authors and owners, and feeds their compliance and targets
            throw new org.springframework.security.access.AccessDeniedException("history imports need a manager");
        }
        String name = UploadNames.clean("file", fileName, "import.csv");
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        UploadLimit counted = new UploadLimit(content, MAX_BYTES);
        String key = files.put(new DigestInputStream(counted, sha));
        try {
            return stored(object, name, key, HexFormat.of().formatHex(sha.digest()), counted.count());
        } catch (IOException | RuntimeException e) {
            files.delete(key); // whatever went wrong, the file is not left behind
            throw e instanceof RuleViolationException rule ? rule : ImportFileCheck.refusal(e);
        }
    }

    private Uploaded stored(String object, String name, String key, String hash, long size) throws IOException {
        var same = imports.sameFile(object, hash);
        if (same.isPresent()) {
            files.delete(key);
            return new Uploaded(same.get(), true);
        }
        if (size == 0) {
            throw new RuleViolationException(FieldProblem.of("file", "NotBlank"));
        }
        boolean xlsx = FileFormats.isXlsx(files.path(key));
        List<String> header = ImportFileCheck.header(files.path(key), null);
        if (header.isEmpty() || header.stream().allMatch(String::isBlank)) {
            throw new RuleViolationException(FieldProblem.of("file", "ImportNoHeader"));
        }
        UUID id = Ids.newId();
        ColumnSet columns = columns(object);
        List<String> mapping = columns != null ? columns.autoMatch(header, active(object), ownLabels(object))
                : CompanyColumns.autoMatch(header, active(object), ownLabels(object));
        imports.insert(new ImportRepository.NewImport(id, object, name, key, hash, size, xlsx ? "xlsx" : "csv",
                "auto", header, mapping, CurrentActor.idOrNull()));
        audit.record("import.uploaded", AUDIT_TYPE, id, null, Map.of("file", name, "bytes", size));
        return new Uploaded(find(id), false);
    }

    @PreAuthorize("hasRole('MEMBER')")
    @Transactional(readOnly = true)
    public DataImport find(UUID id) {
        return imports.find(id).orElseThrow(() -> new NotFoundException(AUDIT_TYPE, id));
    }

    @PreAuthorize("hasRole('MEMBER')")
    @Transactional(readOnly = true)
    public List<DataImport> recent() {
        return imports.recent(50);
    }

    /** The fields a column can be mapped to: built-in targets, then the active custom fields by name. */
    @PreAuthorize("hasRole('MEMBER')")
    @Transactional(readOnly = true)
    public List<String> targets() {
        return targets(OBJECT_COMPANY);
    }

    /** The fields a column of a customers or contacts file can be mapped to. */
    @PreAuthorize("hasRole('MEMBER')")
    @Transactional(readOnly = true)
    public List<String> targets(String objectType) {
        List<String> all = new ArrayList<>(builtInTargets(objectType));
        active(objectType).forEach(f -> all.add(f.name()));
        return all;
    }

    /** The fields that find existing records for an update. */
    public static List<String> keys(String objectType) {
        ColumnSet columns = columns(objectType);
        return columns != null ? columns.keys : CompanyColumns.KEYS;
    }

    /** Whether records of this kind are only added (history), so the mode is always insert. */
    public static boolean historyOnly(String objectType) {
        return HISTORY_TYPES.contains(objectType);
    }

    /** The columns of each kind but customers, which have their own richer {@link CompanyColumns}. */
    private static ColumnSet columns(String objectType) {
        return switch (objectType) {
            case OBJECT_CONTACT -> ContactColumns.SET;
            case OBJECT_ACTIVITY -> HistoryColumns.ACTIVITY;
            case OBJECT_DEAL -> HistoryColumns.DEAL;
            case OBJECT_ORDER -> HistoryColumns.ORDER;
            case OBJECT_PAYMENT -> HistoryColumns.PAYMENT;
            default -> null;
        };
    }

    private static List<String> builtInTargets(String objectType) {
        ColumnSet columns = columns(objectType);
        return columns != null ? columns.targets : CompanyColumns.TARGETS;
    }

    /** The targets a file must map for a new record; any one of each group will do. */
    private static List<List<String>> required(String objectType) {
        return switch (objectType) {
            case OBJECT_ACTIVITY -> List.of(CompanyLookup.TARGETS, List.of("occurredAt"));
            case OBJECT_DEAL -> List.of(CompanyLookup.TARGETS, List.of("name"));
            case OBJECT_ORDER -> List.of(CompanyLookup.TARGETS, List.of("orderTitle"), List.of("orderedOn"), List.of("amount"));
            case OBJECT_PAYMENT -> List.of(List.of("orderNumber"), List.of("receivedOn"), List.of("amount"));
            case OBJECT_CONTACT -> List.of(CompanyLookup.TARGETS, List.of("name", "lastName"));
            default -> List.of(List.of("name"));
        };
    }

    /** Each target's label in the reader's language, for the mapping screen. */
    @PreAuthorize("hasRole('MEMBER')")
    @Transactional(readOnly = true)
    public Map<String, String> targetLabels(String objectType, Locale locale) {
        Map<String, String> labels = new LinkedHashMap<>();
        targets(objectType).forEach(t -> labels.put(t, messages.label(t, locale)));
        return labels;
    }

    /** kintone, salesforce or hubspot when the header looks like that software's export, else null. */
    public static String recognisedSource(DataImport dataImport) {
        return CompanyColumns.recognisedSource(dataImport.header());
    }

    /** The first rows of the file, as read with the import's charset, for the mapping screen. */
    @PreAuthorize("hasRole('MEMBER')")
    @Transactional(readOnly = true)
    public List<String[]> preview(UUID id) {
        DataImport dataImport = find(id);
        List<String[]> rows = new ArrayList<>();
        try (TableReader reader = TableReader.open(files.path(imports.fileKey(id)),
                FileFormats.named(dataImport.charset()))) {
            String[] values;
            while (rows.size() < PREVIEW_ROWS && (values = reader.next()) != null) {
                rows.add(values);
            }
        } catch (IOException e) {
            throw ImportFileCheck.unreadable(e);
        }
        return rows;
    }

    /** Sets the mapping, mode, key and charset; only before a run (or after a dry run). */
    @PreAuthorize("hasRole('MEMBER')")
    public DataImport configure(UUID id, ImportSettings settings) {
        DataImport before = find(id);
        String charset = settings.charset() == null ? before.charset() : settings.charset();
        Check check = Check.of();
        Charset chosen = null;
        try {
            chosen = FileFormats.named(charset);
        } catch (IllegalArgumentException e) {
            check.failIf(true, "charset", "OneOf", "auto, utf-8, cp932, utf-16");
        }
        List<String> header = before.header();
        if (!charset.equals(before.charset()) && "csv".equals(before.format())) {
            header = header(imports.fileKey(id), chosen);
        }
        List<String> mapping = settings.mapping() == null ? before.mapping() : settings.mapping();
        String object = before.objectType();
        ColumnSet columns = columns(object);
        List<CustomField> active = active(object);
        check.failIf(mapping.size() != header.size(), "mapping", "ImportMappingSize", header.size());
        for (int i = 0; i < mapping.size(); i++) {
            String target = mapping.get(i) == null ? "" : mapping.get(i);
            check.failIf(!(columns != null ? columns.known(target, active) : CompanyColumns.known(target, active)),
                    "mapping[" + i + "]", "OneOf", String.join(", ", targets(object)));
        }
        ImportMode mode = settings.mode() == null ? ImportMode.INSERT : settings.mode();
        check.failIf(historyOnly(object) && mode != ImportMode.INSERT, "mode", "ImportInsertOnly");
        // history is found again by its external id alone: a key names nothing there
        String key = historyOnly(object) || settings.matchKey() == null || settings.matchKey().isBlank() ? null
                : settings.matchKey();
        check.failIf(key != null && !keys(object).contains(key), "matchKey", "OneOf", String.join(", ", keys(object)));
        check.failIf(mode != ImportMode.INSERT && key == null, "matchKey", "NotNull");
        check.failIf(key != null && !mapping.contains(key), "matchKey", "ImportKeyNotMapped");
        if (mode != ImportMode.UPDATE) {
            for (List<String> group : required(object)) {
                check.failIf(group.stream().noneMatch(mapping::contains), "mapping", "ImportRequiredNotMapped",
                        group.stream().map(t -> messages.label(t, org.springframework.context.i18n.LocaleContextHolder.getLocale())).collect(
                                java.util.stream.Collectors.joining(" / ")));
            }
        }
        check.failIf(settings.duplicates() != null && !ImportSettings.DUPLICATES.contains(settings.duplicates()),
                "duplicates", "OneOf", String.join(", ", ImportSettings.DUPLICATES));
        check.failIf(settings.defaultOwnerId() != null && !users.exists(settings.defaultOwnerId()), "defaultOwnerId",
                "UnknownUser");
        check.verify();
        List<String> clean = mapping.stream().map(m -> m == null ? "" : m).toList();
        if (!imports.configure(id, new ImportSettings(clean, mode, key, charset, settings.defaultOwnerId(),
                settings.duplicates(), settings.widenKana()), header, CurrentActor.idOrNull())) {
            throw new RuleViolationException(FieldProblem.of("status", "ImportNotEditable"));
        }
        return find(id);
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
        audit.record("import.started", AUDIT_TYPE, id, null, Map.of("file", find(id).fileName()));
        return find(id);
    }

    /** Stops a queued or running import after its current batch; what was written stays (undo removes it). */
    @PreAuthorize("hasRole('MEMBER')")
    public DataImport cancel(UUID id) {
        find(id);
        if (imports.transition(id, List.of("dry_run_queued", "dry_running"), "uploaded", CurrentActor.idOrNull())
                || imports.transition(id, List.of("queued", "running"), "cancelled", CurrentActor.idOrNull())) {
            audit.record("import.cancelled", AUDIT_TYPE, id, null, null);
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
                case OBJECT_CONTACT -> companyImports.deleteImportedContacts(ids);
                case OBJECT_COMPANY -> companyImports.deleteImported(ids);
                default -> historyUndo.delete(before.objectType(), ids);
            };
            after = page.getLast().row();
        }
        imports.forgetExternalKeys(id);
        audit.record("import.undone", AUDIT_TYPE, id, Map.of("created", before.created()), Map.of("deleted", deleted));
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
        CsvWriter csv = new CsvWriter(out, java.nio.charset.StandardCharsets.UTF_8, true);
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

    /** Saves the import's mapping under a name, by header text, for files with the same columns. */
    @PreAuthorize("hasRole('MEMBER')")
    public void saveMapping(UUID id, String name) {
        DataImport dataImport = find(id);
        String clean = name == null ? "" : name.strip();
        Check.of().required("mappingName", clean).maxLength("mappingName", clean, 100).verify();
        Map<String, String> byHeader = new LinkedHashMap<>();
        for (int i = 0; i < dataImport.header().size(); i++) {
            byHeader.put(dataImport.header().get(i), dataImport.mapping().get(i));
        }
        imports.saveMapping(dataImport.objectType(), clean, byHeader, CurrentActor.idOrNull());
    }

    @PreAuthorize("hasRole('MEMBER')")
    @Transactional(readOnly = true)
    public List<String> savedMappings() {
        return imports.mappingNames(OBJECT_COMPANY);
    }

    @PreAuthorize("hasRole('MEMBER')")
    @Transactional(readOnly = true)
    public List<String> savedMappings(String objectType) {
        return imports.mappingNames(objectType);
    }

    /** Applies a saved mapping to the import's columns (headers it does not know stay as they are). */
    @PreAuthorize("hasRole('MEMBER')")
    public DataImport applyMapping(UUID id, String name) {
        DataImport dataImport = find(id);
        Map<String, String> saved = imports.savedMapping(dataImport.objectType(), name);
        if (saved.isEmpty()) {
            throw new RuleViolationException(FieldProblem.of("mappingName", "UnknownId"));
        }
        List<String> mapping = new ArrayList<>();
        for (int i = 0; i < dataImport.header().size(); i++) {
            mapping.add(saved.getOrDefault(dataImport.header().get(i), dataImport.mapping().get(i)));
        }
        return configure(id, new ImportSettings(mapping, dataImport.mode(), dataImport.matchKey(), dataImport.charset(),
                dataImport.defaultOwnerId(), dataImport.duplicates(), dataImport.widenKana()));
    }

    /** Every target's label in both languages (label → target), later ones not replacing earlier ones. */
    private Map<String, String> ownLabels(String objectType) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (Locale locale : List.of(Locale.JAPANESE, Locale.ENGLISH)) {
            builtInTargets(objectType).forEach(t -> labels.putIfAbsent(messages.label(t, locale), t));
        }
        return labels;
    }

    private static String pass(String pass) {
        return "dry".equals(pass) ? "dry" : "run";
    }

    private List<CustomField> active(String objectType) {
        return customFields.active(objectType);
    }

    private List<String> header(String key, Charset charset) {
        try (TableReader reader = TableReader.open(files.path(key), charset)) {
            return reader.header();
        } catch (IOException e) {
            throw ImportFileCheck.unreadable(e);
        }
    }
}
