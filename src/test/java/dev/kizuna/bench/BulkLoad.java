package dev.kizuna.bench;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

/**
 * Indexes are far cheaper to build once than to maintain row by row during a bulk load: drop them (keeping their
 * definitions from the catalog, so the migrations stay their only source), load with COPY, rebuild them.
 */
public final class BulkLoad {

    private BulkLoad() {
    }

    /** Drops the indexes {@code select indexname, indexdef from pg_indexes where <condition>} finds; returns them. */
    public static List<String> dropIndexes(DataSource dataSource, String condition) throws Exception {
        List<String> definitions = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            List<String> names = new ArrayList<>();
            try (var rs = statement.executeQuery("select indexname, indexdef from pg_indexes where " + condition)) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                    definitions.add(rs.getString(2));
                }
            }
            for (String name : names) {
                statement.execute("drop index " + name);
            }
        }
        return definitions;
    }

    /** Builds the dropped indexes again and refreshes the planner's statistics of the tables. */
    public static void rebuild(DataSource dataSource, List<String> definitions, String... tables) throws Exception {
        try (Connection connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            statement.execute("set maintenance_work_mem = '512MB'");
            for (String definition : definitions) {
                statement.execute(definition);
            }
            for (String table : tables) {
                statement.execute("analyze " + table);
            }
        }
    }
}
