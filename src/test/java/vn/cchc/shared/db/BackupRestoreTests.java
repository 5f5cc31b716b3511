package vn.cchc.shared.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.cchc.IntegrationTest;

/**
 * scripts/backup.sh and scripts/restore.sh round trip: the test database (demo data plus whatever other tests
 * added) is dumped, restored into a new database on the same embedded server, and every table's row count and
 * a checksum of the key tables' full contents must be equal. Skipped where the PostgreSQL client is missing.
 */
@IntegrationTest
class BackupRestoreTests {

    private static final List<String> KEY_TABLES =
            List.of("report", "issued_document", "dossier_row", "indicator_value", "narrative_section", "audit_entry");

    @Autowired
    EmbeddedPostgresServer pg;

    @Autowired
    DataSource dataSource;

    @Test
    void backupThenRestoreIntoAnotherDatabaseGivesTheSameData() throws Exception {
        assumeTrue(onPath("pg_dump") && onPath("pg_restore"), "PostgreSQL client (pg_dump, pg_restore) not installed");
        Path dump = Files.createTempDirectory("cchc-backup").resolve("cchc.dump");
        String target = "restore_check_" + System.nanoTime();
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            s.execute("create database " + target);
        }
        try {
            // the app's own variable (URL) for the backup; libpq variables for the restore
            Map<String, String> backupEnv = new LinkedHashMap<>();
            backupEnv.put(
                    "SPRING_DATASOURCE_URL", "jdbc:postgresql://localhost:" + pg.getPort() + "/postgres?ssl=false");
            backupEnv.put("SPRING_DATASOURCE_USERNAME", "postgres");
            backupEnv.put("SPRING_DATASOURCE_PASSWORD", pg.password());
            String out = run(backupEnv, "scripts/backup.sh", dump.toString());
            assertThat(out).contains("written to");
            assertThat(Files.size(dump)).isGreaterThan(10_000);
            Map<String, String> snapshotBefore = snapshot(pg.getJdbcUrl("postgres"));

            Map<String, String> restoreEnv = new LinkedHashMap<>();
            // no password given: the script reads the one the app generated into the data directory
            restoreEnv.put("CCHC_DATA_DIR", "target/test-db");
            restoreEnv.put("PGPORT", String.valueOf(pg.getPort()));
            restoreEnv.put("PGDATABASE", target);
            run(restoreEnv, "scripts/restore.sh", dump.toString());
            Map<String, String> restored = snapshot(pg.getJdbcUrl(target));

            assertThat(restored).containsKeys("report", "dossier_row", "flyway_schema_history");
            assertThat(restored.get("count:report")).isNotEqualTo("0");
            assertThat(restored).isEqualTo(snapshotBefore);

            // restoring again over existing data (--clean --if-exists) gives the same state, not duplicates
            run(restoreEnv, "scripts/restore.sh", dump.toString());
            assertThat(snapshot(pg.getJdbcUrl(target))).isEqualTo(snapshotBefore);
        } finally {
            try (Connection c = dataSource.getConnection();
                    Statement s = c.createStatement()) {
                s.execute("drop database if exists " + target + " with (force)");
            }
            Files.deleteIfExists(dump);
        }
    }

    @Test
    void restoreRefusesAMissingFile() throws Exception {
        assumeTrue(onPath("pg_restore"), "PostgreSQL client not installed");
        Process p = process(
                Map.of("PGPORT", String.valueOf(pg.getPort()), "CCHC_DATA_DIR", "target/test-db"),
                "scripts/restore.sh",
                "/nonexistent/x.dump");
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isNotZero();
        assertThat(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                .contains("cannot read /nonexistent/x.dump");
    }

    /** Row count of every table; for the key tables also an md5 over all rows in a fixed order. */
    private Map<String, String> snapshot(String jdbcUrl) throws Exception {
        Map<String, String> result = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", pg.password());
                Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs =
                    s.executeQuery("select table_name from information_schema.tables where table_schema = 'public' "
                            + "and table_type = 'BASE TABLE' order by table_name")) {
                while (rs.next()) tables.add(rs.getString(1));
            }
            for (String t : tables) {
                try (ResultSet rs = s.executeQuery("select count(*) from " + t)) {
                    rs.next();
                    result.put(t, "present");
                    result.put("count:" + t, rs.getString(1));
                }
            }
            for (String t : KEY_TABLES) {
                if (!tables.contains(t)) continue;
                try (ResultSet rs = s.executeQuery(
                        "select md5(coalesce(string_agg(x::text, '|' order by x::text), '')) from " + t + " x")) {
                    rs.next();
                    result.put("md5:" + t, rs.getString(1));
                }
            }
            try (ResultSet rs = s.executeQuery(
                    "select coalesce(max(last_value), 0) from pg_sequences where schemaname = 'public'")) {
                rs.next();
                result.put("max-sequence", rs.getString(1));
            }
        }
        return result;
    }

    private static String run(Map<String, String> env, String script, String... args) throws Exception {
        Process p = process(env, script, args);
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(script + " output:\n" + out).isZero();
        return out;
    }

    private static Process process(Map<String, String> env, String script, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("bash", script));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        Map<String, String> e = pb.environment();
        e.keySet().removeIf(k -> k.startsWith("PG") || k.startsWith("SPRING_DATASOURCE") || k.startsWith("CCHC_"));
        e.putAll(env);
        return pb.start();
    }

    private static boolean onPath(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, tool))) return true;
        }
        return false;
    }
}
