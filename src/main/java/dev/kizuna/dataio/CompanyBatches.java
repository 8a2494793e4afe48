package dev.kizuna.dataio;

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
import dev.kizuna.platform.Ids;
import dev.kizuna.platform.api.FieldProblem;
import dev.kizuna.platform.api.RuleViolationException;
import dev.kizuna.platform.api.StaleVersionException;
import dev.kizuna.platform.text.PhoneNumbers;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A batch of customer rows: found by the key (external id, corporate number or phone, one query per batch), new
 * ones checked by the customer rules and written with one COPY, existing ones updated one by one through
 * {@link Companies} (each in a savepoint, audited with before and after).
 */
final class CompanyBatches implements Batches {

    private final DataImport job;
    private final String pass;
    private final ImportRepository imports;
    private final CompanyImports companyImports;
    private final Companies companies;
    private final CompanyImports.Rules rules;
    private final CompanyRows rows;
    private final TransactionTemplate nested;

    CompanyBatches(DataImport job, String pass, ImportRepository imports, CompanyImports companyImports,
            Companies companies, CompanyImports.Rules rules, CompanyRows rows, TransactionTemplate nested) {
        this.job = job;
        this.pass = pass;
        this.imports = imports;
        this.companyImports = companyImports;
        this.companies = companies;
        this.rules = rules;
        this.rows = rows;
        this.nested = nested;
    }

    /** Checks and (unless dry) writes one batch; returns its counts. Runs inside the batch's transaction. */
    @Override
    public ImportRepository.Counts write(List<ImportRow> batch, boolean dry) {
        ImportRepository.Counts counts = new ImportRepository.Counts();
        Batches.Problems failures = new Batches.Problems();
        List<CompanyRows.Built> built = new ArrayList<>(batch.size());
        for (ImportRow row : batch) {
            built.add(rows.build(row.values(), null));
        }
        Map<String, List<UUID>> existing = existing(batch, built);
        Set<String> keysInBatch = new HashSet<>();
        Set<String> numbersInBatch = new HashSet<>();
        List<CompanyImports.NewRow> creates = new ArrayList<>();
        List<ImportRow> createdRows = new ArrayList<>();
        List<String> createdExternal = new ArrayList<>();
        BatchRecords written = new BatchRecords();
        for (int i = 0; i < batch.size(); i++) {
            ImportRow row = batch.get(i);
            CompanyRows.Built b = built.get(i);
            if (!b.problems().isEmpty()) {
                failures.fail(counts, row, b.problems());
                continue;
            }
            String key = keyOf(row, b);
            List<UUID> matches = key == null ? List.of() : existing.getOrDefault(key, List.of());
            RowProblem keyProblem = Batches.keyProblem(() -> rows.columnOf(job.matchKey()), job.matchKey(), key,
                    matches.size(), keysInBatch);
            if (keyProblem != null) {
                failures.fail(counts, row, List.of(keyProblem));
                continue;
            }
            boolean found = !matches.isEmpty();
            boolean update = found && job.mode() != ImportMode.INSERT;
            boolean create = !found && job.mode() != ImportMode.UPDATE;
            if (update) {
                if (updateRow(row, matches.getFirst(), dry, counts, failures)) {
                    written.updated(counts, row.number(), matches.getFirst());
                }
            } else if (create) {
                CompanyImports.Checked checked = companyImports.check(b.draft(), rules);
                if (!checked.valid()) {
                    failures.fail(counts, row, ruleProblems(row, checked.problems()));
                } else if (checked.corporateNumber() != null && !numbersInBatch.add(checked.corporateNumber())) {
                    failures.fail(counts, row, ruleProblems(row,
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
        lookAlikes(creates, createdRows, createdExternal, failures, counts);
        Set<Integer> refused = new HashSet<>();
        if (dry) {
            Set<String> taken = companyImports.idsByCorporateNumber(numbersInBatch).keySet();
            for (int i = 0; i < creates.size(); i++) {
                if (taken.contains(creates.get(i).checked().corporateNumber())) {
                    refused.add(i);
                    failures.fail(counts, createdRows.get(i), ruleProblems(createdRows.get(i),
                            List.of(FieldProblem.of("corporateNumber", "Duplicate"))));
                }
            }
        } else {
            companyImports.insert(creates, job.createdBy()).forEach((index, problem) -> {
                refused.add(index);
                failures.fail(counts, createdRows.get(index), ruleProblems(createdRows.get(index),
                        List.of(problem)));
            });
        }
        for (int i = 0; i < creates.size(); i++) {
            if (!refused.contains(i)) {
                written.created(counts, createdRows.get(i).number(), creates.get(i).id(), createdExternal.get(i));
            }
        }
        written.save(imports, job, pass, failures, dry);
        return counts;
    }

    /**
     * New rows that look like a customer that was there before this pass started (same phone, e-mail or reading; one
     * query per batch), judged alike by the dry run and the real run: left out and listed (the default), or written
     * and listed for a look, as the import's {@code duplicates} setting says.
     */
    private void lookAlikes(List<CompanyImports.NewRow> creates, List<ImportRow> createdRows,
            List<String> createdExternal, Batches.Problems problems, ImportRepository.Counts counts) {
        if (creates.isEmpty()) {
            return;
        }
        Map<Integer, dev.kizuna.customers.DuplicateCandidate> found = companyImports.likelyDuplicates(
                creates.stream().map(CompanyImports.NewRow::checked).toList(), job.startedAt());
        List<Integer> indexes = new ArrayList<>(found.keySet());
        indexes.sort(java.util.Comparator.reverseOrder()); // removing from the end keeps the other indexes right
        boolean skip = job.skipsDuplicates();
        for (int index : indexes) {
            var existing = found.get(index);
            String target = switch (existing.reason()) {
                case "phone" -> "phone";
                case "email" -> "email";
                default -> "nameKana";
            };
            ImportRow row = createdRows.get(index);
            problems.flag(row, new RowProblem(rows.columnOf(target), rows.valueOf(target, row.values()), target,
                    skip ? "ImportDuplicateSkipped" : "ImportLikelyDuplicate", List.of(existing.name())));
            if (skip) {
                creates.remove(index);
                createdRows.remove(index);
                createdExternal.remove(index);
                counts.skipped++;
            }
        }
    }

    private boolean updateRow(ImportRow row, UUID id, boolean dry, ImportRepository.Counts counts,
            Batches.Problems failures) {
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
                // In a savepoint: a refused row must not mark the whole batch's transaction for rollback.
                nested.executeWithoutResult(status -> companies.update(id, stored.version(), b.draft()));
            }
            return true; // counted by the caller with the record
        } catch (RuleViolationException e) {
            failures.fail(counts, row, ruleProblems(row, e.problems()));
        } catch (StaleVersionException e) {
            failures.fail(counts, row, List.of(new RowProblem("", "", "version", "ImportChanged")));
        }
        return false;
    }

    /** The stored records the batch's keys find, by the key as written in the file (cleaned). */
    private Map<String, List<UUID>> existing(List<ImportRow> batch, List<CompanyRows.Built> built) {
        if (job.matchKey() == null) {
            return Map.of();
        }
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < batch.size(); i++) {
            String key = keyOf(batch.get(i), built.get(i));
            if (key != null) {
                keys.add(key);
            }
        }
        Map<String, List<UUID>> found = new HashMap<>();
        switch (job.matchKey()) {
            case "externalId" -> imports.byExternalId(job.objectType(), keys).forEach((k, v) -> found.put(k, List.of(v)));
            case "corporateNumber" -> companyImports.idsByCorporateNumber(keys).forEach((k, v) -> found.put(k, List.of(v)));
            case "phone" -> found.putAll(companyImports.idsByPhone(keys));
            case "email" -> found.putAll(companyImports.idsByEmail(keys));
            default -> {
            }
        }
        return found;
    }

    private String keyOf(ImportRow row, CompanyRows.Built built) {
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
            case "email" -> CompanyImports.emailKey(rows.valueOf("email", row.values()));
            default -> null;
        };
    }

    private List<RowProblem> ruleProblems(ImportRow row, List<FieldProblem> problems) {
        return problems.stream().map(p -> new RowProblem(rows.columnOf(p.field()), rows.valueOf(p.field(), row.values()),
                p.field(), p.code(), p.arguments())).toList();
    }

}
