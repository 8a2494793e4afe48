package dev.kizuna.platform.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/** Which failures mean "the database cannot be reached" (503) rather than a failed query (issue 25). */
class DatabaseOutageCausesTest {

    @Test
    void aRefusedOrLostConnectionAnywhereInTheCausesIsAnOutage() {
        PSQLException refused = new PSQLException("Connection to localhost:5432 refused", PSQLState.CONNECTION_UNABLE_TO_CONNECT);
        SQLTransientConnectionException pool = new SQLTransientConnectionException("HikariPool-1 - Connection is not available", "08001", refused);
        assertThat(DatabaseOutage.causedBy(new CannotCreateTransactionException("Could not open JDBC Connection", pool))).isTrue();
        assertThat(DatabaseOutage.causedBy(new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection"))).isTrue();
        assertThat(DatabaseOutage.causedBy(new RuntimeException(new PSQLException("I/O error", PSQLState.CONNECTION_FAILURE)))).isTrue();
        assertThat(DatabaseOutage.causedBy(new SQLException("terminating connection due to administrator command", "57P01"))).isTrue();
        assertThat(DatabaseOutage.causedBy(new SQLException("the database system is starting up", "57P03"))).isTrue();
        TransactionSystemException rollbackFailed = new TransactionSystemException("JDBC rollback failed",
                new SQLException("Connection is closed"));
        rollbackFailed.initApplicationException(new DataAccessResourceFailureException("select …",
                new SQLException("FATAL: terminating connection due to administrator command", "57P01")));
        assertThat(DatabaseOutage.causedBy(rollbackFailed)).as("seen in DatabaseOutageTest").isTrue();
    }

    @Test
    void aQueryThatFailedIsNot() {
        assertThat(DatabaseOutage.causedBy(new DataIntegrityViolationException("duplicate key",
                new SQLException("duplicate key value violates unique constraint", "23505")))).isFalse();
        assertThat(DatabaseOutage.causedBy(new SQLException("syntax error", "42601"))).isFalse();
        assertThat(DatabaseOutage.causedBy(new IllegalStateException("no board named x"))).isFalse();
    }
}
