/**
 * Platform: the shared house every business module lives in. Web layout and error pages, the API
 * conventions (problem+json, keyset paging, optimistic locking, idempotency keys), i18n and time zones,
 * the embedded database, the audit log, background jobs, sample data loading, CSV/XLSX reading and writing (table) and the business-day calendar
 * (Japanese holidays).
 * <p>
 * It is an open module: its sub-packages may be used by every other module (Spring Modulith never counts a
 * dependency on an open module against a module's {@code allowedDependencies}, so they leave it out). It depends on
 * no business module: its list is empty, and {@code ArchitectureTest} checks that no class in it uses one.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN, displayName = "Platform", allowedDependencies = {})
package dev.kizuna.platform;

import org.springframework.modulith.ApplicationModule;
