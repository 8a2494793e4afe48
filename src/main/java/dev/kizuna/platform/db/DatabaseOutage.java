package dev.kizuna.platform.db;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Tells a database that cannot be reached (down, restarting, unreachable, out of connections) from a query that
 * failed: the first is answered 503 and tried again later, the second is a bug or a bad request.
 */
public final class DatabaseOutage {

    private DatabaseOutage() {
    }

    /**
     * Whether {@code failure}, or anything that caused it, says the database cannot be reached. A rollback that failed
     * on the dead connection hides the failure that led to it: that one is looked at too.
     */
    public static boolean causedBy(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < 20; depth++, cause = cause.getCause()) {
            if (cause instanceof CannotGetJdbcConnectionException || cause instanceof SQLTransientConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql && isConnectionState(sql.getSQLState())) {
                return true;
            }
            if (cause instanceof TransactionSystemException rollback && rollback.getApplicationException() != null
                    && rollback.getApplicationException() != failure && causedBy(rollback.getApplicationException())) {
                return true;
            }
        }
        return false;
    }

    /**
     * PostgreSQL's SQLSTATE class 08 (connection exception: refused, broken, lost) and the server shutting down or
     * starting up (57P01 admin_shutdown, 57P02 crash_shutdown, 57P03 cannot_connect_now).
     */
    static boolean isConnectionState(String state) {
        return state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                || state.equals("57P03"));
    }
}
