package vn.cchc.shared;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Recognises "the database cannot be reached right now" (server stopped or restarting, connections cut) so
 * the app answers 503 with a friendly text instead of a generic 500; the pool reconnects by itself.
 */
public final class DatabaseUnavailable {

    /** Vietnamese text for users, in i18n/messages.properties. */
    public static final String MESSAGE_KEY = "error.databaseUnavailable";

    private DatabaseUnavailable() {}

    public static boolean isCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof CannotCreateTransactionException
                    || t instanceof DataAccessResourceFailureException
                    || t instanceof SQLTransientConnectionException) {
                return true;
            }
            // the pool closes a connection that failed with a connection error; the rollback that follows then
            // fails with this (no SQLState) and Spring throws it instead of the original error (seen when the
            // server was killed under load, FaultToleranceTests)
            if (t instanceof SQLException sql
                    && sql.getSQLState() == null
                    && "Connection is closed".equals(sql.getMessage())) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                // 08xxx connection exception; 57P01-57P03 admin/crash shutdown, cannot connect now
                if (state.startsWith("08") || state.startsWith("57P")) return true;
            }
        }
        return false;
    }
}
