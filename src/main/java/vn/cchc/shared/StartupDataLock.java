package vn.cchc.shared;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Several app nodes may start at once on one empty database: each {@link StartupDataStep} asks "is the database
 * empty?" and would load the demo twice. One PostgreSQL advisory lock, held on its own connection from just before
 * the first step until just after the last, makes the nodes take turns; the second finds the data there.
 */
@Component
class StartupDataLock {

    /** Any constant shared by all nodes; "CCHC" in ASCII. */
    private static final long KEY = 0x43434843L;
    /** The steps run in phases -10_000 + their order (0 … 1_000 today); the lock brackets them with room to spare. */
    private static final int FIRST_STEP_PHASE = -10_000;

    private final DataSource dataSource;
    private volatile Connection holder;

    StartupDataLock(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    void acquire() {
        try {
            Connection c = dataSource.getConnection();
            try (Statement s = c.createStatement()) {
                s.execute("select pg_advisory_lock(" + KEY + ")");
            }
            holder = c;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not take the start-up data lock", e);
        }
    }

    void release() {
        Connection c = holder;
        holder = null;
        if (c == null) return;
        try (c;
                Statement s = c.createStatement()) {
            s.execute("select pg_advisory_unlock(" + KEY + ")");
        } catch (SQLException e) {
            // closing the connection ends the session, which frees the lock anyway
        }
    }

    @Component
    static class Acquire extends Phase {
        Acquire(StartupDataLock lock) {
            super(FIRST_STEP_PHASE - 5_000, lock::acquire, lock::release);
        }
    }

    @Component
    static class Release extends Phase {
        Release(StartupDataLock lock) {
            super(FIRST_STEP_PHASE + 5_000, lock::release, () -> {});
        }
    }

    /** Runs an action at a fixed place in the start-up order. */
    abstract static class Phase implements SmartLifecycle {
        private final int phase;
        private final Runnable onStart;
        private final Runnable onStop;
        private volatile boolean running;

        Phase(int phase, Runnable onStart, Runnable onStop) {
            this.phase = phase;
            this.onStart = onStart;
            this.onStop = onStop;
        }

        @Override
        public void start() {
            onStart.run();
            running = true;
        }

        @Override
        public void stop() {
            onStop.run();
            running = false;
        }

        @Override
        public boolean isRunning() {
            return running;
        }

        @Override
        public int getPhase() {
            return phase;
        }
    }
}
