package vn.cchc.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;

class DatabaseUnavailableTests {

    @Test
    void recognisesAnUnreachableDatabaseAnywhereInTheCauseChain() {
        // Hikari's "Connection is not available, request timed out" under Spring's transaction exception
        assertThat(DatabaseUnavailable.isCause(
                        new CannotCreateTransactionException("no tx", new SQLTransientConnectionException("timeout"))))
                .isTrue();
        assertThat(DatabaseUnavailable.isCause(new CannotGetJdbcConnectionException("x")))
                .isTrue();
        // PostgreSQL: terminating connection due to administrator command; connection refused
        assertThat(DatabaseUnavailable.isCause(new IllegalStateException(new SQLException("terminating", "57P01"))))
                .isTrue();
        assertThat(DatabaseUnavailable.isCause(new RuntimeException(new SQLException("refused", "08001"))))
                .isTrue();
        // the rollback on a connection the pool already closed overrides the original I/O error
        assertThat(DatabaseUnavailable.isCause(new JpaSystemException(new RuntimeException(
                        "Unable to rollback against JDBC Connection", new SQLException("Connection is closed")))))
                .isTrue();
    }

    @Test
    void otherDataErrorsAreNotAnOutage() {
        assertThat(DatabaseUnavailable.isCause(
                        new DataIntegrityViolationException("dup", new SQLException("duplicate key", "23505"))))
                .isFalse();
        assertThat(DatabaseUnavailable.isCause(new IllegalArgumentException("x")))
                .isFalse();
        assertThat(DatabaseUnavailable.isCause(new SQLException("no state"))).isFalse();
    }
}
