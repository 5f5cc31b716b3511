package vn.cchc.shared.db;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the embedded PostgreSQL keeps its data and how it is protected. {@code persistent=false} is for tests: a
 * fresh cluster per JVM with fsync off. {@code password} empty = a random one generated into the data directory;
 * {@code osUser} is the account the server runs as when the app runs as root; below {@code minFreeSpaceMb} free
 * megabytes on the data directory's disk the health check says DOWN (writes are about to fail). The PostgreSQL
 * binaries are unpacked into {@code binariesDir} (default {@code <data dir>/pgsql}; tests share one).
 */
@ConfigurationProperties("cchc.embedded-db")
public record EmbeddedDatabaseProperties(
        Path dataDir,
        Boolean persistent,
        Integer port,
        String password,
        String osUser,
        Long minFreeSpaceMb,
        Path binariesDir) {

    public EmbeddedDatabaseProperties {
        if (dataDir == null) dataDir = Path.of("data");
        if (persistent == null) persistent = true;
        if (port == null) port = 0;
        if (password != null && password.isBlank()) password = null;
        if (osUser == null || osUser.isBlank()) osUser = "cchc-db";
        if (minFreeSpaceMb == null) minFreeSpaceMb = 64L;
        if (binariesDir == null) binariesDir = dataDir.resolve("pgsql");
    }

    /** Tests and tools: only the data directory, port and durability. */
    public static EmbeddedDatabaseProperties of(Path dataDir, boolean persistent, int port) {
        return new EmbeddedDatabaseProperties(dataDir, persistent, port, null, null, null, null);
    }
}
