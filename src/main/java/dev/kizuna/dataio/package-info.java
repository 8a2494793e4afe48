/**
 * Import, export and migration (取り込みと書き出し): customers from CSV, TSV (UTF-8 or Shift_JIS/CP932) and .xlsx
 * files with a mapping screen, value transforms, a dry run and a per-row error list; the real run in the background,
 * resumable after a crash without losing or duplicating a row, idempotent for the same file, audited and undoable;
 * any customer list view or all contacts exported to CSV (UTF-8 with BOM, CP932) or .xlsx at constant memory.
 * <p>
 * Public face: {@link dev.kizuna.dataio.Imports}, {@link dev.kizuna.dataio.Exports} and their records. Files are read
 * and written by the streaming readers and writers in {@code file/}; customers are written through
 * {@link dev.kizuna.customers.CompanyImports} and read through {@link dev.kizuna.customers.CustomerExports}.
 * <p>
 * Allowed dependencies (checked by {@code ArchitectureTest}): platform (open to all), identity, customers,
 * activities, sales, commerce (history imports write through their facades).
 */
@ApplicationModule(displayName = "Import and export",
        allowedDependencies = {"identity", "customers", "activities", "sales", "commerce"})
@ReadsTables(module = "commerce", tables = {"sales_order", "order_line", "payment"},
        why = "accounting exports: a period's invoices by tax rate and payments in one read-only query")
@ReadsTables(module = "customers", tables = "company",
        why = "accounting exports: the customer's name on each journal line")
package dev.kizuna.dataio;

import dev.kizuna.platform.db.ReadsTables;
import org.springframework.modulith.ApplicationModule;
