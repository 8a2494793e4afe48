package dev.kizuna.dataio;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import dev.kizuna.customers.CustomField;
import dev.kizuna.customers.CustomFields;
import dev.kizuna.platform.table.FileFormats;
import dev.kizuna.platform.table.TableReader;
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

    private final ImportRepository imports;
    private final ImportUpload uploads;
    private final ImportMappingRepository mappings;
    private final FileStore files;
    private final CustomFields customFields;
    private final ImportMessages messages;
    private final AuditLog audit;
    private final dev.kizuna.identity.Users users;

    Imports(ImportRepository imports, ImportMappingRepository mappings, FileStore files, CustomFields customFields,
            ImportUpload upload, ImportMessages messages, AuditLog audit, dev.kizuna.identity.Users users) {
        this.users = users;
        this.imports = imports;
        this.uploads = upload;
        this.mappings = mappings;
        this.files = files;
        this.customFields = customFields;
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
        return uploads.upload(object, fileName, content, ownLabels(object));
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
        List<String> all = new ArrayList<>(ImportTargets.builtInTargets(objectType));
        active(objectType).forEach(f -> all.add(f.name()));
        return all;
    }

    /** The fields that find existing records for an update. */
    public static List<String> keys(String objectType) {
        return ImportTargets.keys(objectType);
    }

    /** Whether records of this kind are only added (history), so the mode is always insert. */
    public static boolean historyOnly(String objectType) {
        return HISTORY_TYPES.contains(objectType);
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
        List<CustomField> active = active(object);
        check.failIf(mapping.size() != header.size(), "mapping", "ImportMappingSize", header.size());
        for (int i = 0; i < mapping.size(); i++) {
            String target = mapping.get(i) == null ? "" : mapping.get(i);
            check.failIf(!ImportTargets.known(object, target, active),
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
            for (List<String> group : ImportTargets.required(object)) {
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
        mappings.saveMapping(dataImport.objectType(), clean, byHeader, CurrentActor.idOrNull());
    }

    @PreAuthorize("hasRole('MEMBER')")
    @Transactional(readOnly = true)
    public List<String> savedMappings() {
        return mappings.mappingNames(OBJECT_COMPANY);
    }

    @PreAuthorize("hasRole('MEMBER')")
    @Transactional(readOnly = true)
    public List<String> savedMappings(String objectType) {
        return mappings.mappingNames(objectType);
    }

    /** Applies a saved mapping to the import's columns (headers it does not know stay as they are). */
    @PreAuthorize("hasRole('MEMBER')")
    public DataImport applyMapping(UUID id, String name) {
        DataImport dataImport = find(id);
        Map<String, String> saved = mappings.savedMapping(dataImport.objectType(), name);
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
            ImportTargets.builtInTargets(objectType).forEach(t -> labels.putIfAbsent(messages.label(t, locale), t));
        }
        return labels;
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
