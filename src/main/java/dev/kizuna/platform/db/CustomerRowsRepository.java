package dev.kizuna.platform.db;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Plain SQL a module's merge handler shares: moves the rows of its tables that point at a merged customer
 * ({@code company_id}) or contact ({@code contact_id}) to the survivor, as an edit by the merging user, and counts a
 * customer's rows. Only the tables the module names are touched; anything else is a programming error.
 */
public abstract class CustomerRowsRepository {

    private static final List<String> COLUMNS = List.of("company_id", "contact_id");

    private final JdbcClient jdbc;
    private final List<String> tables;

    protected CustomerRowsRepository(JdbcClient jdbc, List<String> tables) {
        this.jdbc = jdbc;
        this.tables = List.copyOf(tables);
    }

    /** Moves {@code table}'s rows of customer {@code from} to {@code to}; answers the ids moved. */
    public List<UUID> move(String table, UUID to, UUID from, UUID actor) {
        return move(table, "company_id", to, from, actor);
    }

    /** Moves the rows whose {@code column} ({@code company_id} or {@code contact_id}) is {@code from}. */
    public List<UUID> move(String table, String column, UUID to, UUID from, UUID actor) {
        requireKnown(table, column);
        return jdbc.sql("update " + table + " set " + column + " = :to, version = version + 1, updated_at = now(),"
                + " updated_by = :actor where " + column + " = :from returning id")
                .param("to", to).param("from", from).param("actor", actor).query(UUID.class).list();
    }

    /** How many of {@code table}'s rows belong to the customer. */
    public long count(String table, UUID companyId) {
        requireKnown(table, "company_id");
        return jdbc.sql("select count(*) from " + table + " where company_id = ?").param(companyId)
                .query(Long.class).single();
    }

    /** The module's own SQL, for what only it does on a merge. */
    protected JdbcClient jdbc() {
        return jdbc;
    }

    private void requireKnown(String table, String column) {
        if (!tables.contains(table) || !COLUMNS.contains(column)) {
            throw new IllegalArgumentException(table + "." + column);
        }
    }
}
