package dev.kizuna.dataio;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.kizuna.customers.Companies;
import dev.kizuna.customers.CompanyDraft;
import dev.kizuna.customers.CompanyImports;
import dev.kizuna.dataio.file.FileFormats;
import dev.kizuna.dataio.file.TableReader;
import dev.kizuna.identity.Users;
import dev.kizuna.platform.Ids;
import dev.kizuna.platform.api.FieldProblem;
import dev.kizuna.platform.api.RuleViolationException;
import dev.kizuna.platform.api.StaleVersionException;
import dev.kizuna.platform.audit.AuditLog;
import dev.kizuna.platform.files.FileStore;
import dev.kizuna.platform.text.PhoneNumbers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads an import's file from the first row not yet done and writes it in batches. Each batch is one transaction
 * that also records the batch's last row ({@code rows_done}) and what each row created, so a crash loses at most
 * the batch in flight, which is rolled back whole and read again on resume: no row is lost or written twice. A dry
 * run goes through the same steps and writes only its counts and errors.
 */
@Component
class ImportRunner {

    private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);
    static final int LEASE_SECONDS = 60;

    /** Lets a test stop the runner as a crash would: before a batch, or after a batch's writes but before commit. */
    interface Interruption {
        Interruption NONE = new Interruption() {
        };

        default boolean stopBefore(int batch) {
            return false;
        }

        default void afterWrites(int batch) {
        }
    }

    private final ImportRepository imports;
    private final CompanyImports companyImports;
    private final Companies companies;
    private final Users users;
    private final FileStore files;
    private final AuditLog audit;
    private final TransactionTemplate tx;

    ImportRunner(ImportRepository imports, CompanyImports companyImports, Companies companies, Users users,
            FileStore files, AuditLog audit, TransactionTemplate tx) {
        this.imports = imports;
        this.companyImports = companyImports;
        this.companies = companies;
        this.users = users;
        this.files = files;
        this.audit = audit;
        this.tx = tx;
    }

    private record Row(long number, String[] values) {
    }

    /** Runs (or resumes) the claimed import to its end; returns false when it stopped early. */
    boolean run(UUID id, Interruption interruption) {
        DataImport job = imports.find(id).orElseThrow();
        boolean dry = job.dryRunning();
        String pass = dry ? "dry" : "run";
        CompanyImports.Rules rules = companyImports.rules();
        CompanyRows rows = new CompanyRows(job.header(), job.mapping(), rules.customFields(), owners());
        Path file = files.path(imports.fileKey(id));
        try {
            if (job.totalRows() == null) { // a quick first pass, so the progress bar can show a share and time left
                imports.setTotal(id, countRows(file, job.charset()));
            }
        } catch (IOException | RuntimeException e) {
            log.debug("Import {}: rows not counted ({})", id, e.toString());
        }
        try (TableReader reader = TableReader.open(file, FileFormats.named(job.charset()))) {
            long done = job.rowsDone();
            for (long skipped = 0; skipped < done; skipped++) {
                if (reader.next() == null) {
                    break;
                }
            }
            int batchNo = 0;
            while (true) {
                List<Row> batch = new ArrayList<>(job.batchSize());
                String[] values;
                while (batch.size() < job.batchSize() && (values = reader.next()) != null) {
                    batch.add(new Row(reader.row(), values));
                }
                if (batch.isEmpty()) {
                    break;
                }
                batchNo++;
                if (interruption.stopBefore(batchNo)) {
                    return false;
                }
                long expected = done;
                long after = done + batch.size();
                int current = batchNo;
                Boolean went = tx.execute(status -> {
                    var progress = imports.lock(id).orElse(null);
                    if (progress == null || !List.of("running", "dry_running").contains(progress.status())
                            || progress.rowsDone() != expected) {
                        return false; // cancelled, or another worker took it over after our lease ran out
                    }
                    ImportRepository.Counts counts = write(job, rows, rules, batch, dry, pass);
                    interruption.afterWrites(current);
                    imports.advance(id, after, counts, LEASE_SECONDS);
                    return true;
                });
                if (!Boolean.TRUE.equals(went)) {
                    return false;
                }
                done = after;
            }
            String finalStatus = dry ? "dry_run_done" : "done";
            tx.executeWithoutResult(status -> {
                if (imports.transition(id, List.of(dry ? "dry_running" : "running"), finalStatus, job.createdBy())) {
                    imports.finish(id, finalStatus, null);
                    DataImport finished = imports.find(id).orElseThrow();
                    audit.record(dry ? "import.dry-run" : "import.finished", "import", id, null,
                            Map.of("file", finished.fileName(), "rows", finished.rowsDone(), "created", finished.created(),
                                    "updated", finished.updated(), "skipped", finished.skipped(), "failed", finished.failed()));
                }
            });
            return true;
        } catch (IOException | RuntimeException e) {
            log.warn("Import {} stopped: {}", id, e.toString());
            tx.executeWithoutResult(status -> imports.finish(id, "failed", e.getMessage() == null ? e.toString()
                    : e.getMessage().substring(0, Math.min(500, e.getMessage().length()))));
            return false;
        }
    }

    private static long countRows(Path file, String charset) throws IOException {
        long rows = 0;
        try (TableReader reader = TableReader.open(file, FileFormats.named(charset))) {
            while (reader.next() != null) {
                rows++;
            }
        }
        return rows;
    }

    private CompanyRows.Owners owners() {
        Map<String, UUID> byKey = new HashMap<>();
        users.pickable().forEach(u -> {
            byKey.putIfAbsent(u.email().toLowerCase(java.util.Locale.ROOT), u.id());
            byKey.putIfAbsent(CompanyColumns.key(u.displayName()), u.id());
        });
        return text -> byKey.getOrDefault(text.toLowerCase(java.util.Locale.ROOT), byKey.get(CompanyColumns.key(text)));
    }

    /** Checks and (unless dry) writes one batch; returns its counts. Runs inside the batch's transaction. */
    private ImportRepository.Counts write(DataImport job, CompanyRows rows, CompanyImports.Rules rules, List<Row> batch,
            boolean dry, String pass) {
        ImportRepository.Counts counts = new ImportRepository.Counts();
        List<Long> errorRows = new ArrayList<>();
        List<RowProblem> problems = new ArrayList<>();
        List<CompanyRows.Built> built = new ArrayList<>(batch.size());
        for (Row row : batch) {
            built.add(rows.build(row.values(), null));
        }
        Map<String, List<UUID>> existing = existing(job, rows, batch, built);
        Set<String> keysInBatch = new HashSet<>();
        Set<String> numbersInBatch = new HashSet<>();
        List<CompanyImports.NewRow> creates = new ArrayList<>();
        List<Row> createdRows = new ArrayList<>();
        List<String> createdExternal = new ArrayList<>();
        List<Long> updatedRows = new ArrayList<>();
        List<UUID> updatedIds = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            Row row = batch.get(i);
            CompanyRows.Built b = built.get(i);
            if (!b.problems().isEmpty()) {
                fail(counts, errorRows, problems, row, b.problems());
                continue;
            }
            String key = keyOf(job, rows, row, b);
            List<UUID> matches = key == null ? List.of() : existing.getOrDefault(key, List.of());
            if (matches.size() > 1) {
                fail(counts, errorRows, problems, row, List.of(new RowProblem(rows.columnOf(job.matchKey()), key,
                        job.matchKey(), "ImportAmbiguous", List.of(matches.size()))));
                continue;
            }
            if (key != null && !keysInBatch.add(key)) {
                fail(counts, errorRows, problems, row, List.of(new RowProblem(rows.columnOf(job.matchKey()), key,
                        job.matchKey(), "ImportRepeated")));
                continue;
            }
            boolean found = !matches.isEmpty();
            boolean update = found && job.mode() != ImportMode.INSERT;
            boolean create = !found && job.mode() != ImportMode.UPDATE;
            if (update) {
                if (updateRow(job, rows, rules, row, matches.getFirst(), dry, counts, errorRows, problems)) {
                    updatedRows.add(row.number());
                    updatedIds.add(matches.getFirst());
                }
            } else if (create) {
                CompanyImports.Checked checked = companyImports.check(b.draft(), rules);
                if (!checked.valid()) {
                    fail(counts, errorRows, problems, row, ruleProblems(rows, row, checked.problems()));
                } else if (checked.corporateNumber() != null && !numbersInBatch.add(checked.corporateNumber())) {
                    fail(counts, errorRows, problems, row, ruleProblems(rows, row,
                            List.of(FieldProblem.of("corporateNumber", "Duplicate"))));
                } else {
                    creates.add(new CompanyImports.NewRow(Ids.newId(), checked));
                    createdRows.add(row);
                    createdExternal.add(b.externalId());
                }
            } else {
                counts.skipped++;
            }
        }
        Set<Integer> refused = new HashSet<>();
        if (dry) {
            Set<String> taken = companyImports.idsByCorporateNumber(numbersInBatch).keySet();
            for (int i = 0; i < creates.size(); i++) {
                if (taken.contains(creates.get(i).checked().corporateNumber())) {
                    refused.add(i);
                    fail(counts, errorRows, problems, createdRows.get(i), ruleProblems(rows, createdRows.get(i),
                            List.of(FieldProblem.of("corporateNumber", "Duplicate"))));
                }
            }
        } else {
            companyImports.insert(creates, job.createdBy()).forEach((index, problem) -> {
                refused.add(index);
                fail(counts, errorRows, problems, createdRows.get(index), ruleProblems(rows, createdRows.get(index),
                        List.of(problem)));
            });
        }
        recordCreated(job, dry, creates, createdRows, createdExternal, refused, counts);
        if (!dry) {
            imports.insertRecords(job.id(), updatedRows.stream().mapToLong(Long::longValue).toArray(),
                    updatedIds.toArray(UUID[]::new), "updated");
        }
        imports.insertErrors(job.id(), pass, errorRows, problems);
        return counts;
    }

    private void recordCreated(DataImport job, boolean dry, List<CompanyImports.NewRow> creates, List<Row> createdRows,
            List<String> createdExternal, Set<Integer> refused, ImportRepository.Counts counts) {
        List<Long> rowNos = new ArrayList<>();
        List<UUID> ids = new ArrayList<>();
        List<String> externalIds = new ArrayList<>();
        List<UUID> externalRecords = new ArrayList<>();
        for (int i = 0; i < creates.size(); i++) {
            if (refused.contains(i)) {
                continue;
            }
            counts.created++;
            rowNos.add(createdRows.get(i).number());
            ids.add(creates.get(i).id());
            if (createdExternal.get(i) != null) {
                externalIds.add(createdExternal.get(i));
                externalRecords.add(creates.get(i).id());
            }
        }
        if (!dry) {
            imports.insertRecords(job.id(), rowNos.stream().mapToLong(Long::longValue).toArray(), ids.toArray(UUID[]::new),
                    "created");
            imports.insertExternalKeys(job.objectType(), job.id(), externalIds, externalRecords);
        }
    }

    private boolean updateRow(DataImport job, CompanyRows rows, CompanyImports.Rules rules, Row row, UUID id,
            boolean dry, ImportRepository.Counts counts, List<Long> errorRows, List<RowProblem> problems) {
        var stored = companies.findOrNull(id);
        if (stored == null) {
            counts.skipped++;
            return false;
        }
        CompanyRows.Built b = rows.build(row.values(), CompanyDraft.of(stored));
        try {
            if (dry) {
                CompanyImports.Checked checked = companyImports.check(b.draft(), rules);
                if (!checked.valid()) {
                    throw new RuleViolationException(checked.problems());
                }
            } else {
                companies.update(id, stored.version(), b.draft());
            }
            counts.updated++;
            return true;
        } catch (RuleViolationException e) {
            fail(counts, errorRows, problems, row, ruleProblems(rows, row, e.problems()));
        } catch (StaleVersionException e) {
            fail(counts, errorRows, problems, row, List.of(new RowProblem("", "", "version", "ImportChanged")));
        }
        return false;
    }

    /** The stored records the batch's keys find, by the key as written in the file (cleaned). */
    private Map<String, List<UUID>> existing(DataImport job, CompanyRows rows, List<Row> batch,
            List<CompanyRows.Built> built) {
        if (job.matchKey() == null) {
            return Map.of();
        }
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < batch.size(); i++) {
            String key = keyOf(job, rows, batch.get(i), built.get(i));
            if (key != null) {
                keys.add(key);
            }
        }
        Map<String, List<UUID>> found = new HashMap<>();
        switch (job.matchKey()) {
            case "externalId" -> imports.byExternalId(job.objectType(), keys).forEach((k, v) -> found.put(k, List.of(v)));
            case "corporateNumber" -> companyImports.idsByCorporateNumber(keys).forEach((k, v) -> found.put(k, List.of(v)));
            case "phone" -> found.putAll(companyImports.idsByPhone(keys));
            default -> {
            }
        }
        return found;
    }

    private static String keyOf(DataImport job, CompanyRows rows, Row row, CompanyRows.Built built) {
        if (job.matchKey() == null) {
            return null;
        }
        return switch (job.matchKey()) {
            case "externalId" -> built.externalId();
            case "corporateNumber" -> {
                String digits = PhoneNumbers.digits(rows.valueOf("corporateNumber", row.values()));
                yield digits.isEmpty() ? null : digits;
            }
            case "phone" -> PhoneNumbers.toE164(rows.valueOf("phone", row.values())).orElse(null);
            default -> null;
        };
    }

    private static List<RowProblem> ruleProblems(CompanyRows rows, Row row, List<FieldProblem> problems) {
        return problems.stream().map(p -> new RowProblem(rows.columnOf(p.field()), rows.valueOf(p.field(), row.values()),
                p.field(), p.code(), p.arguments())).toList();
    }

    private static void fail(ImportRepository.Counts counts, List<Long> errorRows, List<RowProblem> problems, Row row,
            List<RowProblem> rowProblems) {
        counts.failed++;
        for (RowProblem p : rowProblems) {
            errorRows.add(row.number());
            problems.add(p);
        }
    }
}
