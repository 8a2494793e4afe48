/**
 * Platform: the shared house every business module lives in. Web layout and error pages, the API
 * conventions (problem+json, keyset paging, optimistic locking, idempotency keys), i18n and time zones,
 * the embedded database, the audit log, background jobs, sample data loading and the business-day calendar
 * (Japanese holidays).
 * <p>
 * It is an open module: its sub-packages may be used by every other module. It depends on no business module.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN, displayName = "Platform")
package dev.kizuna.platform;

import org.springframework.modulith.ApplicationModule;
