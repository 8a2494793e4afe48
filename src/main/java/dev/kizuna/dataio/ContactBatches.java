package dev.kizuna.dataio;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.kizuna.customers.CompanyImports;
import dev.kizuna.customers.Contact;
import dev.kizuna.customers.ContactDraft;
import dev.kizuna.customers.Contacts;
import dev.kizuna.customers.CustomField;
import dev.kizuna.platform.api.FieldProblem;
import dev.kizuna.platform.api.RuleViolationException;
import dev.kizuna.platform.api.StaleVersionException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A batch of contact rows. The companies are looked up once per batch (by external id, phone or exact name); each
 * contact is then created or updated through {@link Contacts}, with its rules, audit entry and event, in a savepoint
 * of the batch's transaction, so a refused row leaves the others alone. A dry run does the same and rolls each
 * savepoint back, so it reports exactly what the real run would.
 */
final class ContactBatches implements Batches {

    private final DataImport job;
    private final String pass;
    private final ImportRepository imports;
    private final CompanyImports companyImports;
    private final Contacts contacts;
    private final Map<String, CustomField> customFields = new LinkedHashMap<>();
    private final TransactionTemplate nested;
    private final CompanyRows.Owners owners;

    ContactBatches(DataImport job, String pass, ImportRepository imports, CompanyImports companyImports,
            Contacts contacts, List<CustomField> customFields, CompanyRows.Owners owners, TransactionTemplate nested) {
        this.job = job;
        this.owners = owners;
        this.pass = pass;
        this.imports = imports;
        this.companyImports = companyImports;
        this.contacts = contacts;
        customFields.forEach(f -> this.customFields.put(f.name(), f));
        this.nested = nested;
    }



    @Override
    public ImportRepository.Counts write(List<ImportRow> batch, boolean dry) {
        ImportRepository.Counts counts = new ImportRepository.Counts();
        Problems failures = new Problems();
        List<Map<String, String>> rows = batch.stream().map(row -> Batches.values(job, row)).toList();
        Lookups lookups = lookups(rows);
        BatchRecords written = new BatchRecords();
        Set<String> keysInBatch = new HashSet<>();
        for (int i = 0; i < batch.size(); i++) {
            ImportRow row = batch.get(i);
            Map<String, String> v = rows.get(i);
            RowProblem unreadable = Batches.unreadable(job, v);
            if (unreadable != null) {
                failures.fail(counts, row, List.of(unreadable));
                continue;
            }
            String key = key(v);
            List<UUID> matches = key == null ? List.of() : lookups.existing.getOrDefault(key, List.of());
            RowProblem keyProblem = Batches.keyProblem(() -> Batches.column(job, job.matchKey()), job.matchKey(), key,
                    matches.size(), keysInBatch);
            if (keyProblem != null) {
                failures.fail(counts, row, List.of(keyProblem));
                continue;
            }
            boolean found = !matches.isEmpty();
            if (found ? job.mode() == ImportMode.INSERT : job.mode() == ImportMode.UPDATE) {
                counts.skipped++;
                continue;
            }
            Contact before = found ? findOrNull(matches.getFirst()) : null;
            if (found && before == null) {
                counts.skipped++;
                continue;
            }
            try {
                UUID companyId = company(v, lookups, before);
                ContactDraft draft = draft(v, companyId, before);
                UUID id = nested.execute(status -> {
                    Contact saved = before == null ? contacts.create(draft)
                            : contacts.update(before.id(), before.version(), draft);
                    if (dry) {
                        status.setRollbackOnly(); // back to the savepoint: checked by the real rules, nothing kept
                    }
                    return saved.id();
                });
                if (before == null) {
                    written.created(counts, row.number(), id, Transforms.clean(v.get("externalId")));
                } else {
                    written.updated(counts, row.number(), id);
                }
            } catch (Transforms.Invalid e) {
                failures.fail(counts, row, List.of(new RowProblem(Batches.column(job, lastTarget), v.getOrDefault(lastTarget, ""),
                        lastTarget, e.code)));
            } catch (RuleViolationException e) {
                failures.fail(counts, row, e.problems().stream().map(p -> problem(p, v)).toList());
            } catch (StaleVersionException e) {
                failures.fail(counts, row, List.of(new RowProblem("", "", "version", "ImportChanged")));
            }
        }
        written.save(imports, job, pass, failures, dry);
        return counts;
    }

    private String lastTarget = "";

    private Contact findOrNull(UUID id) {
        try {
            return contacts.find(id);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private RowProblem problem(FieldProblem p, Map<String, String> v) {
        String target = switch (p.field()) {
            case "companyId" -> CompanyLookup.targetOf(job.mapping());
            case "name" -> job.mapping().contains("name") ? "name" : "lastName";
            default -> p.field();
        };
        return new RowProblem(Batches.column(job, target), v.getOrDefault(target, ""), p.field(), p.code(), p.arguments());
    }

    /** The row's company (see {@link CompanyLookup}); the stored one for an update that names none. */
    private UUID company(Map<String, String> v, Lookups lookups, Contact before) {
        lastTarget = CompanyLookup.targetOf(job.mapping());
        UUID found = lookups.companies.companyOf(v);
        return found != null || before == null ? found : before.companyId();
    }

    private ContactDraft draft(Map<String, String> v, UUID companyId, Contact before) {
        ContactDraft base = before == null ? new ContactDraft(companyId, null, null, null, null, null, null, null,
                null, false) : ContactDraft.of(before);
        String name = v.containsKey("name") ? v.get("name")
                : v.containsKey("lastName") || v.containsKey("firstName")
                        ? (v.getOrDefault("lastName", "") + " " + v.getOrDefault("firstName", "")).strip() : base.name();
        String kana = v.containsKey("nameKana") ? v.get("nameKana")
                : v.containsKey("lastNameKana") || v.containsKey("firstNameKana")
                        ? (v.getOrDefault("lastNameKana", "") + " " + v.getOrDefault("firstNameKana", "")).strip()
                        : base.nameKana();
        Map<String, Object> custom = new LinkedHashMap<>(base.customFields() == null ? Map.of() : base.customFields());
        customFields.forEach((target, field) -> {
            if (v.containsKey(target)) {
                lastTarget = target;
                custom.put(field.key(), CompanyRows.customValue(field, v.get(target), owners));
            }
        });
        boolean primary = base.primary();
        if (v.containsKey("primary")) {
            lastTarget = "primary";
            primary = Transforms.yesNo(v.get("primary"));
        }
        return new ContactDraft(companyId == null ? base.companyId() : companyId, name, kana,
                v.getOrDefault("department", base.department()), v.getOrDefault("title", base.title()),
                v.getOrDefault("phone", base.phone()), v.getOrDefault("mobile", base.mobile()),
                v.getOrDefault("email", base.email()), v.getOrDefault("notes", base.notes()), primary, custom);
    }

    private String key(Map<String, String> v) {
        if (job.matchKey() == null) {
            return null;
        }
        String clean = Transforms.clean(v.get(job.matchKey()));
        return clean == null ? null : "email".equals(job.matchKey()) ? clean.toLowerCase(java.util.Locale.ROOT) : clean;
    }

    private record Lookups(Map<String, List<UUID>> existing, CompanyLookup companies) {
    }

    private Lookups lookups(List<Map<String, String>> rows) {
        Map<String, List<UUID>> existing = new HashMap<>();
        Set<String> keys = new HashSet<>();
        rows.forEach(v -> {
            String key = key(v);
            if (key != null) {
                keys.add(key);
            }
        });
        if ("externalId".equals(job.matchKey())) {
            imports.byExternalId(Imports.OBJECT_CONTACT, keys).forEach((k, id) -> existing.put(k, List.of(id)));
        } else if ("email".equals(job.matchKey())) {
            existing.putAll(companyImports.contactIdsByEmail(keys));
        }
        return new Lookups(existing, new CompanyLookup(rows, imports, companyImports));
    }
}
