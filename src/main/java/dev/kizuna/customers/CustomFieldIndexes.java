package dev.kizuna.customers;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Builds a new custom field's index after the field is committed, with {@code create index concurrently}: on a
 * table of a million customers that takes seconds, and doing it inside the request would block every write to the
 * table meanwhile. Until it is built, lists filtered or sorted by the field work, only slower. A failed build is
 * logged and leaves no invalid index behind; lists stay correct without it.
 */
@Component
class CustomFieldIndexes {

    private static final Logger log = LoggerFactory.getLogger(CustomFieldIndexes.class);

    private final DataSource dataSource;

    CustomFieldIndexes(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @TransactionalEventListener
    void on(CustomFieldCreated event) {
        if (!event.type().sortable() && event.type() != FieldType.MULTIPLE_CHOICE) {
            return;
        }
        String table = CustomFieldRepository.tableOf(event.objectType());
        String name = table + "_cf_" + event.key() + "_idx";
        String expression = "coalesce(custom_fields -> '" + event.key() + "', 'null'::jsonb)";
        // A connection of its own, in autocommit: "concurrently" cannot run inside a transaction.
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            try {
                statement.execute("create index concurrently if not exists " + name + " on " + table + " ((" + expression
                        + "), " + CustomFieldRepository.tieBreak(event.objectType()) + ")");
            } catch (SQLException e) {
                log.warn("Could not build the index {} of custom field {}; lists by it stay correct but slower", name,
                        event.key(), e);
                statement.execute("drop index concurrently if exists " + name);
            }
        } catch (SQLException e) {
            log.warn("Could not build the index {} of custom field {}", name, event.key(), e);
        }
    }
}
