package dev.kizuna.customers;

import java.util.UUID;

/**
 * A customer was deleted (with its contacts). Published inside the deleting transaction, before the row goes, so
 * that later modules' listeners can remove or detach their rows pointing at it.
 */
public record CompanyDeleted(UUID companyId, String name) {
}
