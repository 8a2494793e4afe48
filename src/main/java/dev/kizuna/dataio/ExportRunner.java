package dev.kizuna.dataio;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dev.kizuna.customers.Company;
import dev.kizuna.customers.CompanyFilter;
import dev.kizuna.customers.ContactRow;
import dev.kizuna.customers.CustomField;
import dev.kizuna.customers.CustomFields;
import dev.kizuna.customers.CustomerExports;
import dev.kizuna.platform.table.TableWriter;
import dev.kizuna.platform.audit.AuditLog;
import dev.kizuna.platform.files.FileStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Writes an export's file: rows stream from the database into the writer and through a buffer to a temporary
 * file, which is then stored under the data directory; memory stays the same for ten rows or ten million.
 */
@Component
class ExportRunner {

    private static final Logger log = LoggerFactory.getLogger(ExportRunner.class);
    /** How often a running export renews its claim (and shows its progress), well inside the 60 s lease. */
    static final java.time.Duration RENEW_EVERY = java.time.Duration.ofSeconds(10);
    /** When the running export (one at a time: the export thread) last renewed its claim. */
    private long renewedAt = System.nanoTime();

    private final ExportRepository exports;
    private final CustomerExports customers;
    private final CustomFields customFields;
    private final ImportMessages messages;
    private final FileStore files;
    private final AuditLog audit;

    ExportRunner(ExportRepository exports, CustomerExports customers, CustomFields customFields,
            ImportMessages messages, FileStore files, AuditLog audit) {
        this.exports = exports;
        this.customers = customers;
        this.customFields = customFields;
        this.messages = messages;
        this.files = files;
        this.audit = audit;
    }

    Optional<DataExport> claim() {
        return exports.claim();
    }

    void run(DataExport job) {
        renewedAt = System.nanoTime();
        Path temporary = null;
        try {
            temporary = Files.createTempFile("kizuna-export-", ".part");
            long rows;
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16)) {
                rows = write(job, out);
            }
            String key;
            try (InputStream in = Files.newInputStream(temporary)) {
                key = files.put(in);
            }
            exports.finish(job.id(), "done", rows, key, null);
            audit.record("export.finished", "export", job.id(), null, Map.of("object", job.objectType(),
                    "query", job.query(), "format", job.format(), "rows", rows));
        } catch (IOException | RuntimeException e) {
            if (dev.kizuna.platform.db.DatabaseOutage.causedBy(e)) {
                // not failed: the claim runs out and the export is taken again from the top once the database is back
                log.warn("Export {} interrupted by the database going away; it starts again when it is back", job.id());
                return;
            }
            log.warn("Export {} failed: {}", job.id(), e.toString());
            exports.finish(job.id(), "failed", 0, null, String.valueOf(e.getMessage()));
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException e) {
                    log.debug("Temporary export file stays: {}", temporary);
                }
            }
        }
    }

    /** Writes the export to the stream; returns the number of rows. */
    long write(DataExport job, OutputStream out) throws IOException {
        Locale locale = Locale.forLanguageTag(job.locale());
        TableWriter.Format format = TableWriter.Format.ofCode(job.format());
        boolean contacts = "contact".equals(job.objectType());
        List<CustomField> custom = customFields.active(contacts ? "contact" : "company");
        List<String> columns = contacts ? ExportColumns.contactColumns(job.columns(), custom)
                : ExportColumns.companyColumns(job.columns(), custom);
        java.util.function.Function<Enum<?>, String> words = e -> messages.text(
                (e instanceof dev.kizuna.customers.CompanyKind ? "kind." : "status.") + e.name(), locale);
        try (TableWriter writer = TableWriter.open(format, out)) {
            writer.row(columns.stream().map(c -> messages.label(c, locale)).toArray(String[]::new));
            String[] values = new String[columns.size()];
            long[] count = {0};
            if (contacts) {
                var getters = ExportColumns.getters(columns, ExportColumns.CONTACT, ContactRow::customFields);
                customers.contacts(contact -> {
                    ExportColumns.values(contact, getters, words, values);
                    row(writer, values, job, ++count[0]);
                });
            } else {
                var getters = ExportColumns.getters(columns, ExportColumns.COMPANY, Company::customFields);
                customers.companies(filter(job.query()), company -> {
                    ExportColumns.values(company, getters, words, values);
                    row(writer, values, job, ++count[0]);
                });
            }
            return count[0];
        }
    }

    private void row(TableWriter writer, String[] values, DataExport job, long n) {
        try {
            writer.row(values);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (n % 1_000 == 0 && System.nanoTime() - renewedAt > RENEW_EVERY.toNanos()) {
            exports.progress(job.id(), n);
            renewedAt = System.nanoTime();
        }
    }

    /** The list's filter from its query string (filter[status]=customer&sort=name …). */
    static CompanyFilter filter(String query) {
        Map<String, String[]> arrays = new HashMap<>();
        parameters(query).forEach((k, v) -> arrays.put(k, v.toArray(String[]::new)));
        return CompanyFilter.fromParameters(arrays);
    }

    /**
     * The columns a list's query string chose, in their order: the list's column chooser sends one {@code cols} per
     * ticked column ({@code cols=area&cols=phone}), a saved link may join them ({@code cols=area,phone}); none when
     * the query chooses none.
     */
    static List<String> columns(String query) {
        return parameters(query).getOrDefault("cols", List.of()).stream()
                .flatMap(v -> java.util.Arrays.stream(v.split(","))).map(String::strip).filter(s -> !s.isEmpty())
                .distinct().toList();
    }

    private static Map<String, List<String>> parameters(String query) {
        Map<String, List<String>> params = new java.util.LinkedHashMap<>();
        if (query != null && !query.isBlank()) {
            for (String pair : query.replaceFirst("^\\?", "").split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String name = decode(eq < 0 ? pair : pair.substring(0, eq));
                String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
                params.computeIfAbsent(name, k -> new java.util.ArrayList<>()).add(value);
            }
        }
        return params;
    }

    private static String decode(String s) {
        return java.net.URLDecoder.decode(s, java.nio.charset.StandardCharsets.UTF_8);
    }
}
