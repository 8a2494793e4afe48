package dev.kizuna.platform.backup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a backup reads from PostgreSQL's catalog: Kizuna's tables (in the connection's schema) in an order that loads
 * every table after the tables its foreign keys point to, the columns that hold data (not generated ones), and the
 * sequences behind identity columns.
 */
final class Catalog {

    private Catalog() {
    }

    static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    /** Tables, parents before the tables that reference them (a cycle, if any, keeps the rest's order by name). */
    static List<String> tablesInLoadOrder(Connection connection) throws SQLException {
        List<String> names = strings(connection, """
                select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = current_schema() and c.relkind in ('r', 'p') and not c.relispartition
                order by c.relname""");
        Map<String, Set<String>> parents = new LinkedHashMap<>();
        names.forEach(name -> parents.put(name, new LinkedHashSet<>()));
        try (PreparedStatement statement = connection.prepareStatement("""
                select child.relname, parent.relname from pg_constraint k
                join pg_class child on child.oid = k.conrelid join pg_class parent on parent.oid = k.confrelid
                join pg_namespace n on n.oid = child.relnamespace
                where k.contype = 'f' and n.nspname = current_schema() and child.oid <> parent.oid""");
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                if (parents.containsKey(rows.getString(1)) && parents.containsKey(rows.getString(2))) {
                    parents.get(rows.getString(1)).add(rows.getString(2));
                }
            }
        }
        List<String> ordered = new ArrayList<>();
        Set<String> placed = new LinkedHashSet<>();
        boolean progress = true;
        while (progress && placed.size() < names.size()) {
            progress = false;
            for (String name : names) {
                if (!placed.contains(name) && placed.containsAll(parents.get(name))) {
                    placed.add(name);
                    ordered.add(name);
                    progress = true;
                }
            }
        }
        names.stream().filter(name -> !placed.contains(name)).forEach(ordered::add);
        return ordered;
    }

    /** The columns a row's data is in, in table order: generated columns are computed again on load. */
    static List<String> columns(Connection connection, String table) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("""
                select a.attname from pg_attribute a
                where a.attrelid = ?::regclass and a.attnum > 0 and not a.attisdropped and a.attgenerated = ''
                order by a.attnum""")) {
            statement.setString(1, quote(table));
            return strings(statement);
        }
    }

    static List<String> sequences(Connection connection) throws SQLException {
        return strings(connection, """
                select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = current_schema() and c.relkind = 'S' order by c.relname""");
    }

    static long rows(Connection connection, String table) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select count(*) from " + quote(table));
                ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    static boolean tableExists(Connection connection, String table) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select to_regclass(?) is not null")) {
            statement.setString(1, quote(table));
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getBoolean(1);
            }
        }
    }

    private static List<String> strings(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            return strings(statement);
        }
    }

    private static List<String> strings(PreparedStatement statement) throws SQLException {
        List<String> values = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
