package dev.kizuna.dataio;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.kizuna.customers.CompanyImports;
import dev.kizuna.platform.api.FieldProblem;
import dev.kizuna.platform.api.RuleViolationException;
import dev.kizuna.platform.api.StaleVersionException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A batch of history rows — activities, deals, orders or payments from the former system — each written through its
 * module's facade (its rules, audit entry and bookkeeping) in a savepoint of the batch's transaction, so a refused
 * row leaves the others alone; a dry run rolls each savepoint back, so it reports exactly what the real run would.
 * History is only ever added: a row whose {@code externalId} an earlier import already wrote is skipped, which makes
 * importing the same rows again harmless.
 */
abstract class HistoryBatches implements Batches {

    /**
     * What every kind shares: the import, which pass (dry or run), where progress and errors go, the savepoints, the
     * customer master (null for kinds that find no customer) and the users reps are named by.
     */
    record Setup(DataImport job, String pass, ImportRepository imports, TransactionTemplate nested,
            CompanyImports customers, CompanyRows.Owners owners) {
    }

    final DataImport job;
    final CompanyRows.Owners owners;
    private final Setup setup;
    /** The batch's customers and contacts, looked up once per batch before its rows are written. */
    CompanyLookup companies;
    ContactLookup contacts;

    HistoryBatches(Setup setup) {
        this.setup = setup;
        this.job = setup.job();
        this.owners = setup.owners();
    }

    /** Looks up anything else the batch's rows refer to, once per batch, before any row is written. */
    void prepare(List<Map<String, String>> rows) {
    }

    /** Writes one row through the facade and returns the new record's id; throws the facade's rule problems. */
    abstract UUID write(Map<String, String> v);

    /**
     * The file target a facade's field problem belongs to (e.g. {@code channelId} → {@code channel}); kinds add their
     * own and fall back to this.
     */
    String targetOf(String field) {
        return switch (field) {
            case "companyId" -> CompanyLookup.targetOf(job.mapping());
            case "contactId" -> "contactEmail";
            case "ownerId" -> "owner";
            default -> field;
        };
    }

    @Override
    public ImportRepository.Counts write(List<ImportRow> batch, boolean dry) {
        ImportRepository.Counts counts = new ImportRepository.Counts();
        Problems failures = new Problems();
        List<Map<String, String>> rows = batch.stream().map(row -> Batches.values(job, row)).toList();
        Set<String> externalIds = new HashSet<>();
        rows.forEach(v -> {
            String id = Transforms.clean(v.get("externalId"));
            if (id != null) {
                externalIds.add(id);
            }
        });
        ImportRepository imports = setup.imports();
        Map<String, UUID> already = externalIds.isEmpty() ? Map.of() : imports.byExternalId(job.objectType(), externalIds);
        if (setup.customers() != null) {
            companies = new CompanyLookup(rows, imports, setup.customers());
            contacts = new ContactLookup(rows, setup.customers());
        }
        prepare(rows);
        BatchRecords records = new BatchRecords();
        Set<String> inBatch = new HashSet<>();
        for (int i = 0; i < batch.size(); i++) {
            ImportRow row = batch.get(i);
            Map<String, String> v = rows.get(i);
            RowProblem unreadable = Batches.unreadable(job, v);
            if (unreadable != null) {
                failures.fail(counts, row, List.of(unreadable));
                continue;
            }
            String externalId = Transforms.clean(v.get("externalId"));
            if (externalId != null && already.containsKey(externalId)) {
                counts.skipped++;
                continue;
            }
            RowProblem keyProblem = Batches.keyProblem(() -> Batches.column(job, "externalId"), "externalId", externalId, 0,
                    inBatch);
            if (keyProblem != null) {
                failures.fail(counts, row, List.of(keyProblem));
                continue;
            }
            try {
                UUID id = setup.nested().execute(status -> {
                    UUID written = write(v);
                    if (dry) {
                        status.setRollbackOnly(); // back to the savepoint: checked by the real rules, nothing kept
                    }
                    return written;
                });
                records.created(counts, row.number(), id, externalId);
            } catch (RuleViolationException e) {
                failures.fail(counts, row, e.problems().stream().map(p -> problem(p, v)).toList());
            } catch (StaleVersionException e) {
                failures.fail(counts, row, List.of(new RowProblem("", "", "version", "ImportChanged")));
            }
        }
        records.save(imports, job, setup.pass(), failures, dry);
        return counts;
    }

    private RowProblem problem(FieldProblem p, Map<String, String> v) {
        String target = targetOf(p.field());
        // named by the file's target (orderTitle, channel …): labelled as on the mapping screen, not as the facade's field
        return new RowProblem(Batches.column(job, target), v.getOrDefault(target, ""), target, p.code(), p.arguments());
    }

    /** The cleaned text of a target, null when empty or not mapped. */
    static String text(Map<String, String> v, String target) {
        return Transforms.clean(v.get(target));
    }

    /** A value read by a transform; a value it cannot read is a problem of that target. */
    static <T> T read(Map<String, String> v, String target, java.util.function.Function<String, T> transform) {
        try {
            return transform.apply(v.get(target));
        } catch (Transforms.Invalid e) {
            throw new RuleViolationException(FieldProblem.of(target, e.code));
        }
    }

    static LocalDate date(Map<String, String> v, String target) {
        return read(v, target, Transforms::date);
    }

    static Instant dateTime(Map<String, String> v, String target) {
        return read(v, target, Transforms::dateTime);
    }

    static Long amount(Map<String, String> v, String target) {
        return read(v, target, Transforms::wholeNumber);
    }

    /** A user named by e-mail or display name; null when the column is empty; unknown ones are a problem. */
    UUID user(Map<String, String> v, String target) {
        String named = text(v, target);
        if (named == null) {
            return null;
        }
        UUID id = owners.find(named);
        if (id == null) {
            throw new RuleViolationException(FieldProblem.of(target, "ImportOwner"));
        }
        return id;
    }

    /** A custom field's value (see {@link CompanyRows#customValue}); one it cannot take is a problem of its column. */
    Object customValue(Map<String, String> v, dev.kizuna.customers.CustomField field) {
        return read(v, field.name(), raw -> CompanyRows.customValue(field, raw, owners));
    }

    /**
     * Named options — channels, stages, lost reasons — found by either of their names as a file writes them (width,
     * case and punctuation aside); the names are normalised once, not once per row.
     */
    static final class Choices<T> {
        private final Map<String, T> byKey = new HashMap<>();

        Choices(List<T> options, java.util.function.Function<T, List<String>> names) {
            for (T option : options) {
                for (String name : names.apply(option)) {
                    if (name != null && !name.isBlank()) {
                        byKey.putIfAbsent(CompanyColumns.key(name), option);
                    }
                }
            }
        }

        /** The option the row names in {@code target}; null when empty; an unknown name is a problem. */
        T of(Map<String, String> v, String target) {
            String named = text(v, target);
            if (named == null) {
                return null;
            }
            T found = byKey.get(CompanyColumns.key(named));
            if (found == null) {
                throw new RuleViolationException(FieldProblem.of(target, "ImportUnknownChoice"));
            }
            return found;
        }
    }
}
