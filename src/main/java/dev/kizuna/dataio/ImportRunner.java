package dev.kizuna.dataio;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.kizuna.activities.Activities;
import dev.kizuna.activities.ActivityOption;
import dev.kizuna.activities.ActivityOptions;
import dev.kizuna.commerce.Orders;
import dev.kizuna.customers.Companies;
import dev.kizuna.customers.CompanyImports;
import dev.kizuna.customers.Contacts;
import dev.kizuna.customers.CustomFields;
import dev.kizuna.platform.table.FileFormats;
import dev.kizuna.platform.table.TableReader;
import dev.kizuna.identity.Users;
import dev.kizuna.platform.audit.AuditLog;
import dev.kizuna.platform.files.FileStore;
import dev.kizuna.sales.Deals;
import dev.kizuna.sales.Pipelines;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
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
    /** A batch also ends at this many characters, so rows of long cells cannot fill the heap 5,000 at a time. */
    static final long BATCH_CHARS = 8L << 20;

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
    private final Contacts contacts;
    private final CustomFields customFields;
    private final Users users;
    private final FileStore files;
    private final AuditLog audit;
    private final TransactionTemplate tx;
    private final TransactionTemplate nested;
    private final History history;

    /** The facades history imports write through. */
    record History(Activities activities, ActivityOptions options, Deals deals, Pipelines pipelines, Orders orders) {
    }

    ImportRunner(ImportRepository imports, CompanyImports companyImports, Companies companies, Contacts contacts,
            CustomFields customFields, Users users, FileStore files, AuditLog audit,
            PlatformTransactionManager transactions, Activities activities, ActivityOptions options, Deals deals,
            Pipelines pipelines, Orders orders) {
        this.history = new History(activities, options, deals, pipelines, orders);
        this.imports = imports;
        this.companyImports = companyImports;
        this.companies = companies;
        this.contacts = contacts;
        this.customFields = customFields;
        this.users = users;
        this.files = files;
        this.audit = audit;
        this.tx = new TransactionTemplate(transactions);
        this.nested = new TransactionTemplate(transactions);
        nested.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    private Batches batches(DataImport job, String pass) {
        switch (job.objectType()) {
            case Imports.OBJECT_CONTACT:
                return new ContactBatches(job, pass, imports, companyImports, contacts, customFields.active("contact"),
                        owners(), nested);
            case Imports.OBJECT_ACTIVITY:
                return new ActivityBatches(history(job, pass, true), history.activities(),
                        history.options().of(ActivityOption.CHANNEL, false),
                        history.options().of(ActivityOption.TYPE, false));
            case Imports.OBJECT_DEAL:
                return new DealBatches(history(job, pass, true), history.deals(), history.pipelines().list(false),
                        history.pipelines().lostReasons(false), customFields.active("deal"));
            case Imports.OBJECT_ORDER:
                return new OrderBatches(history(job, pass, true), history.orders());
            case Imports.OBJECT_PAYMENT:
                return new PaymentBatches(history(job, pass, false), history.orders());
            default:
                break;
        }
        CompanyImports.Rules rules = companyImports.rules();
        // A new customer's owner: the mapped column, else the default chosen on the mapping page, else the uploader.
        UUID defaultOwner = job.defaultOwnerId() != null ? job.defaultOwnerId() : job.createdBy();
        return new CompanyBatches(job, pass, imports, companyImports, companies, rules,
                new CompanyRows(job.header(), job.mapping(), rules.customFields(), owners(), defaultOwner), nested);
    }

    private HistoryBatches.Setup history(DataImport job, String pass, boolean findsCustomers) {
        return new HistoryBatches.Setup(job, pass, imports, nested, findsCustomers ? companyImports : null, owners());
    }

    /** Runs (or resumes) the claimed import to its end; returns false when it stopped early. */
    boolean run(UUID id, Interruption interruption) {
        DataImport job = imports.find(id).orElseThrow();
        boolean dry = job.dryRunning();
        Path file = files.path(imports.fileKey(id));
        try {
            if (job.totalRows() == null) { // a quick first pass, so the progress bar can show a share and time left
                imports.setTotal(id, countRows(file, job.charset()));
            }
        } catch (IOException | RuntimeException e) {
            log.debug("Import {}: rows not counted ({})", id, e.toString());
        }
        try (TableReader reader = TableReader.open(file, FileFormats.named(job.charset()))) {
            Batches batches = batches(job, dry ? "dry" : "run");
            ImportValues prepared = new ImportValues(job, customFields.active(job.objectType()));
            long done = job.rowsDone();
            for (long skipped = 0; skipped < done; skipped++) {
                if (reader.next() == null) {
                    break;
                }
            }
            int batchNo = 0;
            while (true) {
                List<ImportRow> batch = new ArrayList<>(Math.min(job.batchSize(), 10_000));
                String[] values;
                long chars = 0;
                while (batch.size() < job.batchSize() && chars < BATCH_CHARS && (values = reader.next()) != null) {
                    batch.add(new ImportRow(reader.row(), prepared.prepare(values)));
                    for (String v : values) {
                        chars += v.length();
                    }
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
                    // The table grows by thousands of rows a batch: plan each lookup for its size now, not reuse a
                    // plan made when it was small (a sequential scan per batch made a 200,000-row import 4× slower).
                    imports.planLookupsAfresh();
                    var progress = imports.lock(id).orElse(null);
                    if (progress == null || !List.of("running", "dry_running").contains(progress.status())
                            || progress.rowsDone() != expected) {
                        return false; // cancelled, or another worker took it over after our lease ran out
                    }
                    ImportRepository.Counts counts = batches.write(batch, dry);
                    interruption.afterWrites(current);
                    imports.advance(id, after, counts, LEASE_SECONDS);
                    return true;
                });
                if (!Boolean.TRUE.equals(went)) {
                    return false;
                }
                done = after;
            }
            finish(job, dry);
            return true;
        } catch (IOException | RuntimeException e) {
            log.warn("Import {} stopped: {}", id, e.toString());
            tx.executeWithoutResult(status -> imports.finish(id, "failed", e.getMessage() == null ? e.toString()
                    : e.getMessage().substring(0, Math.min(500, e.getMessage().length()))));
            return false;
        }
    }

    private void finish(DataImport job, boolean dry) {
        String finalStatus = dry ? "dry_run_done" : "done";
        tx.executeWithoutResult(status -> {
            if (imports.transition(job.id(), List.of(dry ? "dry_running" : "running"), finalStatus, job.createdBy())) {
                imports.finish(job.id(), finalStatus, null);
                DataImport finished = imports.find(job.id()).orElseThrow();
                audit.record(dry ? "import.dry-run" : "import.finished", "import", job.id(), null,
                        Map.of("file", finished.fileName(), "rows", finished.rowsDone(), "created", finished.created(),
                                "updated", finished.updated(), "skipped", finished.skipped(), "failed", finished.failed()));
            }
        });
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
        users.all(true).forEach(u -> {
            byKey.putIfAbsent(u.email().toLowerCase(java.util.Locale.ROOT), u.id());
            byKey.putIfAbsent(CompanyColumns.key(u.displayName()), u.id());
        });
        return text -> byKey.getOrDefault(text.toLowerCase(java.util.Locale.ROOT), byKey.get(CompanyColumns.key(text)));
    }
}
