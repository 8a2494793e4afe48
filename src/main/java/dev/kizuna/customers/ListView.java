package dev.kizuna.customers;

import java.util.UUID;

/** A saved list: its name, the list's query string (filters, sort, columns), whose it is and whether shared. */
public record ListView(UUID id, String objectType, String name, UUID ownerId, String ownerName, boolean shared,
        String query, long version) {

    /** The columns a customers list shows (and exports) when its query chooses none with {@code cols}. */
    public static final java.util.List<String> DEFAULT_COLUMNS = java.util.List.of("area", "phone", "status", "ownerId");
}
