package dev.kizuna.customers;

import java.util.UUID;

/** A contact was added to a customer (e.g. to add them to a mailing list, seed 000). */
public record ContactCreated(UUID contactId, UUID companyId, String name, String email) {
}
